package dev.collabinfra.bench;

import dev.collabinfra.lint.FuzzCampaign;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Parser and rule robustness: a long run of the fuzz test's mutator; the target is zero failures. */
final class FuzzBench {

    static final String SECTION = "Fuzz";

    private final BenchOptions options;
    private final Report report;

    FuzzBench(BenchOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    void run() throws Exception {
        // seeds: the fuzz test's three, the shared aws-samples corpus (when present) and the example's templates
        List<Path> corpus = new ArrayList<>();
        Path shared = Path.of(System.getProperty("bench.fuzz.corpus", options.root().resolve("../shared/corpus/aws-samples").toString()))
                .toAbsolutePath().normalize();
        if (Files.isDirectory(shared)) {
            corpus.add(shared);
        } else {
            report.note("fuzz: corpus folder " + shared + " not found; mutating the built-in seeds and the example only");
        }
        corpus.add(options.exampleDir().resolve("src/main/cloudformation"));
        FuzzCampaign.Result result = FuzzCampaign.run(options.fuzzSeed(), options.fuzzIterations(), options.workDir().resolve("fuzz"),
                corpus, line -> System.out.println("  fuzz: " + line));
        report.atMost(SECTION, "mutated inputs through parser and every rule", result.failures(), 0, "failures",
                result.inputs() + " inputs from " + result.seeds() + " seeds, " + result.failures() + " failures ("
                        + result.unchecked() + " unchecked exceptions, " + result.outside() + " findings outside the file, "
                        + result.overTime() + " inputs over " + FuzzCampaign.MAX_MILLIS + " ms CPU), "
                        + result.cleanParses() + " parsed cleanly, " + result.findings() + " findings; seed " + result.seed() + "; "
                        + Measure.format(result.millis() / 1000) + " s");
        report.atMost(SECTION, "slowest input (CPU)", result.slowestCpu(), FuzzCampaign.MAX_MILLIS, "ms",
                String.format("%.0f ms CPU; slowest wall %.0f ms (machine load included)", result.slowestCpu(), result.slowest()));
        report.atMost(SECTION, "heap for the whole campaign", result.maxHeap() / (1024.0 * 1024), 256, "MiB",
                String.format("-Xmx%.0fm; no OutOfMemoryError among the inputs; most bytes one input allocated %.0f MB"
                        + " (garbage included)", result.maxHeap() / (1024.0 * 1024), result.mostAllocated() / 1e6));
        result.firstFailures().forEach(f -> report.note("fuzz failure, replay with mvn -pl collab-infra-maven-plugin test -Dtest=LinterFuzzTest -Dfuzz.seed="
                + result.seed() + " -Dfuzz.iterations=<iteration+1>: " + f));
    }
}
