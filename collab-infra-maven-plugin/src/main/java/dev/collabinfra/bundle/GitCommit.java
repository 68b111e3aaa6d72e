package dev.collabinfra.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commit a working tree is at, read from {@code .git} directly (no git binary, no library):
 * {@code HEAD}, then the loose ref or {@code packed-refs}; a worktree's {@code .git} file is
 * followed to its git directory and {@code commondir}. Anything unexpected gives empty: the commit
 * is only a label on uploaded objects.
 */
public final class GitCommit {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

    private GitCommit() {}

    /** The commit of the repository that holds {@code dir}, searching upwards. */
    public static Optional<String> of(Path dir) {
        try {
            for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
                Path git = p.resolve(".git");
                if (Files.isDirectory(git)) {
                    return read(git, git);
                }
                if (Files.isRegularFile(git)) {
                    String line = Files.readString(git).strip();
                    if (!line.startsWith("gitdir:")) {
                        return Optional.empty();
                    }
                    Path gitDir = p.resolve(line.substring("gitdir:".length()).strip()).normalize();
                    Path commonFile = gitDir.resolve("commondir");
                    Path common = Files.isRegularFile(commonFile)
                            ? gitDir.resolve(Files.readString(commonFile).strip()).normalize() : gitDir;
                    return read(gitDir, common);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> read(Path gitDir, Path common) throws IOException {
        String head = Files.readString(gitDir.resolve("HEAD")).strip();
        if (SHA.matcher(head).matches()) {
            return Optional.of(head);
        }
        if (!head.startsWith("ref:")) {
            return Optional.empty();
        }
        String ref = head.substring(4).strip();
        for (Path base : new Path[] {gitDir, common}) {
            Path loose = base.resolve(ref);
            if (Files.isRegularFile(loose)) {
                String sha = Files.readString(loose).strip();
                return SHA.matcher(sha).matches() ? Optional.of(sha) : Optional.empty();
            }
        }
        Path packed = common.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed)) {
                String[] parts = line.split(" ");
                if (parts.length == 2 && parts[1].equals(ref) && SHA.matcher(parts[0]).matches()) {
                    return Optional.of(parts[0]);
                }
            }
        }
        return Optional.empty();
    }
}
