package dev.collabinfra.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 item 20: template directories reached through symbolic links, and link loops named as such. */
class TemplateLinksTest {

    @TempDir
    Path dir;

    private Path template(String path) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "Resources:\n  T:\n    Type: AWS::SNS::Topic\n");
    }

    @Test
    void aTemplatesDirectoryThatIsALinkIsWalked() throws IOException {
        template("real/main.yaml");
        Path link = Files.createSymbolicLink(dir.resolve("cloudformation"), dir.resolve("real"));

        assertThat(TemplateFiles.find(link)).containsExactly(link.resolve("main.yaml"));
    }

    @Test
    void aLinkedFolderOfTemplatesInsideIsWalked() throws IOException {
        template("cloudformation/main.yaml");
        template("shared/network.yaml");
        Files.createSymbolicLink(dir.resolve("cloudformation/shared"), dir.resolve("shared"));

        assertThat(TemplateFiles.find(dir.resolve("cloudformation"))).extracting(p -> dir.resolve("cloudformation").relativize(p).toString())
                .containsExactly("main.yaml", "shared/network.yaml");
    }

    @Test
    void aFileLinkLoopIsCalledALoopNotAMissingFile() throws IOException {
        template("cloudformation/main.yaml");
        Files.createSymbolicLink(dir.resolve("cloudformation/a.yaml"), dir.resolve("cloudformation/b.yaml"));
        Files.createSymbolicLink(dir.resolve("cloudformation/b.yaml"), dir.resolve("cloudformation/a.yaml"));

        assertThatThrownBy(() -> TemplateFiles.find(dir.resolve("cloudformation"))).isInstanceOf(UserException.class)
                .hasMessageContaining("a.yaml (a symbolic link loop").hasMessageNotContaining("missing file");
    }

    @Test
    void aFolderLinkLoopIsCalledALoop() throws IOException {
        template("cloudformation/main.yaml");
        Files.createSymbolicLink(dir.resolve("cloudformation/again"), dir.resolve("cloudformation"));

        assertThatThrownBy(() -> TemplateFiles.find(dir.resolve("cloudformation"))).isInstanceOf(UserException.class)
                .hasMessageContaining("again: it is a symbolic link loop");
    }
}
