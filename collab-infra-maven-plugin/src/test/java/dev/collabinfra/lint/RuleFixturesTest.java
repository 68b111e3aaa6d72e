package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One folder per rule id under {@code src/test/resources/lint/<ID>/}: {@code fail.yaml} must give
 * exactly the findings listed in {@code expected.txt} ({@code line:column ID key part of the
 * message}, one a line) for the ids listed there, and {@code pass.yaml} must give no finding of
 * any rule in {@code docs/rules.md} and no parser finding. Folders without {@code expected.txt}
 * belong to other rule families with their own fixture tests. The rules table in
 * {@code docs/rules.md} is checked against the registry, so it cannot go stale.
 */
class RuleFixturesTest {

    static final Path FIXTURES = Path.of("src/test/resources/lint");
    static final Path RULES_TABLE = Path.of("../docs/rules.md");
    /** Ids whose failing case is built in a test instead (a 1 MB fixture would bloat the repository). */
    static final Set<String> GENERATED = Set.of("E1002");
    /** Ids judged against the day the build runs; {@code RuntimeLifecycleTest} runs their fixture on fixed days. */
    static final Set<String> DATED = Set.of("W2531", "E2531");

    static Stream<String> ids() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("expected.txt"))).map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()).stream();
        }
    }

    private static List<Finding> lint(Path file) {
        return new Linter(Rules.all(), Set.of(), new LintServices()).lint(file);
    }

    /** The ids of the rules table in docs/rules.md. */
    static Set<String> documentedIds() throws IOException {
        return Files.readAllLines(RULES_TABLE).stream().filter(l -> l.matches("\\| [EWI]\\d{4} \\|.*"))
                .map(l -> l.substring(2, 7)).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "{0} pass.yaml has no findings")
    @MethodSource("ids")
    void passingFixtureIsClean(String id) throws IOException {
        Set<String> ours = documentedIds();
        List<Finding> findings = lint(FIXTURES.resolve(id).resolve("pass.yaml")).stream()
                .filter(f -> ours.contains(f.ruleId()) || f.ruleId().startsWith("E0") || f.ruleId().startsWith("W0"))
                .collect(Collectors.toList());
        assertThat(findings).as("findings on %s/pass.yaml", id).extracting(f -> f.format(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} fail.yaml gives the expected findings")
    @MethodSource("ids")
    void failingFixtureGivesExpectedFindings(String id) throws IOException {
        List<String> expected = Files.readAllLines(FIXTURES.resolve(id).resolve("expected.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toList());
        assertThat(expected).as("expected.txt of %s lists findings", id).isNotEmpty();
        Set<String> ids = new TreeSet<>();
        ids.add(id);
        for (String line : expected) {
            ids.add(line.split(" ", 3)[1]);
        }
        List<Finding> actual = lint(FIXTURES.resolve(id).resolve("fail.yaml")).stream()
                .filter(f -> ids.contains(f.ruleId())).collect(Collectors.toList());
        List<String> where = new ArrayList<>();
        for (Finding f : actual) {
            where.add(f.position() + " " + f.ruleId());
        }
        List<String> expectedWhere = expected.stream().map(l -> String.join(" ", List.of(l.split(" ", 3)).subList(0, 2)))
                .collect(Collectors.toList());
        assertThat(where).as("positions and ids on %s/fail.yaml; messages: %s", id,
                actual.stream().map(Finding::message).collect(Collectors.toList())).containsExactlyElementsOf(expectedWhere);
        for (int i = 0; i < expected.size(); i++) {
            String[] parts = expected.get(i).split(" ", 3);
            if (parts.length == 3) {
                assertThat(actual.get(i).message()).as("message of finding %d on %s/fail.yaml", i + 1, id).contains(parts[2]);
            }
        }
    }

    @Test
    void everyDocumentedRuleIsRegisteredAndHasFixtures() throws IOException {
        Set<String> documented = documentedIds();
        assertThat(documented).hasSizeGreaterThan(50);
        Set<String> registered = Rules.all().stream().map(Rule::id).collect(Collectors.toSet());
        assertThat(registered).as("rules registered in Rules.all()").containsAll(documented);
        Set<String> folders = ids().collect(Collectors.toSet());
        Set<String> needFixtures = new TreeSet<>(documented);
        needFixtures.removeAll(GENERATED);
        needFixtures.removeAll(DATED);
        assertThat(folders).as("fixture folders with expected.txt").containsAll(needFixtures);
    }
}
