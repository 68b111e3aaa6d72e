package dev.collabinfra.lint;

import dev.collabinfra.spec.ResourceSpecification;
import dev.collabinfra.template.LineIndex;
import dev.collabinfra.template.Position;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A long run of {@link LinterFuzzTest}'s mutator for the benchmark: the same mutator and the same
 * sequence of random choices over the same seeds (so input {@code i} of seed {@code S} here is
 * input {@code i} there, and {@code -Dfuzz.seed=S -Dfuzz.iterations=i+1} replays it, with
 * {@code -Dfuzz.corpus} naming the same folders), but it counts failures instead of stopping at the
 * first, shares one loaded specification so a million inputs fit in the run, and measures each
 * input: wall and CPU time of the lint, and the bytes it allocated.
 *
 * <p>A failure is an unchecked exception or error out of the linter, a crashed rule (E0002), an
 * input with neither a finding nor a template, a finding outside the file (a line past the last,
 * or a column past the end of its line, counted as {@link LineIndex} counts), or an input over the
 * time bound ({@link #MAX_MILLIS} of CPU). Memory is bounded by the campaign's JVM heap: run it
 * with {@code -Xmx256m} and an input that needs more ends in an {@code OutOfMemoryError}, a failure.
 */
public final class FuzzCampaign {

    /** The most CPU time one input may take. */
    public static final long MAX_MILLIS = 2_000;

    /**
     * What a campaign found.
     *
     * @param seeds how many seed templates the mutations started from
     * @param slowest the most wall time one input took, in ms (the machine's load included)
     * @param slowestCpu the most CPU time one input took, in ms
     * @param overTime inputs whose lint took more than {@link #MAX_MILLIS} of CPU
     * @param mostAllocated the most bytes one input's lint allocated (garbage included, so an upper bound on its heap)
     * @param maxHeap the JVM's heap limit during the run
     */
    public record Result(long seed, long inputs, long failures, long cleanParses, long findings, double millis,
            List<String> firstFailures, int seeds, double slowest, double slowestCpu, long overTime, long mostAllocated,
            long maxHeap, long unchecked, long outside) {}

    private FuzzCampaign() {}

    /** A campaign over the built-in seeds only. */
    public static Result run(long seed, long iterations, Path dir, java.util.function.Consumer<String> progress) throws IOException {
        return run(seed, iterations, dir, List.of(), progress);
    }

    /**
     * @param corpus folders whose templates (found as validate finds them) join the built-in seeds
     * @param dir scratch folder; failing inputs are saved under {@code dir/failures}
     * @param progress told about every tenth of the run, so a long campaign shows it is alive
     */
    public static Result run(long seed, long iterations, Path dir, List<Path> corpus, java.util.function.Consumer<String> progress)
            throws IOException {
        List<Seed> seeds = seeds(corpus);
        ResourceSpecification spec = ResourceSpecification.bundled();
        Files.createDirectories(dir);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean allocation = threads instanceof com.sun.management.ThreadMXBean sun ? sun : null;
        Random random = new Random(seed);
        long failures = 0;
        long unchecked = 0;
        long outside = 0;
        long cleanParses = 0;
        long findingCount = 0;
        long overTime = 0;
        double slowest = 0;
        double slowestCpu = 0;
        long mostAllocated = 0;
        List<String> firstFailures = new ArrayList<>();
        long start = System.nanoTime();
        for (long i = 0; i < iterations; i++) {
            // the same calls on random, in the same order, as LinterFuzzTest's loop
            int seedIndex = random.nextInt(seeds.size());
            byte[] input = seeds.get(seedIndex).bytes();
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                input = LinterFuzzTest.mutate(input, random);
            }
            Path file = dir.resolve("fuzz-" + seeds.get(seedIndex).name());
            Files.write(file, input);
            LintServices services = new SharedSpecServices(spec);
            String failure = null;
            long allocatedBefore = allocation == null ? 0 : allocation.getCurrentThreadAllocatedBytes();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long wallBefore = System.nanoTime();
            try {
                List<Finding> findings = new Linter(Rules.all(), Set.of(), services).lint(file);
                double wall = (System.nanoTime() - wallBefore) / 1e6;
                double cpu = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6;
                long allocated = allocation == null ? 0 : allocation.getCurrentThreadAllocatedBytes() - allocatedBefore;
                slowest = Math.max(slowest, wall);
                slowestCpu = Math.max(slowestCpu, cpu);
                mostAllocated = Math.max(mostAllocated, allocated);
                if (cpu > MAX_MILLIS) {
                    overTime++;
                    failure = String.format("took %.0f ms of CPU (%.0f ms wall), over %d ms", cpu, wall, MAX_MILLIS);
                }
                findingCount += findings.size();
                boolean unusable = services.parse(file).template() == null;
                if (findings.isEmpty() && unusable) {
                    failure = "no finding and no template";
                }
                String text = text(input);
                LineIndex lines = LineIndex.of(text);
                for (Finding finding : findings) {
                    if (finding.ruleId().equals(Linter.RULE_FAILED)) {
                        failure = "rule crashed: " + finding.message();
                    } else if (!inside(finding.position(), lines)) {
                        outside++;
                        failure = "finding outside the file (" + lines.lines() + " lines): " + finding;
                    }
                }
                if (!unusable && services.parse(file).issues().isEmpty()) {
                    cleanParses++;
                }
            } catch (RuntimeException | Error e) {
                unchecked++;
                failure = "unchecked exception: " + e;
            }
            if (iterations >= 10 && (i + 1) % (iterations / 10) == 0 || (i + 1) % 10_000 == 0) {
                // every figure so far, so a campaign stopped early still says what it measured
                progress.accept(String.format(java.util.Locale.ROOT, "%d of %d inputs, %d failures so far (%d unchecked, %d outside"
                        + " the file, %d over %d ms CPU), slowest %.0f ms CPU / %.0f ms wall, most allocated by one input %.0f MB,"
                        + " heap limit %.0f MB, %.0f s", i + 1, iterations, failures + (failure != null ? 1 : 0), unchecked, outside,
                        overTime, MAX_MILLIS, slowestCpu, slowest, mostAllocated / 1e6, Runtime.getRuntime().maxMemory() / 1e6,
                        (System.nanoTime() - start) / 1e9));
            }
            if (failure != null) {
                failures++;
                if (firstFailures.size() < 10) {
                    Path saved = dir.resolve("failures").resolve(seed + "-" + i + "-" + file.getFileName());
                    Files.createDirectories(saved.getParent());
                    Files.write(saved, input);
                    firstFailures.add("iteration " + i + " (" + saved + "): " + failure);
                }
            }
        }
        return new Result(seed, iterations, failures, cleanParses, findingCount, (System.nanoTime() - start) / 1e6, firstFailures,
                seeds.size(), slowest, slowestCpu, overTime, mostAllocated, Runtime.getRuntime().maxMemory(), unchecked, outside);
    }

    /** A seed template: its file name (the extension decides JSON or YAML) and bytes. */
    record Seed(String name, byte[] bytes) {}

    /** The built-in seeds, then every template of the corpus folders in path order. */
    static List<Seed> seeds(List<Path> corpus) throws IOException {
        List<Seed> seeds = new ArrayList<>();
        for (String name : LinterFuzzTest.SEEDS) {
            try (InputStream in = FuzzCampaign.class.getResourceAsStream("/fuzz/" + name)) {
                if (in == null) {
                    throw new IOException("fuzz seed /fuzz/" + name + " is not on the test classpath");
                }
                seeds.add(new Seed(name, in.readAllBytes()));
            }
        }
        for (Path folder : corpus) {
            for (Path template : TemplateFiles.find(folder)) {
                seeds.add(new Seed(template.getFileName().toString(), Files.readAllBytes(template)));
            }
        }
        return seeds;
    }

    /** The corpus folders named by {@code -Dfuzz.corpus=a,b} (relative to the module), none by default. */
    static List<Path> corpusProperty() {
        String value = System.getProperty("fuzz.corpus", "").strip();
        List<Path> folders = new ArrayList<>();
        if (!value.isEmpty()) {
            for (String part : value.split(",")) {
                folders.add(Path.of(part.strip()));
            }
        }
        return folders;
    }

    /** The text as the parser sees it: UTF-8 (bad bytes replaced), without a byte order mark. */
    static String text(byte[] input) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(input)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            text = new String(input, StandardCharsets.UTF_8);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Whether a finding's position is a place in the file: an existing line, a column on it or just after its end. */
    static boolean inside(Position position, LineIndex lines) {
        return position.line() >= 1 && position.line() <= lines.lines() && position.column() >= 1
                && position.column() <= lines.lastColumn(position.line());
    }

    /** Fresh parse cache per input, one specification for the whole campaign. */
    private static final class SharedSpecServices extends LintServices {
        private final ResourceSpecification spec;

        SharedSpecServices(ResourceSpecification spec) {
            this.spec = spec;
        }

        @Override
        public ResourceSpecification specification() {
            return spec;
        }
    }
}
