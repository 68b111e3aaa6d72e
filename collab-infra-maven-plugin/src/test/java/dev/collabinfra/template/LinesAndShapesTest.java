package dev.collabinfra.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13 items 17-19: valid YAML that was rejected, and positions counted as editors count them. */
class LinesAndShapesTest {

    private static ParseResult parse(String text) {
        return new TemplateParser().parseText(Path.of("t.yaml"), text);
    }

    private static List<String> issues(ParseResult result) {
        return result.issues().stream().map(i -> i.ruleId() + "@" + i.position()).toList();
    }

    // item 17
    @Test
    void aTabInsideABlockScalarIsContent() {
        ParseResult result = parse("Description: |\n  first\n  \tsecond, indented by a tab\nResources:\n  T:\n    Type: AWS::SNS::Topic\n");

        assertThat(result.issues()).isEmpty();
        assertThat(result.template().root().getString("Description")).contains("first\n\tsecond, indented by a tab\n");
    }

    @Test
    void aTabOnAQuotedContinuationLineIsValid() {
        ParseResult result = parse("Description: \"first\n\tsecond\"\nResources:\n  T:\n    Type: AWS::SNS::Topic\n");

        assertThat(result.issues()).isEmpty();
        assertThat(result.template().root().getString("Description")).contains("first second");
    }

    @Test
    void aTabThatIndentsAKeyIsStillE0014() {
        ParseResult result = parse("Description: |\n  \tfine here\nResources:\n\tT:\n    Type: AWS::SNS::Topic\n");

        assertThat(issues(result)).contains("E0014@4:1");
        assertThat(result.template()).isNull();
    }

    // item 18
    @Test
    void aFlowStyleYamlTemplateIsReadAsYaml() {
        ParseResult result = parse("{AWSTemplateFormatVersion: '2010-09-09',\n Resources: {Topic: {Type: 'AWS::SNS::Topic'}}}\n");

        assertThat(result.issues()).isEmpty();
        assertThat(result.template().format()).isEqualTo(Template.Format.YAML);
        assertThat(result.template().resources().keys()).containsExactly("Topic");
        assertThat(result.template().resources().entries().stream().skip(0).findFirst().orElseThrow().keyPosition()).isEqualTo(new Position(2, 14));
    }

    @Test
    void brokenJsonStillGetsTheJsonError() {
        String text = "{\"Resources\": {\"T\": {\"Type\": \"AWS::SNS::Topic\",}}}";
        ParseResult result = new TemplateParser().parseText(Path.of("t.json"), text);
        ParseResult unclosed = parse("{\"Resources\": {\"T\": {\"Type\": \"AWS::SNS::Topic\"}}");

        assertThat(unclosed.issues()).singleElement().satisfies(i -> assertThat(i.message()).startsWith("JSON syntax error"));

        assertThat(result.issues()).singleElement().satisfies(i -> assertThat(i.message()).startsWith("JSON syntax error"));
    }

    // item 19
    @Test
    void crOnlyLineEndsCountAsLines() {
        ParseResult result = parse("Resources:\r  T:\r    Type: AWS::SNS::Topic\r    Properties: {TopicName: 0755}\r");

        assertThat(issues(result)).containsExactly("W0021@4:29");
        assertThat(result.template().resources().entries().stream().skip(0).findFirst().orElseThrow().keyPosition()).isEqualTo(new Position(2, 3));
    }

    @Test
    void unicodeLineSeparatorsAndNelAreCharactersNotLineEnds() {
        String text = "Description: \"a\u2028b\u2029c\u0085d\"\nResources:\n  T:\n    Type: AWS::SNS::Topic\n"
                + "    Properties: {TopicName: !Foo x, DisplayName: 0755}\n";
        ParseResult result = parse(text);

        // the tag is placed from SnakeYAML's mark, which counts the three separators as line ends
        assertThat(issues(result)).containsExactly("E0011@5:29", "W0021@5:50");
        assertThat(LineIndex.of(text).lines()).isEqualTo(6);
    }

    @Test
    void jsonDepthErrorsSayWhere() {
        String text = "{\n\"Resources\": {},\n\"Deep\": " + "[".repeat(150) + "]".repeat(150) + "}";
        ParseResult result = parse(text);

        assertThat(result.issues()).singleElement().satisfies(i -> {
            assertThat(i.position().line()).isEqualTo(3);
            assertThat(i.position().column()).isGreaterThan(90);
        });
    }

    @Test
    void columnsCountCharactersNotUtf16Units() {
        ParseResult json = parse("{\"Description\": \"\uD83D\uDE00\", \"Resources\": {}}");
        ParseResult yaml = parse("{Description: \uD83D\uDE00\uD83D\uDE00, Resources: {T: {Type: 'AWS::SNS::Topic', P: 0755}}}");

        assertThat(json.template().root().entries().stream().skip(1).findFirst().orElseThrow().keyPosition()).isEqualTo(new Position(1, 22));
        assertThat(yaml.template().root().entries().stream().skip(1).findFirst().orElseThrow().keyPosition()).isEqualTo(new Position(1, 19));
        assertThat(issues(yaml)).containsExactly("W0021@1:63");
    }
}
