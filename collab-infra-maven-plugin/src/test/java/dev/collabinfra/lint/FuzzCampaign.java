package dev.collabinfra.lint;

import dev.collabinfra.spec.ResourceSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A long run of {@link LinterFuzzTest}'s mutator for the benchmark: the same seeds and the same
 * sequence of random choices (so input {@code i} of seed {@code S} here is input {@code i} there,
 * and {@code -Dfuzz.seed=S -Dfuzz.iterations=i+1} replays it), but it counts failures instead of
 * stopping at the first, and shares one loaded specification so hundreds of thousands of inputs fit
 * in minutes.
 */
public final class FuzzCampaign {

    /** What a campaign found. */
    public record Result(long seed, long inputs, long failures, long cleanParses, long findings, double millis, List<String> firstFailures) {}

    private FuzzCampaign() {}

    /**
     * @param dir scratch folder; failing inputs are saved under {@code dir/failures}
     * @param progress told about every tenth of the run, so a long campaign shows it is alive
     */
    public static Result run(long seed, long iterations, Path dir, java.util.function.Consumer<String> progress) throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (String name : LinterFuzzTest.SEEDS) {
            try (InputStream in = FuzzCampaign.class.getResourceAsStream("/fuzz/" + name)) {
                if (in == null) {
                    throw new IOException("fuzz seed /fuzz/" + name + " is not on the test classpath");
                }
                seeds.add(in.readAllBytes());
            }
        }
        ResourceSpecification spec = ResourceSpecification.bundled();
        Files.createDirectories(dir);
        Random random = new Random(seed);
        long failures = 0;
        long cleanParses = 0;
        long findingCount = 0;
        List<String> firstFailures = new ArrayList<>();
        long start = System.nanoTime();
        for (long i = 0; i < iterations; i++) {
            // the same calls on random, in the same order, as LinterFuzzTest's loop
            int seedIndex = random.nextInt(seeds.size());
            byte[] input = seeds.get(seedIndex);
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                input = LinterFuzzTest.mutate(input, random);
            }
            Path file = dir.resolve("fuzz-" + LinterFuzzTest.SEEDS.get(seedIndex));
            Files.write(file, input);
            LintServices services = new SharedSpecServices(spec);
            String failure = null;
            try {
                List<Finding> findings = new Linter(Rules.all(), Set.of(), services).lint(file);
                findingCount += findings.size();
                boolean unusable = services.parse(file).template() == null;
                if (findings.isEmpty() && unusable) {
                    failure = "no finding and no template";
                }
                for (Finding finding : findings) {
                    if (finding.ruleId().equals(Linter.RULE_FAILED)) {
                        failure = "rule crashed: " + finding.message();
                    } else if (finding.position().line() < 1 || finding.position().column() < 1) {
                        failure = "finding without a valid position: " + finding;
                    }
                }
                if (!unusable && services.parse(file).issues().isEmpty()) {
                    cleanParses++;
                }
            } catch (RuntimeException | StackOverflowError e) {
                failure = "unchecked exception: " + e;
            }
            if (iterations >= 10 && (i + 1) % (iterations / 10) == 0) {
                progress.accept((i + 1) + " of " + iterations + " inputs, " + failures + " failures so far");
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
        return new Result(seed, iterations, failures, cleanParses, findingCount, (System.nanoTime() - start) / 1e6, firstFailures);
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
