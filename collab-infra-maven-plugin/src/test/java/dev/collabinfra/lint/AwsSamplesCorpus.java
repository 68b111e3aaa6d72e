package dev.collabinfra.lint;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the tests find AWS's sample templates: only where the run names them with the system
 * property {@code corpus.dir} ({@code mvn verify -Dcorpus.dir=../shared/corpus/aws-samples}); no
 * test looks outside the repository by itself. The corpus is not copied into the repository (its
 * keepers ask for it to stay where it is), so a clone on its own skips the corpus tests, and each
 * says so on the console with the reason, as JUnit's SKIPPED does in the report.
 */
public final class AwsSamplesCorpus {

    /** The system property that names the corpus folder. */
    public static final String PROPERTY = "corpus.dir";

    private AwsSamplesCorpus() {}

    /**
     * The corpus folder, or an aborted (skipped) test that prints why.
     *
     * @param test the test's name, for the SKIPPED line
     */
    public static Path dirOrSkip(String test) {
        String property = System.getProperty(PROPERTY, "").trim();
        Path dir = property.isEmpty() ? null : Path.of(property).toAbsolutePath().normalize();
        boolean present = dir != null && Files.isDirectory(dir);
        String reason = dir == null
                ? "no corpus named (run with -D" + PROPERTY + "=<folder of the aws-samples templates>)"
                : "no corpus folder at " + dir + " (-D" + PROPERTY + ")";
        if (!present) {
            System.out.println("SKIPPED " + test + ": " + reason);
        }
        assumeTrue(present, reason);
        return dir;
    }

    /** Every template below {@code dir} ({@code *.yaml}, {@code *.yml}, {@code *.json}, {@code *.template}), sorted. */
    public static List<Path> templates(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(ya?ml|json|template)$"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
