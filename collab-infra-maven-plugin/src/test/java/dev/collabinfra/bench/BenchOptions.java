package dev.collabinfra.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the benchmark runs, from system properties ({@code -Dbench.*}). Smoke mode runs every
 * measurement once on tiny input, so CI can check in seconds that the benchmark still works.
 *
 * @param root the repository root (holds {@code example-project/})
 * @param workDir scratch and output folder ({@code collab-infra-maven-plugin/target/bench})
 * @param sections the sections to run: lint, build, package, deploy, peers, fuzz
 */
record BenchOptions(
        boolean smoke,
        Path root,
        Path workDir,
        Set<String> sections,
        int warmups,
        long warmupMillis,
        int iterations,
        List<Integer> generatedSizes,
        int buildRuns,
        int deployResources,
        int followEvents,
        long fuzzIterations,
        long fuzzSeed,
        int peerRuns) {

    static final List<String> ALL_SECTIONS = List.of("lint", "build", "package", "deploy", "regions", "peers", "fuzz");

    /** Reads {@code -Dbench.*}; smoke mode changes the defaults, explicit properties still win. */
    static BenchOptions fromSystemProperties() {
        boolean smoke = Boolean.getBoolean("bench.smoke");
        Path root = root(System.getProperty("bench.root"));
        Path workDir = Path.of(System.getProperty("bench.workDir", root.resolve("collab-infra-maven-plugin/target/bench").toString()))
                .toAbsolutePath().normalize();
        String only = System.getProperty("bench.only", "");
        Set<String> sections = only.isBlank() ? Set.copyOf(ALL_SECTIONS)
                : Arrays.stream(only.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        for (String section : sections) {
            if (!ALL_SECTIONS.contains(section)) {
                throw new IllegalArgumentException("Unknown section '" + section + "' in -Dbench.only; known: " + ALL_SECTIONS);
            }
        }
        return new BenchOptions(smoke, root, workDir, sections,
                Integer.getInteger("bench.warmups", smoke ? 0 : 50),
                Long.getLong("bench.warmupMillis", smoke ? 0 : 5_000),
                Integer.getInteger("bench.iterations", smoke ? 1 : 30),
                sizes(System.getProperty("bench.sizes", smoke ? "20" : "100,500,2000")),
                Integer.getInteger("bench.buildRuns", 5),
                Integer.getInteger("bench.deployResources", smoke ? 2 : 10),
                Integer.getInteger("bench.events", smoke ? 200 : 10_000),
                Long.getLong("bench.fuzz.iterations", smoke ? 200 : 300_000),
                Long.getLong("bench.fuzz.seed", System.currentTimeMillis()),
                Integer.getInteger("bench.peerRuns", 3));
    }

    boolean runs(String section) {
        return sections.contains(section);
    }

    Path exampleDir() {
        return root.resolve("example-project");
    }

    /** The example's templates (not its environment files), sorted. */
    List<Path> exampleTemplates() {
        Path dir = exampleDir().resolve("src/main/cloudformation");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the example's templates in " + dir, e);
        }
    }

    private static List<Integer> sizes(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    /** The given root, or the nearest folder up from the working directory that holds example-project. */
    private static Path root(String given) {
        if (given != null) {
            return Path.of(given).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("example-project")) && Files.isDirectory(p.resolve("collab-infra-maven-plugin"))) {
                return p;
            }
        }
        throw new IllegalStateException("Run from inside the repository or pass -Dbench.root=PATH (the folder with example-project)");
    }
}
