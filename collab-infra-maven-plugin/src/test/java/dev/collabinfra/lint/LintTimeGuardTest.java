package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.template.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wall-clock guard: one slow template gets a finding naming the rule; the others and the reports go on. */
class LintTimeGuardTest {

    @TempDir
    Path dir;

    /** Slow on templates whose name starts with "slow": ignores interrupts for a while, like a runaway loop. */
    private static final Rule SLOW = new HostileInputsTest.TestRule("E9990", ctx -> {
        if (ctx.template().file().getFileName().toString().startsWith("slow")) {
            long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
            long spin = 0;
            while (System.nanoTime() < until) {
                spin++;
            }
            ctx.report(ctx.template().resources(), "never seen: " + spin);
        }
    });

    private static final Rule FIRST = new HostileInputsTest.TestRule("W9989", ctx -> ctx.report(ctx.template().resources(), "before"));

    private static final Rule AFTER = new HostileInputsTest.TestRule("W9991", ctx -> ctx.report(ctx.template().resources(), "after"));

    @Test
    void aTemplateThatReachesTheBoundGetsAFindingAndTheRunGoesOn() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("cf"));
        String body = "Resources:\n  T:\n    Type: AWS::SNS::Topic\n";
        Files.writeString(templates.resolve("a.yaml"), body);
        Files.writeString(templates.resolve("slow.yaml"), body);
        Files.writeString(templates.resolve("z.yaml"), body);
        ValidationRequest request = new ValidationRequest(dir, templates, false, Set.of(), FailOn.ERROR, dir.resolve("reports"), "test",
                List.of(), Duration.ofMillis(500));

        long start = System.nanoTime();
        ValidationResult result = new Validator(List.of(FIRST, SLOW, AFTER), List.of(), LintServices::new, ProgressListener.silent())
                .validate(request);
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(result.findings()).extracting(f -> f.file().getFileName() + " " + f.ruleId() + " " + f.severity()).containsExactly(
                "a.yaml W9989 WARNING", "a.yaml W9991 WARNING",
                "slow.yaml E0002 ERROR", "slow.yaml W9989 WARNING",
                "z.yaml W9989 WARNING", "z.yaml W9991 WARNING");
        Finding stopped = result.findings().stream().filter(f -> f.ruleId().equals("E0002")).findFirst().orElseThrow();
        assertThat(stopped.message()).contains("stopped in rule E9990 (TestRule)").contains("lint time bound of 500 ms")
                .contains("-Dcollab-infra.lintTimeout");
        assertThat(stopped.severity()).isEqualTo(Severity.ERROR);
        assertThat(result.reports()).hasSize(2).allMatch(Files::isRegularFile);
        assertThat(Files.readString(result.reports().get(0))).contains("stopped in rule E9990");
        assertThat(seconds).as("the slow rule's 4 s are not waited for").isLessThan(3.5);
    }

    @Test
    void withoutABoundTheRulesRunOnTheCallersThread() throws IOException {
        Path file = Files.writeString(dir.resolve("t.yaml"), "Resources:\n  T:\n    Type: AWS::SNS::Topic\n");
        String[] thread = new String[1];
        Rule probe = new HostileInputsTest.TestRule("W9992", ctx -> thread[0] = Thread.currentThread().getName());

        new Linter(List.of(probe), Set.of(), new LintServices()).lint(file);
        assertThat(thread[0]).isEqualTo(Thread.currentThread().getName());

        new Linter(List.of(probe), Set.of(), new LintServices(), Duration.ofSeconds(5)).lint(file);
        assertThat(thread[0]).startsWith("collab-infra-lint t.yaml");
    }
}
