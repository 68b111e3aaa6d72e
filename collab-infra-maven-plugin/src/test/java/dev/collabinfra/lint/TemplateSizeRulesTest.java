package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.template.ParseResult;
import dev.collabinfra.template.TemplateParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** E1002 and W1002 at their boundaries: the ids stay coherent whether the parser or a rule sees the size. */
class TemplateSizeRulesTest {

    private static String templateOfBytes(int bytes) {
        StringBuilder text = new StringBuilder("Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n# ");
        while (text.length() < bytes - 1) {
            text.append('x');
        }
        return text.append('\n').toString();
    }

    private static List<Finding> lintFile(Path file) {
        return new Linter(Rules.all(), Set.of(), new LintServices()).lint(file);
    }

    @Test
    void exactly51200BytesIsFineAndOneMoreWarns(@TempDir Path dir) throws IOException {
        Path ok = Files.writeString(dir.resolve("ok.yaml"), templateOfBytes(51_200));
        Path big = Files.writeString(dir.resolve("big.yaml"), templateOfBytes(51_201));
        assertThat(Files.size(ok)).isEqualTo(51_200);
        assertThat(lintFile(ok)).extracting(Finding::ruleId).doesNotContain("W1002");
        assertThat(lintFile(big)).filteredOn(f -> f.ruleId().equals("W1002")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("51201 bytes").contains("uploaded to S3"));
    }

    @Test
    void fileOverOneMegabyteIsE1002FromTheParserWithoutW1002(@TempDir Path dir) throws IOException {
        Path huge = Files.writeString(dir.resolve("huge.yaml"), templateOfBytes(TemplateParser.MAX_TEMPLATE_BYTES + 1));
        List<Finding> findings = lintFile(huge);
        assertThat(findings).extracting(Finding::ruleId).containsExactly("E1002");
        assertThat(findings.get(0).message()).contains("split it into nested stacks");
    }

    @Test
    void textOverOneMegabyteHandedToTheLinterIsE1002FromTheRule() {
        // Multi-byte characters: under the limit in chars, over it in UTF-8 bytes, as CloudFormation counts.
        String text = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n# " + "é".repeat(500_001) + "\n";
        assertThat(text.length()).isLessThan(TemplateParser.MAX_TEMPLATE_BYTES);
        ParseResult parsed = new TemplateParser().parseText(Path.of("t.yaml"), text);
        assertThat(parsed.template()).isNotNull();
        List<Finding> findings = new java.util.ArrayList<>();
        LintContext ctx = new LintContext(parsed.template(), new LintServices(), findings);
        for (Rule rule : Rules.all()) {
            ctx.setRule(rule);
            rule.check(ctx);
        }
        assertThat(findings).extracting(Finding::ruleId).contains("E1002").doesNotContain("W1002");
        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(TemplateParser.MAX_TEMPLATE_BYTES);
    }
}
