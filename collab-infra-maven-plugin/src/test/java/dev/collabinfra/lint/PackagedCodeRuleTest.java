package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local code path is fine before packaging; any other wrong shape of Code is still E3012. */
class PackagedCodeRuleTest {

    private static final String TEMPLATE = """
            Resources:
              Role:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument: {}
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Role: !GetAtt Role.Arn
                  Runtime: nodejs22.x
                  Handler: index.handler
                  Code: %s
            """;

    @Test
    void aLocalPathForLambdaCodeIsNotAShapeError(@TempDir Path dir) throws Exception {
        assertThat(e3012(dir, "../lambda/connect")).isEmpty();
    }

    @Test
    void aListForLambdaCodeIsStillAShapeError(@TempDir Path dir) throws Exception {
        assertThat(e3012(dir, "[a, b]")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("'Code'", "must be an object", "a list"));
    }

    private static List<Finding> e3012(Path dir, String code) throws Exception {
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, TEMPLATE.formatted(code));
        return new Linter(Rules.all(), Set.of(), new LintServices()).lint(file).stream()
                .filter(f -> f.ruleId().equals("E3012")).toList();
    }
}
