package dev.collabinfra.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** JSON templates: positions, kinds, duplicates and syntax errors. */
class JsonTemplateParserTest {

    static final String TEMPLATE = """
            {
              "AWSTemplateFormatVersion": "2010-09-09",
              "Resources": {
                "Queue": {
                  "Type": "AWS::SQS::Queue",
                  "Properties": {"DelaySeconds": 5, "FifoQueue": true, "Tags": [{"Key": "a", "Value": null}], "Rate": 1.5}
                }
              }
            }
            """;

    @Test
    void keysAndValuesKnowTheirLineAndColumnAndTheirTextRange() {
        // when
        ParseResult result = parse(TEMPLATE);
        // then
        assertThat(result.issues()).isEmpty();
        Template template = result.template();
        assertThat(template.format()).isEqualTo(Template.Format.JSON);
        assertThat(template.root().entry("Resources").orElseThrow().keyPosition()).isEqualTo(new Position(3, 3));
        assertThat(template.resources().position()).isEqualTo(new Position(3, 16));
        assertThat(template.resources().entry("Queue").orElseThrow().keyPosition()).isEqualTo(new Position(4, 5));
        MapNode queue = template.resources().getMap("Queue").orElseThrow();
        ScalarNode type = queue.getScalar("Type").orElseThrow();
        assertThat(type.position()).isEqualTo(new Position(5, 15));
        assertThat(TEMPLATE.substring(type.startIndex(), type.endIndex())).isEqualTo("\"AWS::SQS::Queue\"");
        MapNode properties = queue.getMap("Properties").orElseThrow();
        assertThat(properties.entry("FifoQueue").orElseThrow().keyPosition()).isEqualTo(new Position(6, 41));
        assertThat(TEMPLATE.substring(properties.startIndex(), properties.endIndex())).startsWith("{\"DelaySeconds\"").endsWith("\"Rate\": 1.5}");
    }

    @Test
    void scalarsKeepTheirJsonKinds() {
        MapNode properties = parse(TEMPLATE).template().resources().getMap("Queue").flatMap(q -> q.getMap("Properties")).orElseThrow();
        assertThat(properties.getScalar("DelaySeconds").orElseThrow().kind()).isEqualTo(ScalarKind.INTEGER);
        assertThat(properties.getScalar("FifoQueue").orElseThrow().value()).isEqualTo("true");
        assertThat(properties.getScalar("Rate").orElseThrow().kind()).isEqualTo(ScalarKind.FLOAT);
        MapNode tag = (MapNode) ((ListNode) properties.get("Tags").orElseThrow()).get(0);
        assertThat(tag.getScalar("Value").orElseThrow().kind()).isEqualTo(ScalarKind.NULL);
        assertThat(parse(TEMPLATE).template().root().getString("AWSTemplateFormatVersion")).contains("2010-09-09");
    }

    @Test
    void duplicateKeysAreReportedAtBothPlaces() {
        ParseResult result = parse("{\n  \"Resources\": {},\n  \"Outputs\": {},\n  \"Resources\": {\"A\": {\"Type\": \"X\"}}\n}\n");
        assertThat(YamlMistakesTest.describe(result)).containsExactlyInAnyOrder(
                "E0000@2:3 Duplicate key 'Resources' (again at line 4); CloudFormation keeps only the last one: remove or rename one of them",
                "E0000@4:3 Duplicate key 'Resources' (first at line 2); CloudFormation keeps only this one: remove or rename one of them");
        assertThat(result.template().resources().keys()).containsExactly("A");
    }

    @Test
    void aMissingCommaIsASyntaxErrorAtItsLine() {
        ParseResult result = parse("{\n  \"Resources\": {\n    \"A\": {\"Type\": \"X\"}\n    \"B\": {}\n  }\n}\n");
        assertThat(result.template()).isNull();
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo("E0000");
            assertThat(issue.position().line()).isEqualTo(4);
            assertThat(issue.message()).startsWith("JSON syntax error: ").endsWith("; check the commas, quotes and brackets here");
        });
    }

    @Test
    void contentAfterTheTemplateObjectIsReported() {
        ParseResult result = parse("{\"Resources\": {}}\n{\"Again\": 1}\n");
        assertThat(YamlMistakesTest.describe(result)).containsExactly(
                "E0000@2:1 JSON syntax error: content after the end of the template object; remove it");
    }

    @Test
    void anUnterminatedObjectIsASyntaxError() {
        ParseResult result = parse("{\"Resources\": {\"A\": {\"Type\": \"X\"}\n");
        assertThat(result.template()).isNull();
        assertThat(result.issues()).singleElement().extracting(ParseIssue::ruleId).isEqualTo("E0000");
    }

    @Test
    void deepNestingIsRejectedWithoutOverflowingTheStack() {
        ParseResult result = parse("{\"V\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}");
        assertThat(result.template()).isNull();
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo("E0000");
            assertThat(issue.message()).startsWith("JSON syntax error: ");
        });
    }

    @Test
    void leadingWhitespaceStillReadsAsJson() {
        ParseResult result = parse("\n\n   {\"Resources\": {\"A\": {\"Type\": \"X\"}}}");
        assertThat(result.issues()).isEmpty();
        assertThat(result.template().format()).isEqualTo(Template.Format.JSON);
        assertThat(result.template().resources().entry("A").orElseThrow().keyPosition()).isEqualTo(new Position(3, 19));
    }

    private static ParseResult parse(String text) {
        return new TemplateParser().parseText(Path.of("t.json"), text);
    }
}
