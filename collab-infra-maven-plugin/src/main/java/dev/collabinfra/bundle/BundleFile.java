package dev.collabinfra.bundle;

/**
 * One file of the bundle: where it lives inside the bundle ({@code /}-separated, relative to the
 * bundle root), what it is, its bytes and their SHA-256.
 *
 * @param path path inside the bundle, e.g. {@code cloudformation/network.yaml} or {@code lambda/connect.zip}
 * @param source for code, the path it was built from (relative to the bundle root), else the path itself
 */
public record BundleFile(String path, Kind kind, byte[] bytes, String sha256, String source) {

    /** What a bundle file is; the manifest writes the lowercase name. */
    public enum Kind {
        /** A template, with its original bytes. */
        TEMPLATE,
        /** A zip this plugin built, reproducibly, from a directory or a single source file. */
        CODE_ARCHIVE,
        /** A {@code .zip} or {@code .jar} the project built, shipped as is. */
        CODE_PACKAGE;

        public String manifestName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public BundleFile(String path, Kind kind, byte[] bytes, String source) {
        this(path, kind, bytes, Sha256.hex(bytes), source);
    }

    public long size() {
        return bytes.length;
    }

    /** The extension the uploaded object gets: {@code yaml}, {@code json}, {@code zip} or {@code jar}. */
    public String extension() {
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        if (kind == Kind.TEMPLATE) {
            return ext.equals("json") ? "json" : "yaml";
        }
        return ext.equals("jar") ? "jar" : "zip";
    }
}
