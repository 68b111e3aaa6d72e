package dev.collabinfra.lint;

import dev.collabinfra.core.UserException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the templates to validate: every {@code *.yaml}, {@code *.yml}, {@code *.json} and
 * {@code *.template} below a directory, or one named file.
 *
 * <p>Skipped on purpose: the {@code environments/} folder directly under the template directory
 * (it holds per-environment settings, not templates) and hidden files and folders (editor and
 * tool files such as {@code .cfnlintrc.yaml}).
 */
public final class TemplateFiles {

    /** File name endings that mark a template. */
    public static final Set<String> EXTENSIONS = Set.of(".yaml", ".yml", ".json", ".template");

    /** The folder under the template directory that holds environment files, not templates. */
    public static final String ENVIRONMENTS_DIR = "environments";

    private TemplateFiles() {}

    /**
     * The templates at {@code input}, sorted by path; absolute and normalized. Empty when a
     * directory holds none.
     *
     * @throws UserException when {@code input} does not exist or a template cannot be read
     */
    public static List<Path> find(Path input) {
        Path root = input.toAbsolutePath().normalize();
        if (!Files.exists(root)) {
            throw new UserException("No template directory or file at " + root
                    + "; create it or point <templates> (-Dcollab-infra.templates=...) at your templates");
        }
        if (!Files.isDirectory(root)) {
            requireReadable(root);
            return List.of(root);
        }
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    boolean environments = dir.getParent().equals(root) && dir.getFileName().toString().equals(ENVIRONMENTS_DIR);
                    return environments || isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isDirectory() && !isHidden(file) && isTemplateName(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    throw new UserException("Cannot read " + file + " (" + describe(e)
                            + "); check that the build user may read it");
                }
            });
        } catch (IOException e) {
            throw new UserException("Cannot list templates in " + root + " (" + describe(e) + ")", e);
        }
        found.sort(Comparator.comparing(Path::toString));
        for (Path file : found) {
            requireReadable(file);
        }
        return List.copyOf(found);
    }

    /** True when the file name ends in one of the template {@link #EXTENSIONS}. */
    public static boolean isTemplateName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String extension : EXTENSIONS) {
            if (name.endsWith(extension) && name.length() > extension.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private static void requireReadable(Path file) {
        if (!Files.isReadable(file)) {
            String why = Files.isSymbolicLink(file) && !Files.exists(file) ? "a symbolic link to a missing file" : "not readable";
            throw new UserException("Cannot read template " + file + " (" + why
                    + "); fix the file's permissions or link, or remove it from the template directory");
        }
    }

    static String describe(IOException e) {
        String type = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? type : type + ": " + e.getMessage();
    }
}
