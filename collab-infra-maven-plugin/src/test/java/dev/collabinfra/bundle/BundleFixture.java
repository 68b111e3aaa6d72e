package dev.collabinfra.bundle;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a fixture project from test resources to a directory a test may change. */
public final class BundleFixture {

    private BundleFixture() {}

    /** Copies {@code src/test/resources/bundle/<name>} into {@code dir} and returns {@code dir}. */
    public static Path copy(String name, Path dir) throws IOException {
        Path source;
        try {
            source = Path.of(BundleFixture.class.getResource("/bundle/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path target = dir.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return dir;
    }

    /** The nested fixture's main template inside a copy. */
    public static Path main(Path copy) {
        return copy.resolve("cloudformation/main.yaml");
    }
}
