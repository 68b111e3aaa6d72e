package dev.collabinfra.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The benchmark, one command: {@code bench/run.sh} (or this main with the test classpath). Runs the
 * sections (lint, build, package, deploy, peers, fuzz), prints each figure as it is measured, then
 * a table of target, measured and met, and writes the same as Markdown to
 * {@code collab-infra-maven-plugin/target/bench/results.md} for BENCHMARKS.md.
 *
 * <p>{@code -Dbench.smoke=true} runs every measurement once on tiny input (CI's check that the
 * benchmark still runs); {@code -Dbench.only=lint,deploy} picks sections. Targets that are missed
 * do not fail the run; a section that breaks does (exit code 1), so CI notices a broken benchmark.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        Report report = run(BenchOptions.fromSystemProperties(), System.out);
        System.exit(failedSections(report).isEmpty() ? 0 : 1);
    }

    /** Rows of sections that broke (an exception, not a missed target). */
    static List<Report.Row> failedSections(Report report) {
        return report.rows().stream().filter(r -> r.what().equals("error")).toList();
    }

    static Report run(BenchOptions options, PrintStream out) throws Exception {
        Files.createDirectories(options.workDir());
        Machine machine = Machine.describe();
        out.println("collab-infra benchmark" + (options.smoke() ? " (smoke: every measurement once, tiny input)" : ""));
        machine.lines().forEach(l -> out.println("  " + l));
        Instant started = Instant.now();
        Report report = new Report(out);
        if (Machine.loadPerCore() > 1) {
            report.note("The machine was loaded while measuring (1-minute load average " + machine.loadAverage().split(" ")[0] + " on "
                    + machine.cores() + " cores): wall times include waiting for the CPU; CPU times are shown beside them.");
        }
        section(options, report, "lint", LintBench.SECTION, () -> new LintBench(options, report).run());
        if (options.smoke()) {
            if (options.runs("build")) {
                report.skipped(BuildBench.SECTION, "mvn verify with and without the goals", "not in smoke mode (runs Maven 1 + 2 x buildRuns times)");
            }
        } else {
            section(options, report, "build", BuildBench.SECTION, () -> new BuildBench(options, report).run());
        }
        boolean needsRig = options.runs("package") || options.runs("deploy") || options.runs("regions") || (options.runs("peers") && !options.smoke());
        DeployRig rig = null;
        if (needsRig) {
            try {
                rig = DeployRig.start(Duration.ofMillis(Long.getLong("bench.resourceDelayMillis", 50)));
            } catch (Exception e) {
                report.add(DeployBench.SECTION, "error", "-", "the local S3 and CloudFormation endpoints did not start: " + e, Report.Met.NO);
            }
        }
        if (rig != null) {
            try {
                runWithEndpoints(options, report, rig);
            } finally {
                rig.close();
            }
        }
        section(options, report, "fuzz", FuzzBench.SECTION, () -> new FuzzBench(options, report).run());

        String loadAtEnd = Machine.currentLoadAverage();
        out.println();
        report.printTable(out);
        Path results = options.workDir().resolve("results.md");
        Files.writeString(results, markdown(options, machine, loadAtEnd, Duration.between(started, Instant.now()), report));
        out.println();
        out.println("Load average at the end: " + loadAtEnd + ". Markdown for BENCHMARKS.md: " + results);
        return report;
    }

    private static void runWithEndpoints(BenchOptions options, Report report, DeployRig rig) {
        section(options, report, "package", PackageBench.SECTION, () -> new PackageBench(options, report, rig).run());
        DeployBench deploy = new DeployBench(options, report, rig);
        section(options, report, "deploy", DeployBench.SECTION, deploy::run);
        section(options, report, "regions", RegionsBench.SECTION, () -> new RegionsBench(options, report, rig).run());
        if (options.smoke()) {
            if (options.runs("peers")) {
                report.skipped(PeerBench.SECTION, "cfn-lint, npm cfn-lint, aws cloudformation deploy", "optional in smoke mode");
            }
        } else {
            section(options, report, "peers", PeerBench.SECTION, () -> {
                new PeerBench(options, report).run();
                new AwsCliDeployPeer(options, report, rig, deploy.runs()).run(DeployBench.devEnvironment(options));
            });
        }
    }

    /** Work of one section; may throw. */
    @FunctionalInterface
    interface Section {
        void run() throws Exception;
    }

    /** Runs a section when selected; an exception becomes an "error" row so later sections still run. */
    private static void section(BenchOptions options, Report report, String name, String title, Section section) {
        if (!options.runs(name)) {
            return;
        }
        System.out.println("== " + title);
        try {
            section.run();
        } catch (Exception | Error e) {
            StringBuilder why = new StringBuilder(e.toString());
            for (Throwable cause = e.getCause(); cause != null && why.length() < 600; cause = cause.getCause()) {
                why.append(" / caused by ").append(cause);
            }
            report.add(title, "error", "-", why.toString(), Report.Met.NO);
            e.printStackTrace(System.out);
        }
    }

    private static String markdown(BenchOptions options, Machine machine, String loadAtEnd, Duration took, Report report) {
        StringBuilder md = new StringBuilder();
        md.append("Measured ").append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).append(options.smoke() ? " (smoke mode)" : "")
                .append(" in ").append(took.toSeconds()).append(" s on:\n\n");
        machine.lines().forEach(l -> md.append("- ").append(l).append('\n'));
        md.append("- load average (1/5/15 min) at the end: ").append(loadAtEnd).append('\n');
        md.append(report.markdown());
        return md.toString();
    }
}
