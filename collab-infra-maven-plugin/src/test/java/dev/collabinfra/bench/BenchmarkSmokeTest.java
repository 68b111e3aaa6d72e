package dev.collabinfra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * CI's check that the benchmark still runs: smoke mode (every measurement once, tiny input) end to
 * end. It asserts that every section produced its figures, not that targets were met: speed is
 * judged from BENCHMARKS.md, not from a timed test.
 */
class BenchmarkSmokeTest {

    @Test
    void smokeRunMeasuresEverySectionAndWritesTheMarkdownTable() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path work = Path.of("target", "bench-smoke").toAbsolutePath();
        BenchOptions options = new BenchOptions(true, root, work, Set.copyOf(BenchOptions.ALL_SECTIONS), 0, 0, 1, List.of(20), 1, 2, 200,
                200, 42L, 1);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Report report = BenchmarkMain.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));

        String output = printed.toString(StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(BenchmarkMain.failedSections(report)).as("sections that broke").isEmpty();
        assertThat(report.rows()).extracting(Report.Row::section).contains("Lint", "Package", "Deploy", "Fuzz");
        assertThat(report.rows()).filteredOn(r -> r.met() != Report.Met.SKIPPED)
                .allSatisfy(r -> assertThat(r.measured()).as(r.what()).containsPattern("\\d"));
        // the figures CI depends on being produced at all
        assertThat(report.rows()).extracting(Report.Row::what).contains("example, 7 templates, warm", "second upload sends nothing",
                "no-op: CloudFormation calls", "mutated inputs through parser and every rule");
        assertThat(report.rows()).filteredOn(r -> r.section().equals("Build") || r.section().equals("Peers"))
                .allSatisfy(r -> assertThat(r.met()).isEqualTo(Report.Met.SKIPPED));
        assertThat(output).contains("Measurement", "Target", "Measured", "Met");
        String markdown = Files.readString(work.resolve("results.md"));
        assertThat(markdown).contains("### Lint", "### Deploy", "| Measurement | Target | Measured | Met? |", "cores (nproc): ");
    }
}
