package dev.collabinfra.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake the issue lists becomes a finding with a position and a fix, never an exception. */
class YamlMistakesTest {

    @Test
    void duplicateKeysAreReportedAtBothPlacesAndTheLastOneIsKept() {
        // given
        String text = """
                Resources:
                  Queue:
                    Type: AWS::SQS::Queue
                    Properties:
                      DelaySeconds: 1
                      DelaySeconds: 2
                  Queue:
                    Type: AWS::SNS::Topic
                """;
        // when
        ParseResult result = parse(text);
        // then
        assertThat(describe(result)).containsExactlyInAnyOrder(
                "E0000@2:3 Duplicate key 'Queue' (again at line 7); CloudFormation keeps only the last one: remove or rename one of them",
                "E0000@5:7 Duplicate key 'DelaySeconds' (again at line 6); CloudFormation keeps only the last one: remove or rename one of them",
                "E0000@6:7 Duplicate key 'DelaySeconds' (first at line 5); CloudFormation keeps only this one: remove or rename one of them",
                "E0000@7:3 Duplicate key 'Queue' (first at line 2); CloudFormation keeps only this one: remove or rename one of them");
        assertThat(result.template().resourceType("Queue")).contains("AWS::SNS::Topic");
    }

    @Test
    void anUnknownTagSuggestsTheClosestShortForm() {
        ParseResult result = parse("Resources:\n  A:\n    Type: !Reff Thing\n");
        assertThat(describe(result)).containsExactly("E0011@3:11 Unknown tag '!Reff'; did you mean '!Ref'?");
        assertThat(result.template()).isNotNull();
    }

    @Test
    void anUnknownTagFarFromAnyShortFormListsThem() {
        ParseResult result = parse("V: !Frobnicate x\n");
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo("E0011");
            assertThat(issue.message()).startsWith("Unknown tag '!Frobnicate'").contains("!Base64", "!GetAtt", "!Sub");
        });
    }

    @Test
    void yamlTypeTagsCloudFormationDoesNotReadAreUnknown() {
        ParseResult result = parse("A: !!binary aGk=\nB: !!str 42\nC: !!set {a: null}\nD: !!map {a: 1}\nE: !!seq [1]\n");
        assertThat(describe(result)).extracting(s -> s.substring(0, s.indexOf(' ')))
                .containsExactly("E0011@1:4", "E0011@3:4");
        assertThat(result.template().root().getScalar("B").orElseThrow().kind()).isEqualTo(ScalarKind.STRING);
    }

    @Test
    void twoStackedShortFormTagsAreReportedWithTheLongFormFix() {
        // given
        String text = """
                Resources:
                  Instance:
                    Type: AWS::EC2::Instance
                    Properties:
                      UserData: !Base64 !Sub |
                        #!/bin/bash
                        echo ${AWS::Region}
                """;
        // when
        ParseResult result = parse(text);
        // then
        assertThat(result.template()).isNull();
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo("E0012");
            assertThat(issue.position().line()).isEqualTo(5);
            assertThat(issue.message()).isEqualTo("Two short-form tags on one value ('!Base64 !Sub'); YAML allows one tag per node: "
                    + "write the outer one in full, e.g. 'Fn::Base64: !Sub ...' (line 5)");
        });
    }

    @Test
    void theLongFormFixForStackedTagsParses() {
        ParseResult result = parse("UserData:\n  Fn::Base64: !Sub |\n    echo ${AWS::Region}\n");
        assertThat(result.issues()).isEmpty();
        assertThat(TemplateParserTest.render(result.template().root().get("UserData").orElseThrow()))
                .isEqualTo("{Fn::Base64={Fn::Sub=echo ${AWS::Region}\n}}");
    }

    @Test
    void anchorsAliasesAndMergeKeysAreEachReported() {
        // given
        String text = """
                Defaults: &defaults
                  Runtime: python3.12
                Resources:
                  Fn:
                    Properties:
                      <<: *defaults
                      Handler: &h index.handler
                      Other: *h
                """;
        // when
        ParseResult result = parse(text);
        // then
        assertThat(describe(result)).extracting(s -> s.substring(0, s.indexOf(' ')) + s.substring(s.indexOf(' '), s.indexOf(':', s.indexOf(' '))))
                .containsExactly("E0013@1:11 Anchor '&defaults'", "E0013@6:7 Merge key '<<'", "E0013@6:11 Alias '*defaults'",
                        "E0013@7:16 Anchor '&h'", "E0013@8:14 Alias '*h'");
        // aliases are never expanded: the merge key's value is an empty placeholder
        MapNode properties = result.template().resources().getMap("Fn").flatMap(f -> f.getMap("Properties")).orElseThrow();
        assertThat(properties.getScalar("<<").orElseThrow().kind()).isEqualTo(ScalarKind.NULL);
        assertThat(properties.getScalar("Handler").orElseThrow().value()).isEqualTo("index.handler");
    }

    @Test
    void aBillionLaughsFileIsRejectedWithoutExpansionAndWithFewFindings() {
        // given: nine levels of nine aliases, 9^9 strings if expanded
        StringBuilder text = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 9; level++) {
            String previous = "*l" + (level - 1);
            text.append("l").append(level).append(": &l").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        text.append("Resources: {}\n");
        // when: the timeout is a guard against expansion hanging the build, not a speed measurement
        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parse(text.toString()));
        // then
        List<ParseIssue> anchors = result.issues().stream().filter(i -> i.ruleId().equals("E0013")).toList();
        assertThat(anchors).hasSize(YamlTreeBuilder.MAX_ANCHOR_REPORTS + 1);
        assertThat(anchors.get(YamlTreeBuilder.MAX_ANCHOR_REPORTS).message())
                .startsWith((10 + 81 - YamlTreeBuilder.MAX_ANCHOR_REPORTS) + " more anchors, aliases or merge keys");
        assertThat(countNodes(result.template().root())).isLessThan(text.length());
    }

    @Test
    void yaml11BooleansOtherThanTrueAndFalseAreWarnedWithBothFixes() {
        // given
        String text = "A: yes\nB: On\nC: off\nD: NO\nE: true\nF: False\nG: 'yes'\n";
        // when
        ParseResult result = parse(text);
        // then
        assertThat(describe(result)).extracting(s -> s.substring(0, s.indexOf(' ')))
                .containsExactly("W0020@1:4", "W0020@2:4", "W0020@3:4", "W0020@4:4");
        assertThat(result.issues().get(0).message()).isEqualTo("Unquoted 'yes' is a YAML 1.1 boolean: CloudFormation reads it as 'true';"
                + " write 'yes' in quotes if you mean the word, or true if you mean the boolean");
        assertThat(result.template().root().getString("A")).contains("true");
        assertThat(result.template().root().getString("C")).contains("false");
        assertThat(result.template().root().getString("G")).contains("yes");
    }

    @Test
    void unquotedNumbersWithALeadingZeroAreWarnedAsOctal() {
        // given
        String text = "Mode: 0755\nQuoted: '0755'\nZero: 0\nRate: 0.5\nNegative: -012\n";
        // when
        ParseResult result = parse(text);
        // then
        assertThat(describe(result)).containsExactly(
                "W0021@1:7 Unquoted '0755' has a leading zero: YAML 1.1 reads it as the octal number 493; quote it ('0755') to keep the digits (account ids, codes)",
                "W0021@5:11 Unquoted '-012' has a leading zero: YAML 1.1 reads it as the octal number -10; quote it ('-012') to keep the digits (account ids, codes)");
        assertThat(result.template().root().getString("Mode")).contains("493");
        assertThat(result.template().root().getString("Quoted")).contains("0755");
    }

    @Test
    void tabIndentationIsReportedPerLine() {
        ParseResult result = parse("Resources:\n\tA:\n  B:\n \t C: 1\n");
        assertThat(describe(result)).containsExactly(
                "E0014@2:1 Tab used for indentation; YAML allows only spaces: replace the tab with spaces",
                "E0014@4:2 Tab used for indentation; YAML allows only spaces: replace the tab with spaces");
        assertThat(result.template()).isNull();
    }

    @Test
    void aTabInsideAValueIsFine() {
        ParseResult result = parse("Description: \"a\\tb\"\nOther: 'x\ty'\n");
        assertThat(result.issues()).isEmpty();
    }

    @Test
    void invalidUtf8IsReportedAtTheBadByte() {
        // given: 0xC3 0x28 is a broken two-byte sequence
        byte[] prefix = "Resources:\n  A: ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(prefix, prefix.length + 3);
        bytes[prefix.length] = (byte) 0xC3;
        bytes[prefix.length + 1] = (byte) 0x28;
        bytes[prefix.length + 2] = '\n';
        // when
        ParseResult result = new TemplateParser().parse(Path.of("t.yaml"), bytes);
        // then
        assertThat(describe(result)).containsExactly(
                "E0015@2:6 File is not valid UTF-8 (byte 0xC3); CloudFormation reads templates as UTF-8: save the file as UTF-8");
    }

    @Test
    void anEmptyOrCommentOnlyFileIsReported() {
        assertThat(describe(parse(""))).containsExactly("E0016@1:1 File is empty; a template needs at least a Resources section");
        assertThat(describe(parse("# nothing yet\n---\n\n"))).containsExactly("E0016@1:1 File is empty; a template needs at least a Resources section");
    }

    @Test
    void aFileOverOneMegabyteIsRejectedBeforeReadingIt(@TempDir Path dir) throws IOException {
        // given
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "Description: \"" + "x".repeat(TemplateParser.MAX_TEMPLATE_BYTES) + "\"\n");
        // when
        ParseResult result = new TemplateParser().parse(big);
        // then
        assertThat(result.template()).isNull();
        assertThat(describe(result)).containsExactly("E1002@1:1 Template is " + Files.size(big) + " bytes, over CloudFormation's limit of "
                + TemplateParser.MAX_TEMPLATE_BYTES + " bytes; split it into nested stacks");
    }

    @Test
    void deepNestingStopsAtTheLimitInsteadOfOverflowingTheStack() {
        String deep = "V: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n";
        ParseResult result = parse(deep);
        assertThat(result.template()).isNull();
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo("E0000");
            assertThat(issue.message()).startsWith("Nesting is deeper than " + TemplateParser.MAX_DEPTH + " levels");
        });
    }

    @Test
    void structuralMistakesAreReported() {
        assertThat(describe(parse("- a\n- b\n"))).containsExactly(
                "E0000@1:1 A template must be a mapping of sections (AWSTemplateFormatVersion, Resources, ...) at the top level");
        assertThat(describe(parse("Resources: {}\n---\nOther: 1\n"))).containsExactly(
                "E0000@2:1 A template file holds one YAML document; remove the second '---' document");
        assertThat(describe(parse("? [a, b]\n: c\n"))).containsExactly("E0000@1:3 A mapping key must be a plain string, not a sequence");
    }

    @Test
    void aSyntaxErrorPointsAtTheProblemWithoutAStackTrace() {
        ParseResult result = parse("Resources:\n  A:\n    Type: 'unterminated\n  B: 1\n");
        assertThat(result.template()).isNull();
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.ruleId()).isEqualTo("E0000");
            assertThat(issue.message()).startsWith("YAML syntax error: ").endsWith("; check the indentation and quoting here");
            assertThat(issue.position().line()).isBetween(3, 5);
        });
    }

    private static ParseResult parse(String text) {
        return new TemplateParser().parseText(Path.of("t.yaml"), text);
    }

    static List<String> describe(ParseResult result) {
        return result.issues().stream().map(i -> i.ruleId() + "@" + i.position() + " " + i.message()).toList();
    }

    private static int countNodes(Node node) {
        if (node instanceof ListNode list) {
            return 1 + list.items().stream().mapToInt(YamlMistakesTest::countNodes).sum();
        }
        if (node instanceof MapNode map) {
            return 1 + map.entries().stream().mapToInt(e -> countNodes(e.value())).sum();
        }
        return 1;
    }
}
