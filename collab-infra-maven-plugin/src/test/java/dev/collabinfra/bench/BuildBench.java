package dev.collabinfra.bench;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the plugin's goals add to a build: {@code mvn -q -o verify -pl example-project -am} with and
 * without {@code -Dcollab-infra.skip=true}, alternated, median of each. The reactor builds the
 * plugin too (it is not installed), identically in both variants, so the difference is the goals.
 * Findings do not fail these builds ({@code failOn=none}), so validate always does its whole work.
 * It runs in a copy of the sources under the work folder so Maven never rewrites the classes this
 * benchmark runs from.
 */
final class BuildBench {

    static final String SECTION = "Build";

    private final BenchOptions options;
    private final Report report;

    BuildBench(BenchOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    void run() throws Exception {
        Path mvn = Processes.which("mvn").orElse(null);
        if (mvn == null) {
            report.skipped(SECTION, "mvn verify with and without the goals", "no mvn on the PATH");
            return;
        }
        Path copy = options.workDir().resolve("build-copy");
        copySources(copy);
        List<String> base = List.of(mvn.toString(), "-q", "-o", "-B", "verify", "-pl", "example-project", "-am",
                "-Dmaven.test.skip=true", "-Dinvoker.skip=true",
                // findings must not end the build early: the goals' full work is what is measured
                "-Dcollab-infra.failOn=none");
        Processes.Result warmup = Processes.run(base, copy, Map.of(), 1800);
        if (warmup.exitCode() != 0) {
            report.add(SECTION, "mvn verify of example-project", "-", "failed (exit " + warmup.exitCode() + "): " + warmup.tail(15), Report.Met.NO);
            return;
        }
        List<String> skipped = new ArrayList<>(base);
        skipped.add("-Dcollab-infra.skip=true");
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        for (int i = 0; i < options.buildRuns(); i++) {
            with.add(timed(base));
            without.add(timed(skipped));
        }
        double withMs = Measure.median(with.stream().mapToDouble(Double::doubleValue).toArray());
        double withoutMs = Measure.median(without.stream().mapToDouble(Double::doubleValue).toArray());
        double withMin = with.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double withoutMin = without.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        report.info(SECTION, "mvn -q -o verify -pl example-project -am, goals on", Measure.format(withMs) + " ms median of " + with.size() + " " + with);
        report.info(SECTION, "same with -Dcollab-infra.skip=true", Measure.format(withoutMs) + " ms median of " + without.size() + " " + without);
        // judged on the fastest run of each variant: on a shared machine a single slow run moves a median of a few
        report.atMost(SECTION, "added by the plugin's goals", withMin - withoutMin, 2000, "ms", Measure.format(withMin - withoutMin)
                + " ms between the fastest runs (" + Measure.format(withMs - withoutMs) + " ms between the medians)");
    }

    private double timed(List<String> command) throws Exception {
        Processes.Result result = Processes.run(command, options.workDir().resolve("build-copy"), Map.of(), 1800);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + result.tail(20));
        }
        return Math.round(result.wallMs() * 10) / 10.0;
    }

    /** The root pom, the plugin and the example, without target folders. */
    private void copySources(Path copy) throws IOException {
        // a fresh copy each run: a file deleted from the sources must not linger in the copy
        if (Files.exists(copy)) {
            try (var paths = Files.walk(copy)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(copy);
        Files.copy(options.root().resolve("pom.xml"), copy.resolve("pom.xml"), StandardCopyOption.REPLACE_EXISTING);
        for (String module : List.of("collab-infra-maven-plugin", "example-project")) {
            Path from = options.root().resolve(module);
            Path to = copy.resolve(module);
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (dir.getFileName().toString().equals("target") && !dir.equals(from)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.COPY_ATTRIBUTES);
                    return FileVisitResult.CONTINUE;
                }
            });
        }
    }
}
