package dev.collabinfra.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCommitTest {

    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";
    private static final String OTHER = "89abcdef0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void readsALooseBranchRefFromASubdirectory() throws IOException {
        Files.createDirectories(dir.resolve(".git/refs/heads"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(dir.resolve(".git/refs/heads/main"), SHA + "\n");
        Files.createDirectories(dir.resolve("module/src"));

        assertThat(GitCommit.of(dir.resolve("module/src"))).contains(SHA);
    }

    @Test
    void readsPackedRefsAndFollowsAWorktreeGitFile() throws IOException {
        Path common = dir.resolve("repo/.git");
        Path worktreeGitDir = common.resolve("worktrees/feature");
        Files.createDirectories(worktreeGitDir);
        Files.writeString(worktreeGitDir.resolve("HEAD"), "ref: refs/heads/feature\n");
        Files.writeString(worktreeGitDir.resolve("commondir"), "../..\n");
        Files.writeString(common.resolve("packed-refs"), "# pack-refs with: peeled\n" + SHA + " refs/heads/main\n"
                + OTHER + " refs/heads/feature\n");
        Path worktree = Files.createDirectories(dir.resolve("wt"));
        Files.writeString(worktree.resolve(".git"), "gitdir: " + worktreeGitDir + "\n");

        assertThat(GitCommit.of(worktree)).contains(OTHER);
    }

    @Test
    void detachedHeadIsTheCommitItselfAndNoRepositoryIsEmpty() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("detached/.git"));
        Files.writeString(repo.resolve("HEAD"), SHA + "\n");

        assertThat(GitCommit.of(dir.resolve("detached"))).contains(SHA);
        assertThat(GitCommit.of(Files.createDirectories(dir.resolve("plain")))).satisfiesAnyOf(
                c -> assertThat(c).isEmpty(),
                // The temp directory may itself sit inside a repository on a developer's machine.
                c -> assertThat(c.get()).matches("[0-9a-f]{40}"));
    }
}
