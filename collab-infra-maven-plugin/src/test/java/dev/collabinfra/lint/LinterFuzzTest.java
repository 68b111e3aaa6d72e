package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.collabinfra.lint.report.JUnitReport;
import dev.collabinfra.lint.report.ReportFiles;
import dev.collabinfra.lint.report.SarifReport;
import dev.collabinfra.template.LineIndex;
import dev.collabinfra.template.ParseResult;
import dev.collabinfra.template.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates valid templates (bytes and YAML structure) and runs the whole linter, every rule
 * included, on each result: every input must give findings or a clean parse, never an exception
 * and never a crashed rule (E0002). Deterministic: the seed is fixed and printed; a failing input
 * is saved under {@code target/fuzz-failures/} to reproduce it.
 *
 * <p>{@code -Dfuzz.iterations=N} (default 3000) and {@code -Dfuzz.seed=S} change the run, e.g.
 * {@code mvn -pl collab-infra-maven-plugin test -Dtest=LinterFuzzTest -Dfuzz.iterations=300000}.
 */
class LinterFuzzTest {

    static final long DEFAULT_SEED = 20_261_126L;
    static final int DEFAULT_ITERATIONS = 3_000;
    static final List<String> SEEDS = List.of("network.yaml", "queue.json", "bucket.yaml");

    /** YAML and JSON fragments that change structure rather than content. */
    static final List<String> FRAGMENTS = List.of(
            "!Ref ", "!Sub ", "!GetAtt ", "!If ", "!Base64 !Sub ", "!Reff ", "!!binary ", "!!set ", "&anchor ", "*anchor", "<<: ",
            "- ", ": ", "? ", "{", "}", "[", "]", ",", "'", "\"", "|\n", ">-\n", "#", "\t", "---\n", "...\n", "%YAML 1.1\n",
            "yes", "on", "0777", "1e400", "~", "\uFEFF", "\u0000", "\uD83D\uDE80", "${", "${AWS::", "${!x}", "Fn::", "Ref",
            "Resources", "Type", "Condition", "DependsOn", "\\u00", "\n", "\n  ", "        ", "\r\n");

    @TempDir
    Path dir;

    @Test
    void mutatedTemplatesGiveFindingsOrACleanParseNeverAnException() throws IOException {
        // given
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int iterations = Integer.getInteger("fuzz.iterations", DEFAULT_ITERATIONS);
        System.out.println("LinterFuzzTest: seed=" + seed + " iterations=" + iterations + " (override with -Dfuzz.seed / -Dfuzz.iterations)");
        // -Dfuzz.corpus=dir1,dir2 adds their templates, in the order FuzzCampaign uses, so its inputs replay here
        List<FuzzCampaign.Seed> seeds = FuzzCampaign.seeds(FuzzCampaign.corpusProperty());
        Random random = new Random(seed);
        TreeMap<String, Integer> findingsById = new TreeMap<>();
        int cleanParses = 0;
        int reachedRules = 0;
        long start = System.nanoTime();

        for (int i = 0; i < iterations; i++) {
            int seedIndex = random.nextInt(seeds.size());
            byte[] input = seeds.get(seedIndex).bytes();
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                input = mutate(input, random);
            }
            Path file = dir.resolve("fuzz-" + seeds.get(seedIndex).name());
            Files.write(file, input);
            // when
            LintServices services = new LintServices();
            List<Finding> findings;
            try {
                findings = new Linter(Rules.all(), Set.of(), services).lint(file);
                if (i % 50 == 0) {
                    writeAndReadReports(file, findings);
                }
            } catch (Exception | Error e) {
                throw new AssertionError("Linter threw on fuzz input " + save(seed, i, file, input) + " (seed " + seed
                        + ", iteration " + i + "): " + e, e);
            }
            // then
            ParseResult parsed = services.parse(file);
            LineIndex lines = LineIndex.of(FuzzCampaign.text(input));
            if (findings.isEmpty() && parsed.template() == null) {
                fail("No finding and no template for " + save(seed, i, file, input));
            }
            for (Finding finding : findings) {
                if (finding.ruleId().equals(Linter.RULE_FAILED)) {
                    fail("A rule crashed on " + save(seed, i, file, input) + ": " + finding.message());
                }
                if (!FuzzCampaign.inside(finding.position(), lines)) {
                    fail("Finding outside the file (" + lines.lines() + " lines) on " + save(seed, i, file, input) + ": " + finding);
                }
                findingsById.merge(finding.ruleId(), 1, Integer::sum);
            }
            if (parsed.template() != null) {
                reachedRules++;
                if (parsed.issues().isEmpty()) {
                    cleanParses++;
                }
            }
        }

        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("LinterFuzzTest: " + iterations + " inputs in " + millis + " ms; " + reachedRules + " reached the "
                + Rules.all().size() + " rules (" + cleanParses + " without parser findings); findings by rule " + findingsById);
        // a fuzzer that only ever produced unreadable files would never exercise the rules
        assertThat(reachedRules).as("inputs that still parse into a template").isGreaterThan(iterations / 10);
        assertThat(cleanParses).as("inputs that still parse cleanly").isPositive();
        assertThat(findingsById).as("parser findings produced").containsKeys("E0000");
    }

    @Test
    void theSeedsAreValidTemplates() throws IOException {
        for (String name : SEEDS) {
            Path file = dir.resolve(name);
            Files.write(file, resource(name));
            List<Finding> errors = new Linter(Rules.all(), Set.of(), new LintServices()).lint(file).stream()
                    .filter(f -> f.severity() == Severity.ERROR).toList();
            assertThat(errors).as(name).isEmpty();
        }
    }

    /**
     * One random edit: bytes (flip, delete, duplicate, truncate), structure (lines, indentation,
     * YAML tokens), line breaks (CR, CRLF, NEL, U+2028/U+2029), nesting shape (deep flow or block
     * nesting around a value) or string length (a token grown to hundreds of thousands of characters).
     */
    static byte[] mutate(byte[] input, Random random) {
        if (input.length == 0) {
            return FRAGMENTS.get(random.nextInt(FRAGMENTS.size())).getBytes(StandardCharsets.UTF_8);
        }
        int at = random.nextInt(input.length);
        return switch (random.nextInt(12)) {
            case 9 -> lineBreaks(input, random);
            case 10 -> nesting(input, at, random);
            case 11 -> length(input, at, random);
            case 0 -> { // flip a byte to anything, including invalid UTF-8
                byte[] out = input.clone();
                out[at] = (byte) random.nextInt(256);
                yield out;
            }
            case 1 -> { // delete a range
                int length = Math.min(1 + random.nextInt(40), input.length - at);
                yield concat(Arrays.copyOfRange(input, 0, at), Arrays.copyOfRange(input, at + length, input.length));
            }
            case 2 -> { // duplicate a range somewhere else
                int length = Math.min(1 + random.nextInt(200), input.length - at);
                byte[] slice = Arrays.copyOfRange(input, at, at + length);
                int to = random.nextInt(input.length + 1);
                yield concat(Arrays.copyOfRange(input, 0, to), slice, Arrays.copyOfRange(input, to, input.length));
            }
            case 3 -> Arrays.copyOf(input, at); // truncate
            case 4 -> lines(input, random, Edit.SWAP);
            case 5 -> lines(input, random, Edit.DUPLICATE);
            case 6 -> lines(input, random, Edit.INDENT);
            case 7 -> lines(input, random, Edit.DEDENT);
            default -> { // insert a structural fragment
                byte[] fragment = FRAGMENTS.get(random.nextInt(FRAGMENTS.size())).getBytes(StandardCharsets.UTF_8);
                yield concat(Arrays.copyOfRange(input, 0, at), fragment, Arrays.copyOfRange(input, at, input.length));
            }
        };
    }


    /** Line ends the parser and the positions must cope with, as UTF-8 bytes. */
    static final List<byte[]> LINE_BREAKS = List.of(new byte[] {'\r'}, new byte[] {'\r', '\n'}, new byte[] {(byte) 0xC2, (byte) 0x85},
            new byte[] {(byte) 0xE2, (byte) 0x80, (byte) 0xA8}, new byte[] {(byte) 0xE2, (byte) 0x80, (byte) 0xA9},
            new byte[] {'\n', '\n'}, new byte[] {'\n', '\r'});

    /** Replaces every line feed, or a random half of them, with another line break. */
    static byte[] lineBreaks(byte[] input, Random random) {
        byte[] replacement = LINE_BREAKS.get(random.nextInt(LINE_BREAKS.size()));
        boolean all = random.nextBoolean();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(input.length + input.length / 8);
        for (byte b : input) {
            if (b == '\n' && (all || random.nextBoolean())) {
                out.write(replacement, 0, replacement.length);
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    /** Nests what follows a random point deeper: flow brackets, block mappings or sequences, 1 to 150 levels. */
    static byte[] nesting(byte[] input, int at, Random random) {
        int depth = 1 + random.nextInt(random.nextBoolean() ? 12 : 150);
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        switch (random.nextInt(4)) {
            case 0 -> {
                open.append("[".repeat(depth));
                close.append("]".repeat(depth));
            }
            case 1 -> {
                for (int i = 0; i < depth; i++) {
                    open.append("{k").append(i).append(": ");
                    close.append('}');
                }
            }
            case 2 -> {
                for (int i = 0; i < depth; i++) {
                    open.append('\n').append("  ".repeat(i + 1)).append("k").append(i).append(':');
                }
                open.append(' ');
            }
            default -> {
                for (int i = 0; i < depth; i++) {
                    open.append('\n').append("  ".repeat(i + 1)).append("- ");
                }
            }
        }
        int end = at;
        while (end < input.length && input[end] != '\n') {
            end++;
        }
        return concat(Arrays.copyOfRange(input, 0, at), open.toString().getBytes(StandardCharsets.UTF_8),
                Arrays.copyOfRange(input, at, end), close.toString().getBytes(StandardCharsets.UTF_8),
                Arrays.copyOfRange(input, end, input.length));
    }

    /** Grows the word at a random point (a name, a type, a value) to a length from 256 to 200,000 characters. */
    static byte[] length(byte[] input, int at, Random random) {
        int start = at;
        while (start > 0 && isWordByte(input[start - 1])) {
            start--;
        }
        int end = at;
        while (end < input.length && isWordByte(input[end])) {
            end++;
        }
        byte[] word = end > start ? Arrays.copyOfRange(input, start, end) : "${".getBytes(StandardCharsets.UTF_8);
        int[] lengths = {256, 1_000, 4_000, 10_000, 60_000, 200_000};
        int target = lengths[random.nextInt(lengths.length)];
        byte[] grown = new byte[target];
        for (int i = 0; i < target; i++) {
            grown[i] = word[i % word.length];
        }
        return concat(Arrays.copyOfRange(input, 0, start), grown, Arrays.copyOfRange(input, end, input.length));
    }

    private static boolean isWordByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == ':' || b == '$' || b == '{';
    }

    enum Edit { SWAP, DUPLICATE, INDENT, DEDENT }

    private static byte[] lines(byte[] input, Random random, Edit edit) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(input, StandardCharsets.ISO_8859_1).split("\n", -1)));
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        switch (edit) {
            case SWAP -> {
                String line = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, line);
            }
            case DUPLICATE -> lines.add(b, lines.get(a));
            case INDENT -> lines.set(a, " ".repeat(1 + random.nextInt(4)) + lines.get(a));
            case DEDENT -> lines.set(a, lines.get(a).replaceFirst("^ {1,4}", ""));
        }
        // ISO-8859-1 maps bytes to chars one to one, so invalid UTF-8 survives the round trip
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private void writeAndReadReports(Path file, List<Finding> findings) throws Exception {
        ValidationRequest request = new ValidationRequest(dir, file, false, Set.of(), FailOn.ERROR, dir.resolve("reports"), "fuzz");
        ValidationResult result = new ValidationResult(request, List.of(file), findings, RuleCatalog.of(Rules.all(), findings), List.of());
        Files.createDirectories(request.reportDirectory());
        SarifReport.write(result, request.reportDirectory().resolve("validate.sarif"));
        JUnitReport.write(result, request.reportDirectory().resolve("junit.xml"));
        assertThat(ReportFiles.sarif(request.reportDirectory().resolve("validate.sarif")).path("runs").get(0).path("results"))
                .hasSize(findings.size());
        ReportFiles.junit(request.reportDirectory().resolve("junit.xml"));
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    private static String save(long seed, int iteration, Path file, byte[] input) {
        try {
            Path dir = Path.of("target", "fuzz-failures");
            Files.createDirectories(dir);
            Path saved = dir.resolve(seed + "-" + iteration + "-" + file.getFileName());
            Files.write(saved, input);
            return saved.toAbsolutePath().toString();
        } catch (IOException e) {
            return file + " (could not save: " + e + ")";
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = LinterFuzzTest.class.getResourceAsStream("/fuzz/" + name)) {
            assertThat(in).as("fuzz seed " + name).isNotNull();
            return in.readAllBytes();
        }
    }
}
