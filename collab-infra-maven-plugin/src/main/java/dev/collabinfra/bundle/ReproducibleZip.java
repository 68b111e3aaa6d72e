package dev.collabinfra.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips files so that the same content always gives the same bytes, and so the same hash and S3
 * key: entries sorted by their {@code /}-separated path, every time set to 2000-01-01 00:00 as a
 * local date-time so the time zone plays no part, no extra fields, no directory entries and no
 * permission bits (java.util.zip records none, so every file unpacks with the reader's defaults).
 */
public final class ReproducibleZip {

    /**
     * Not the DOS epoch 1980-01-01 00:00: java.util.zip takes exactly that value for "before 1980"
     * and then adds an extended-timestamp extra field holding the machine's time zone offset.
     */
    static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private ReproducibleZip() {}

    /** Zips every regular file under {@code dir}, named by its path relative to {@code dir}. */
    public static byte[] zipDirectory(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        List<Path> sorted = files.stream().sorted((a, b) -> name(dir, a).compareTo(name(dir, b))).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path file : sorted) {
                add(zip, name(dir, file), Files.readAllBytes(file));
            }
        }
        return bytes.toByteArray();
    }

    /** Zips a single file under its own name (Lambda code given as one source file). */
    public static byte[] zipFile(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            add(zip, file.getFileName().toString(), Files.readAllBytes(file));
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        try {
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
