package dev.collabinfra.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for what a path-valued property ({@code TemplateURL}, {@code Code},
 * {@code CodeUri}, {@code Content}) written as a plain string means, shared by {@code validate}
 * and {@code package} so the two never disagree:
 *
 * <ul>
 *   <li>{@code https://...}, {@code s3://...} (any {@code scheme://} but {@code file://}): already
 *       uploaded, left alone;
 *   <li>{@code file://...}: neither; CloudFormation cannot fetch it and packaging does not read it,
 *       so it is a mistake with a fix (write the path relative to the template);
 *   <li>anything else: a local path, relative to the template's directory, which must not contain
 *       a backslash or a control character and must stay inside the project (or a directory the
 *       user listed).
 * </ul>
 */
public final class LocalPaths {

    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://.*", Pattern.DOTALL);

    private LocalPaths() {}

    /**
     * True for a {@code scheme://} value other than {@code file://}, or a dynamic reference
     * ({@code {{resolve:ssm:...}}}, which CloudFormation replaces): deployable as written.
     */
    public static boolean isUrl(String value) {
        String text = value.strip();
        return text.length() < 64 * 1024 && (URL.matcher(text).matches() && !isFileUrl(text) || text.startsWith("{{resolve:"));
    }

    /** True for {@code file://...}, which is neither a URL CloudFormation reads nor a local path. */
    public static boolean isFileUrl(String value) {
        return value.strip().toLowerCase(Locale.ROOT).startsWith("file:");
    }

    /**
     * What is wrong with a local path as written, or empty when it can be resolved: a
     * {@code file://} URL, a backslash (a folder separator on Windows but part of a file name
     * elsewhere, so {@code ..\..\x} escapes on one and not on the other), a control character
     * such as NUL, or a name the file system cannot hold.
     */
    public static Optional<String> problem(String value) {
        if (isFileUrl(value)) {
            return Optional.of("is a file:// URL, which CloudFormation cannot fetch and packaging does not read;"
                    + " write the path relative to the template (e.g. 'network.yaml') or use an https:// or s3:// URL");
        }
        if (value.indexOf('\\') >= 0) {
            return Optional.of("contains a backslash; write local paths with '/' (a backslash is a folder separator"
                    + " on Windows and part of the file name elsewhere)");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return Optional.of("contains a control character (U+" + String.format("%04X", (int) value.charAt(i))
                        + "); remove it");
            }
        }
        try {
            Path.of(value);
        } catch (InvalidPathException e) {
            return Optional.of("is not a valid path (" + e.getReason() + "); fix it");
        }
        return Optional.empty();
    }

    /** {@code value} resolved against {@code directory}, absolute and normalized. */
    public static Path resolve(Path directory, String value) {
        return directory.resolve(value.strip()).toAbsolutePath().normalize();
    }

    /**
     * Whether {@code path} lies inside {@code root} or one of {@code allowed}, both as written
     * ({@code ..} removed) and after following symbolic links, so a link out of the project counts
     * as outside.
     */
    public static boolean inside(Path path, Path root, List<Path> allowed) {
        Path normalized = path.toAbsolutePath().normalize();
        Optional<Path> real = realPath(normalized);
        for (Path base : concat(root, allowed)) {
            Path b = base.toAbsolutePath().normalize();
            Path realBase = realPath(b).orElse(b);
            boolean written = normalized.startsWith(b);
            boolean followed = real.map(r -> r.startsWith(realBase)).orElse(true);
            if (written && followed) {
                return true;
            }
        }
        return false;
    }

    /** The path with every symbolic link followed, or empty when it does not exist. */
    public static Optional<Path> realPath(Path path) {
        try {
            return Files.exists(path) ? Optional.of(path.toRealPath()) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static List<Path> concat(Path root, List<Path> allowed) {
        java.util.ArrayList<Path> all = new java.util.ArrayList<>();
        all.add(root);
        all.addAll(allowed);
        return all;
    }
}
