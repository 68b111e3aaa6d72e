package dev.collabinfra.environment;

import dev.collabinfra.template.Position;
import java.nio.file.Path;

/**
 * Where a setting came from: a line of an environment file, or a named place without a line (the
 * command line, the POM). Findings and error messages point there so the user edits the right spot.
 *
 * @param file the environment file, or null for the command line and the POM
 * @param position the 1-based line and column in {@code file}, or null
 * @param description how to name the place when there is no file ({@code -Dcollab-infra.region})
 */
public record Source(Path file, Position position, String description) {

    /** A value read from a line of an environment file. */
    public static Source at(Path file, Position position) {
        return new Source(file, position, null);
    }

    /** A value given somewhere without lines, such as the command line or the POM. */
    public static Source named(String description) {
        return new Source(null, null, description);
    }

    /** {@code prod.yaml:12} for file values, the description otherwise. */
    @Override
    public String toString() {
        if (file == null) {
            return description;
        }
        return file.getFileName() + ":" + position.line();
    }
}
