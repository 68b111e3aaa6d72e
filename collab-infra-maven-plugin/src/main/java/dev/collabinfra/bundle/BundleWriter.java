package dev.collabinfra.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.collabinfra.core.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a bundle to disk: the templates with their original bytes and layout, the code archives,
 * a {@code manifest.json} (each file's SHA-256, size and kind, and the nesting tree), and one
 * reproducible zip of all of it, the artifact {@code mvn deploy} publishes.
 */
public final class BundleWriter {

    public static final String MANIFEST = "manifest.json";

    private BundleWriter() {}

    /** Replaces {@code bundleDir} with the bundle and writes {@code zipFile} from it. */
    public static void write(Bundle bundle, Path bundleDir, Path zipFile) throws IOException {
        deleteRecursively(bundleDir);
        Path root = bundleDir.toAbsolutePath().normalize();
        for (BundleFile file : bundle.files().values()) {
            Path target = root.resolve(file.path()).normalize();
            if (!target.startsWith(root) || target.equals(root) || file.path().indexOf('\\') >= 0) {
                throw new UserException("Refusing to write bundle file '" + file.path() + "' (from " + file.source()
                        + "): it would land outside " + root + "; rename the file so its name holds no '..' or backslash");
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.bytes());
        }
        Files.createDirectories(bundleDir);
        Files.write(bundleDir.resolve(MANIFEST), manifest(bundle));
        Files.createDirectories(zipFile.toAbsolutePath().getParent());
        Files.write(zipFile, ReproducibleZip.zipDirectory(bundleDir));
    }

    /** The manifest: files sorted by path, then the tree from the main template. */
    public static byte[] manifest(Bundle bundle) {
        return Json.write(BundleResolver.MAX_NESTING_DEPTH * 4 + 16, json -> {
            json.writeStartObject();
            json.writeNumberField("manifestVersion", 1);
            json.writeStringField("main", bundle.main());
            json.writeArrayFieldStart("files");
            for (BundleFile file : bundle.files().values()) {
                json.writeStartObject();
                json.writeStringField("path", file.path());
                json.writeStringField("kind", file.kind().manifestName());
                json.writeStringField("sha256", file.sha256());
                json.writeNumberField("size", file.size());
                if (!file.source().equals(file.path())) {
                    json.writeStringField("source", file.source());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeFieldName("tree");
            tree(json, bundle, bundle.main(), new java.util.HashSet<>());
            json.writeEndObject();
        });
    }

    /**
     * One template and its references. A template named again (forty stacks sharing one child) is
     * written in full the first time only, later as its path and hash, so the manifest grows with
     * the number of files, not with the number of paths through the tree.
     */
    private static void tree(JsonGenerator json, Bundle bundle, String path, java.util.Set<String> written) throws IOException {
        json.writeStartObject();
        json.writeStringField("path", path);
        json.writeStringField("sha256", bundle.file(path).sha256());
        BundleTemplate template = bundle.template(path);
        boolean first = written.add(path);
        if (template != null && !template.references().isEmpty() && !first) {
            json.writeBooleanField("referencesAbove", true);
        } else if (template != null && !template.references().isEmpty()) {
            json.writeArrayFieldStart("references");
            for (BundleReference ref : template.references()) {
                json.writeStartObject();
                json.writeStringField("resource", ref.logicalId());
                json.writeStringField("type", ref.kind().resourceType());
                json.writeStringField("property", ref.kind().property());
                json.writeNumberField("line", ref.node().position().line());
                json.writeStringField("value", ref.node().value());
                json.writeFieldName("target");
                tree(json, bundle, ref.target(), written);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
