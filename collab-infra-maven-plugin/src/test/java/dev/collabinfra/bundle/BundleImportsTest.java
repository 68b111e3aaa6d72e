package dev.collabinfra.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundle core stays free of Maven and of the AWS SDK, so deploy and tests use it as is. */
class BundleImportsTest {

    @Test
    void bundlePackageImportsNeitherMavenNorTheSdk() throws IOException {
        Path sources = Path.of("src/main/java/dev/collabinfra/bundle");
        List<String> offending;
        try (Stream<Path> files = Files.list(sources)) {
            offending = files.flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream()
                            .filter(l -> l.startsWith("import org.apache.maven") || l.startsWith("import software.amazon"))
                            .map(l -> f.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(sources).isDirectory();
        assertThat(offending).isEmpty();
    }
}
