package dev.collabinfra.lint.rules.lmbd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.lint.Finding;
import dev.collabinfra.lint.LintServices;
import dev.collabinfra.lint.Linter;
import dev.collabinfra.lint.Rule;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * W2531, E2531 and E2533 judge a runtime on the day the build runs. The fixture's dotnet8 is
 * deprecated 2026-11-10, blocked for creation 2026-12-10 and for update 2027-01-11 (cfn-lint
 * 1.51.0's LmbdRuntimeLifecycle.json): each day below falls in one phase, and exactly that phase's
 * rule reports. Also the fixture folders' E2533 case (python2.7) holds on any day after 2022.
 */
class RuntimeLifecycleTest {

    static final Path FIXTURE = Path.of("src/test/resources/lambda-lifecycle/dotnet8.yaml");

    private static List<Finding> lintOn(String day, Path file) {
        Clock clock = Clock.fixed(LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        List<Rule> rules = List.of(new DeprecatedRuntimeEolRule(clock), new DeprecatedRuntimeCreateRule(clock), new DeprecatedRuntimeUpdateRule(clock));
        return new Linter(rules, Set.of(), new LintServices()).lint(file);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2026-11-09, none",
        "2026-11-10, W2531",
        "2026-12-09, W2531",
        "2026-12-10, E2531",
        "2027-01-10, E2531",
        "2027-01-11, E2533",
        "2030-01-01, E2533"})
    void onePhasePerDay(String day, String expected) {
        List<String> ids = lintOn(day, FIXTURE).stream().map(f -> f.position().line() + " " + f.ruleId()).toList();
        assertThat(ids).isEqualTo(expected.equals("none") ? List.of() : List.of("17 " + expected));
    }

    @Test
    void warningSaysWhenCreationAndUpdateAreBlocked() {
        List<Finding> findings = lintOn("2026-11-20", FIXTURE);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).hasToString("WARNING");
            assertThat(f.message()).contains("'dotnet8'", "'Api'", "deprecated on 2026-11-10", "2026-12-10", "2027-01-11", "move to 'dotnet9'");
        });
    }

    @Test
    void errorOnceCreationIsBlocked() {
        assertThat(lintOn("2026-12-15", FIXTURE)).singleElement().satisfies(f -> {
            assertThat(f.severity()).hasToString("ERROR");
            assertThat(f.message()).contains("new functions cannot use it since 2026-12-10");
        });
    }

    @Test
    void supportedAndComputedRuntimesAreNotJudged() {
        assertThat(lintOn("2027-06-01", Path.of("src/test/resources/lint/E2533/pass.yaml"))).isEmpty();
    }
}
