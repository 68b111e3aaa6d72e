package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cfn-lint style suppressions ({@code Metadata: cfn-lint: config: ignore_checks}) silence the built-in rules. */
class SuppressionsWithRulesTest {

    private static final String TEMPLATE = """
            Parameters:
              Unused:
                Type: String
            Resources:
              Quiet:
                Type: AWS::SNS::Topic
                Metadata:
                  cfn-lint:
                    config:
                      ignore_checks: [E1020]
                Properties:
                  DisplayName: !Ref Missing
              Loud:
                Type: AWS::SNS::Topic
                Properties:
                  DisplayName: !Ref AlsoMissing
            """;

    private static List<String> lint(Path file, Set<String> ignored) {
        return new Linter(Rules.all(), ignored, new LintServices()).lint(file).stream()
                .map(f -> f.position().line() + " " + f.ruleId()).toList();
    }

    @Test
    void resourceLevelIgnoreSilencesOnlyThatResource(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("t.yaml"), TEMPLATE);
        assertThat(lint(file, Set.of())).containsExactly("2 W2001", "16 E1020");
    }

    @Test
    void templateLevelIgnoreSilencesEverywhere(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("t.yaml"), "Metadata:\n  cfn-lint:\n    config:\n      ignore_checks:\n        - W2001\n"
                + TEMPLATE);
        assertThat(lint(file, Set.of())).containsExactly("21 E1020");
    }

    @Test
    void ignoreRulesParameterTakesIdsAndPrefixes(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("t.yaml"), TEMPLATE);
        assertThat(lint(file, Set.of("W"))).containsExactly("16 E1020");
        assertThat(lint(file, Set.of("E1020", "W2001"))).isEmpty();
    }
}
