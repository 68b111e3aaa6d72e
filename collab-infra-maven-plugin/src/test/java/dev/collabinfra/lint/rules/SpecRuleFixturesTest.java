package dev.collabinfra.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.LintServices;
import dev.collabinfra.lint.Linter;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.Rules;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One fixture folder per rule, {@code src/test/resources/lint/<RULEID>/}: every {@code valid*.yaml}
 * gives no finding of the rule, and every {@code invalid*.yaml} gives exactly the findings its
 * {@code # expect <RULEID>: <message part>} comments announce, on those lines. Other files in the
 * folder are nested-stack children.
 */
class SpecRuleFixturesTest {

    private static final Pattern EXPECT = Pattern.compile("#\\s*expect\\s+([EWI]\\d{4}):\\s*(.*)$");

    private record Expected(int line, String ruleId, String text) {}

    @ParameterizedTest
    @ValueSource(strings = {"E3006", "E3002", "E3003", "E3012", "E1010", "W1001", "E3043", "E3900", "E3901", "E3902", "E3903",
            "W3904", "E3905", "E3906", "E3907", "W3908"})
    void fixturesGiveExactlyTheAnnouncedFindings(String ruleId) throws IOException, URISyntaxException {
        // several classes may share a cfn-lint id (E1010: the resource exists / the attribute exists)
        List<Rule> rules = Rules.all().stream().filter(r -> r.id().equals(ruleId)).collect(Collectors.toList());
        Path dir = Path.of(SpecRuleFixturesTest.class.getResource("/lint/" + ruleId).toURI());
        List<Path> valid = files(dir, "valid");
        List<Path> invalid = files(dir, "invalid");
        assertThat(valid).as("valid fixtures of " + ruleId).isNotEmpty();
        assertThat(invalid).as("invalid fixtures of " + ruleId).isNotEmpty();
        for (Path file : valid) {
            assertThat(lint(rules, ruleId, file)).as(file.toString()).isEmpty();
        }
        for (Path file : invalid) {
            List<Expected> expected = expectations(file);
            assertThat(expected).as("expect comments in " + file).isNotEmpty().allMatch(e -> e.ruleId().equals(ruleId));
            List<Finding> findings = lint(rules, ruleId, file);
            assertThat(findings).as(file + ": " + findings).hasSameSizeAs(expected);
            for (Expected e : expected) {
                assertThat(findings).as(file + ":" + e.line() + " expects " + e.text() + " among " + findings)
                        .anyMatch(f -> f.position().line() == e.line() && f.message().contains(e.text()));
            }
        }
    }

    private static List<Finding> lint(List<Rule> rules, String ruleId, Path file) {
        return new Linter(rules, Set.of(), new LintServices()).lint(file).stream()
                .filter(f -> f.ruleId().equals(ruleId))
                .collect(Collectors.toList());
    }

    private static List<Path> files(Path dir, String prefix) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().startsWith(prefix + "")
                            && (p.getFileName().toString().startsWith(prefix + ".") || p.getFileName().toString().startsWith(prefix + "-")))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static List<Expected> expectations(Path file) throws IOException {
        List<Expected> expected = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EXPECT.matcher(lines.get(i));
            if (m.find()) {
                expected.add(new Expected(i + 1, m.group(1), m.group(2).trim()));
            }
        }
        return expected;
    }
}
