package dev.collabinfra.bench;

import dev.collabinfra.lint.FuzzCampaign;

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
        FuzzCampaign.Result result = FuzzCampaign.run(options.fuzzSeed(), options.fuzzIterations(), options.workDir().resolve("fuzz"),
                line -> System.out.println("  fuzz: " + line));
        report.atMost(SECTION, "mutated inputs through parser and every rule", result.failures(), 0, "failures",
                result.inputs() + " inputs, " + result.failures() + " failures (unchecked exceptions, crashed rules, bad positions), "
                        + result.cleanParses() + " parsed cleanly, " + result.findings() + " findings; seed " + result.seed() + "; "
                        + Measure.format(result.millis() / 1000) + " s");
        result.firstFailures().forEach(f -> report.note("fuzz failure, replay with mvn -pl collab-infra-maven-plugin test -Dtest=LinterFuzzTest -Dfuzz.seed="
                + result.seed() + " -Dfuzz.iterations=<iteration+1>: " + f));
    }
}
