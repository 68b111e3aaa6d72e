package dev.collabinfra.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The environment model and the rules stay core: no Maven, no AWS SDK, no process environment. */
class PackageBoundaryTest {

    @Test
    void environmentAndRulesImportNeitherMavenNorTheSdkNorReadTheProcessEnvironment() throws IOException {
        Path main = Path.of("src/main/java/dev/collabinfra");
        List<Path> sources;
        try (Stream<Path> a = Files.walk(main.resolve("environment")); Stream<Path> b = Files.walk(main.resolve("lint/rules"))) {
            sources = Stream.concat(a, b).filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(20);
        for (Path source : sources) {
            String text = Files.readString(source);
            assertThat(text).as(source.toString()).doesNotContain("import org.apache.maven", "import software.amazon",
                    "System.getenv", "System.getProperty", "System.out", "dev.collabinfra.maven");
        }
    }
}
