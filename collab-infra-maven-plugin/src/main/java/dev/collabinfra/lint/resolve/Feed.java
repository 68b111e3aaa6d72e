package dev.collabinfra.lint.resolve;

import dev.collabinfra.template.Position;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One input a resolved value was built from: an environment setting ({@code stackName},
 * {@code parameters.EnvironmentName}), a parameter's {@code Default}, or the placeholder account
 * id. A finding names its feeds so the user sees which line of which file to change.
 *
 * @param what the setting, as the environment file names it ({@code parameters.EnvironmentName})
 * @param file the file that holds it, or null (command line, POM, placeholder)
 * @param position its line and column in {@code file}, or null
 * @param description where it came from when there is no file and {@code what} does not say ({@code NoEcho}), or null
 * @param secret true when the value comes from a NoEcho parameter and must never be shown
 */
public record Feed(String what, Path file, Position position, String description, boolean secret) {

    /** At most this many feeds are kept per value; a message naming more would not help. */
    static final int MAX = 6;

    /** A setting read from a line of a file. */
    public static Feed at(String what, Path file, Position position) {
        return new Feed(what, file, position, null, false);
    }

    /** A setting given without a line (command line, POM, a placeholder). */
    public static Feed named(String what, String description) {
        return new Feed(what, null, null, description, false);
    }

    /** The same feed, marked as a NoEcho value. */
    public Feed asSecret() {
        return new Feed(what, file, position, description, true);
    }

    /** {@code parameters.EnvironmentName at environments/prod.yaml:9}, paths relative to {@code base}. */
    public String describe(Path base) {
        if (file == null) {
            return description == null ? what : what + " (" + description + ")";
        }
        Path shown = file;
        if (base != null && file.isAbsolute() && file.startsWith(base)) {
            shown = base.relativize(file);
        }
        return what + " at " + shown.toString().replace('\\', '/') + ":" + position.line();
    }

    /** Both lists in order, without repeats, capped at {@link #MAX}. */
    static List<Feed> union(List<Feed> a, List<Feed> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        List<Feed> out = new ArrayList<>(a);
        for (Feed feed : b) {
            if (out.size() >= MAX) {
                break;
            }
            if (!out.contains(feed)) {
                out.add(feed);
            }
        }
        return List.copyOf(out);
    }
}
