package dev.collabinfra.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.LintServices;
import dev.collabinfra.lint.Linter;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.Rules;
import dev.collabinfra.template.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule folder {@code src/test/resources/lint/<ID>/} holds {@code fail.yaml}, whose lines that
 * must give a finding end in {@code # expect: <ID>}, and {@code pass.yaml}, which must give none.
 * The rule runs alone, so other rules cannot hide or add findings.
 */
class SecurityRuleFixturesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/lint").toAbsolutePath();

    static Stream<Arguments> rules() {
        return Stream.of("W9201", "W9202", "W9203", "W9204", "W9205", "W9206", "W9207", "W9208", "W9209", "W9210",
                "W9211", "W9212", "W9213", "W9214", "W9215", "E9111").map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void failFixtureGivesAFindingOnEveryMarkedLineAndNowhereElse(String id) throws IOException {
        Path file = FIXTURES.resolve(id).resolve("fail.yaml");
        List<Finding> findings = lint(id, file);
        Set<Integer> expected = expectedLines(file, id);
        assertThat(expected).as("fixture marks lines").isNotEmpty();
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo(id);
            assertThat(f.file()).isEqualTo(file);
            assertThat(f.severity()).isEqualTo(id.startsWith("W") ? Severity.WARNING : Severity.ERROR);
        });
        assertThat(new TreeSet<>(findings.stream().map(f -> f.position().line()).toList())).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void passFixtureGivesNoFinding(String id) {
        assertThat(lint(id, FIXTURES.resolve(id).resolve("pass.yaml"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void securityMessagesNameTheIdsOfOtherTools(String id) {
        List<Finding> findings = lint(id, FIXTURES.resolve(id).resolve("fail.yaml"));
        if (id.startsWith("W")) {
            assertThat(findings).allSatisfy(f -> assertThat(f.message()).containsAnyOf("cfn-nag", "checkov", "cfn-lint", "Guard"));
        } else {
            assertThat(findings).allSatisfy(f -> assertThat(f.message()).contains("us-east-1"));
        }
    }

    static List<Finding> lint(String id, Path file) {
        Rule rule = Rules.all().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        return new Linter(List.of(rule), Set.of(), new LintServices()).lint(file);
    }

    private static Set<Integer> expectedLines(Path file, String id) throws IOException {
        List<String> lines = Files.readAllLines(file);
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith("# expect: " + id)) {
                out.add(i + 1);
            }
        }
        return out;
    }

    static List<String> messages(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.message()));
        return out;
    }
}
