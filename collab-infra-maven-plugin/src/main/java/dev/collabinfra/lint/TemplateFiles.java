package dev.collabinfra.lint;

import dev.collabinfra.core.UserException;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
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
            // Links are followed: a templates directory that is itself a link, or holds a linked folder of
            // templates, is validated like any other; a link loop is reported as one.
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
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
                    if (e instanceof FileSystemLoopException) {
                        throw new UserException("Cannot list templates in " + file + ": it is a symbolic link loop (it links"
                                + " back to a folder that contains it); remove or fix the link");
                    }
                    if (isLinkLoop(file)) {
                        if (!isTemplateName(file) || isHidden(file)) {
                            return FileVisitResult.CONTINUE;
                        }
                        throw new UserException("Cannot read template " + file + ": it is a symbolic link loop (the links"
                                + " lead back to themselves); fix the link or remove it from the template directory");
                    }
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
            String why = isLinkLoop(file) ? "a symbolic link loop (the links lead back to themselves)"
                    : Files.isSymbolicLink(file) && !Files.exists(file) ? "a symbolic link to a missing file" : "not readable";
            throw new UserException("Cannot read template " + file + " (" + why
                    + "); fix the file's permissions or link, or remove it from the template directory");
        }
    }

    /** True when following {@code file}'s links never ends (a -> b -> a); a missing target is not a loop. */
    private static boolean isLinkLoop(Path file) {
        if (!Files.isSymbolicLink(file)) {
            return false;
        }
        Path at = file;
        for (int hops = 0; hops < 64; hops++) {
            try {
                Path next = Files.readSymbolicLink(at);
                at = at.resolveSibling(next);
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
            if (!Files.isSymbolicLink(at)) {
                return false;
            }
        }
        return true;
    }

    static String describe(IOException e) {
        String type = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? type : type + ": " + e.getMessage();
    }
}
