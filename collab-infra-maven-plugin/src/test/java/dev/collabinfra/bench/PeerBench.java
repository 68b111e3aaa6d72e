package dev.collabinfra.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Linters users would otherwise pick, on the same templates in the same run: AWS's cfn-lint (the
 * Python tool) and the npm package named cfn-lint (a different, older project). Each is skipped
 * with the reason when it is not installed. Both are command-line tools, so the fair comparison is
 * with our first run in a fresh JVM (process start included); the warm in-process figure is what a
 * Maven build pays once the plugin is loaded.
 */
final class PeerBench {

    static final String SECTION = "Peers";

    private final BenchOptions options;
    private final Report report;

    PeerBench(BenchOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    void run() throws Exception {
        List<Path> templates = options.exampleTemplates();
        double ours = oursColdProcess(templates);
        report.info(SECTION, "collab-infra, 7 example templates, fresh JVM process", Measure.format(ours) + " ms median of " + options.peerRuns());
        pythonCfnLint(templates, ours);
        npmCfnLint(templates, ours);
    }

    /** Median wall time of a fresh JVM that lints the templates (JVM start and spec load included). */
    private double oursColdProcess(List<Path> templates) throws Exception {
        List<String> args = new ArrayList<>(List.of("lint"));
        templates.forEach(p -> args.add(p.toString()));
        double[] times = new double[options.peerRuns()];
        for (int i = 0; i < times.length; i++) {
            times[i] = ChildJvm.run(ColdStartProbe.class, List.of(), args, 300).wallMs();
        }
        return Measure.median(times);
    }

    private void pythonCfnLint(List<Path> templates, double ours) throws Exception {
        Path cfnLint = Processes.which(System.getProperty("bench.cfnLint", "cfn-lint")).orElse(null);
        if (cfnLint == null) {
            report.skipped(SECTION, "cfn-lint (AWS, Python)", "not on the PATH (pip install cfn-lint)");
            return;
        }
        String version = Processes.run(List.of(cfnLint.toString(), "--version"), options.root(), Map.of(), 120).output().strip();
        List<String> command = new ArrayList<>(List.of(cfnLint.toString(), "--"));
        templates.forEach(p -> command.add(p.toString()));
        double[] times = new double[options.peerRuns()];
        Processes.Result last = null;
        for (int i = 0; i < times.length; i++) {
            last = Processes.run(command, options.root(), Map.of(), 600);
            times[i] = last.wallMs();
        }
        double median = Measure.median(times);
        // cfn-lint exits 2/4/8 (and their sums) when it reports findings; higher codes mean it broke
        String findings = last.output().lines().filter(l -> l.matches("^[EWI]\\d{4} .*")).count() + " findings";
        report.info(SECTION, version + ", same 7 templates", Measure.format(median) + " ms median of " + times.length + " (exit "
                + last.exitCode() + ", " + findings + "); ratio cfn-lint / collab-infra fresh JVM = " + Measure.format(median / ours) + "x");

        Path generated = options.workDir().resolve("generated/generated-500.yaml");
        if (Files.exists(generated)) {
            Processes.Result big = Processes.run(List.of(cfnLint.toString(), "--", generated.toString()), options.root(), Map.of(), 900);
            List<String> ourArgs = List.of("lint", generated.toString());
            double oursBig = ChildJvm.run(ColdStartProbe.class, List.of(), ourArgs, 300).wallMs();
            report.info(SECTION, version + ", generated 500 resources", Measure.format(big.wallMs()) + " ms (exit " + big.exitCode()
                    + "); collab-infra fresh JVM " + Measure.format(oursBig) + " ms; ratio " + Measure.format(big.wallMs() / oursBig) + "x");
        }
    }

    private void npmCfnLint(List<Path> templates, double ours) throws Exception {
        Path npmLint = Processes.which(System.getProperty("bench.npmCfnLint",
                options.workDir().resolve("peers/npm/node_modules/.bin/cfn-lint").toString())).orElse(null);
        if (npmLint == null) {
            report.skipped(SECTION, "cfn-lint 1.9.7 (npm)", "not installed (bench/run.sh installs it with npm into target/bench/peers/npm)");
            return;
        }
        double total = 0;
        List<String> problems = new ArrayList<>();
        for (Path template : templates) {
            Processes.Result result = Processes.run(List.of(npmLint.toString(), "validate", template.toString()), options.root(), Map.of(), 300);
            total += result.wallMs();
            String out = result.output().replaceAll("\u001B\\[[0-9;]*m", "");
            if (out.contains("Unable to parse template")) {
                Processes.Result verbose = Processes.run(List.of(npmLint.toString(), "validate", "--verbose", template.toString()),
                        options.root(), Map.of(), 300);
                String why = verbose.output().replaceAll("\u001B\\[[0-9;]*m", "").lines()
                        .filter(l -> l.contains("Error") || l.contains("unknown tag")).findFirst().orElse("unparsable").strip()
                        .replace(template.toString(), template.getFileName().toString());
                problems.add(template.getFileName() + ": cannot parse (" + why + ")");
            } else if (out.contains("Template invalid")) {
                String first = out.lines().filter(l -> l.startsWith("Message:")).findFirst().orElse("").replace("Message:", "").strip();
                problems.add(template.getFileName() + ": reports invalid (first: " + first + ")");
            }
        }
        report.info(SECTION, "cfn-lint 1.9.7 (npm, martysweet/cfn-lint), 7 templates one process each", Measure.format(total)
                + " ms; ratio npm cfn-lint / collab-infra fresh JVM = " + Measure.format(total / ours) + "x; " + problems.size()
                + " of " + templates.size() + " templates not linted correctly");
        problems.forEach(p -> report.note("npm cfn-lint 1.9.7 on " + p));
    }
}
