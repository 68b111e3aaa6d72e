package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.collabinfra.core.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateFilesTest {

    @TempDir
    Path dir;

    @Test
    void findsEveryTemplateExtensionRecursivelyInPathOrder() throws IOException {
        // given
        touch("main.yaml", "nested/db.yml", "nested/deeper/app.json", "legacy.template", "README.md", "notes.txt", "yaml");
        // when
        List<Path> found = TemplateFiles.find(dir);
        // then
        assertThat(found).extracting(p -> dir.relativize(p).toString())
                .containsExactly("legacy.template", "main.yaml", "nested/db.yml", "nested/deeper/app.json");
        assertThat(found).allMatch(Path::isAbsolute);
    }

    @Test
    void skipsTheEnvironmentsFolderAndHiddenFilesButNotANestedFolderOfThatName() throws IOException {
        // given
        touch("main.yaml", "environments/prod.yaml", ".cfnlintrc.yaml", ".cache/x.yaml", "stacks/environments/kept.yaml");
        // when
        List<Path> found = TemplateFiles.find(dir);
        // then
        assertThat(found).extracting(p -> dir.relativize(p).toString())
                .containsExactly("main.yaml", "stacks/environments/kept.yaml");
    }

    @Test
    void aSingleFileIsTakenWhateverItsName() throws IOException {
        // given
        touch("stack.cfn");
        // when / then
        assertThat(TemplateFiles.find(dir.resolve("stack.cfn"))).containsExactly(dir.resolve("stack.cfn"));
    }

    @Test
    void aDirectoryWithoutTemplatesGivesAnEmptyList() throws IOException {
        touch("README.md");
        assertThat(TemplateFiles.find(dir)).isEmpty();
    }

    @Test
    void aMissingPathIsOneClearLineWithTheFix() {
        Path missing = dir.resolve("src/main/cloudformation");
        assertThatThrownBy(() -> TemplateFiles.find(missing))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("No template directory or file at " + missing)
                .hasMessageContaining("-Dcollab-infra.templates=")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aBrokenLinkIsReportedAsUnreadable() throws IOException {
        // given
        touch("main.yaml");
        Files.createSymbolicLink(dir.resolve("gone.yaml"), dir.resolve("nowhere.yaml"));
        // when / then
        assertThatThrownBy(() -> TemplateFiles.find(dir))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("Cannot read template " + dir.resolve("gone.yaml"))
                .hasMessageContaining("symbolic link to a missing file");
    }

    @Test
    void aFileWithoutReadPermissionIsReported() throws IOException {
        // given
        touch("secret.yaml");
        Path file = dir.resolve("secret.yaml");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        boolean stillReadable = Files.isReadable(file);
        if (stillReadable) {
            System.out.println("SKIPPED TemplateFilesTest.aFileWithoutReadPermissionIsReported: running as root, "
                    + "who may read any file; the broken-link test covers the same message");
        }
        assumeTrue(!stillReadable, "running as root: permissions do not stop reading");
        // when / then
        assertThatThrownBy(() -> TemplateFiles.find(dir))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("Cannot read template " + file)
                .hasMessageContaining("not readable");
    }

    private void touch(String... names) throws IOException {
        for (String name : names) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "Resources: {}\n");
        }
    }
}
