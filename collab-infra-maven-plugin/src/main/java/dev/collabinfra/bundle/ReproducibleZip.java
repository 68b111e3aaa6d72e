package dev.collabinfra.bundle;

import dev.collabinfra.core.UserException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    /**
     * A code archive and what was left out of it.
     *
     * @param bytes the zip
     * @param skipped each entry left out, with why ({@code link -> /etc/passwd (a symbolic link leaving the code directory)})
     */
    public record CodeArchive(byte[] bytes, List<String> skipped) {}

    /**
     * Zips a Lambda code directory. Symbolic links are followed only while they stay inside
     * {@code dir} (a link to {@code /etc/passwd} or {@code ~/.m2/settings.xml} is left out and
     * listed), directories in {@code excluded} (the build directory) are left out, and a file or
     * folder whose name holds a backslash is refused: unzipped on Windows it would land outside
     * the function's folder.
     *
     * @throws UserException naming the file when a name holds a backslash
     */
    public static CodeArchive zipCodeDirectory(Path dir, Set<Path> excluded) throws IOException {
        Path realDir = dir.toRealPath();
        Set<Path> realExcluded = new HashSet<>();
        for (Path e : excluded) {
            realExcluded.add(Files.exists(e) ? e.toRealPath() : e.toAbsolutePath().normalize());
        }
        Map<String, Path> files = new TreeMap<>();
        List<String> skipped = new ArrayList<>();
        Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (d.equals(dir)) {
                    return FileVisitResult.CONTINUE;
                }
                String name = checkedName(dir, d);
                Path real = d.toRealPath();
                if (!real.startsWith(realDir)) {
                    skipped.add(name + "/ -> " + real + " (a symbolic link leaving the code directory)");
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (realExcluded.contains(real)) {
                    skipped.add(name + "/ (the build directory, never packaged)");
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = checkedName(dir, file);
                if (attrs.isSymbolicLink()) {
                    skipped.add(name + " (a symbolic link to a missing file)");
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile()) {
                    skipped.add(name + " (not a regular file)");
                    return FileVisitResult.CONTINUE;
                }
                Path real = file.toRealPath();
                if (!real.startsWith(realDir)) {
                    skipped.add(name + " -> " + real + " (a symbolic link leaving the code directory)");
                } else {
                    files.put(name, file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof FileSystemLoopException) {
                    skipped.add(name(dir, file) + "/ (a symbolic link loop)");
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, Path> file : files.entrySet()) {
                add(zip, file.getKey(), Files.readAllBytes(file.getValue()));
            }
        }
        return new CodeArchive(bytes.toByteArray(), List.copyOf(skipped));
    }

    private static String checkedName(Path root, Path file) {
        String raw = root.relativize(file).toString();
        if (raw.indexOf('\\') >= 0) {
            throw new UserException("Cannot package " + file + ": its name holds a backslash, which zip readers on Windows"
                    + " take for a folder separator (the entry would unpack as '" + raw.replace('\\', '/')
                    + "', outside the function's folder); rename it");
        }
        return raw.replace(java.io.File.separatorChar, '/');
    }

    /** Zips a single file under its own name (Lambda code given as one source file). */
    public static byte[] zipFile(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            add(zip, checkedName(file.getParent(), file), Files.readAllBytes(file));
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
