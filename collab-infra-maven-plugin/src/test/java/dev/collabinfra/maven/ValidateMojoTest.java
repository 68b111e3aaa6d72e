package dev.collabinfra.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@link ValidateMojo}, configured by the testing harness from its generated descriptor. */
@MojoTest
class ValidateMojoTest {

    @TempDir
    Path projectDir;

    /** A real project in a temporary directory, so the Mojo's defaults resolve as in a build. */
    @Provides
    MavenProject project() {
        MavenProject project = new MavenProject();
        project.setFile(projectDir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(projectDir.resolve("target").toString());
        return project;
    }

    @Test
    @InjectMojo(goal = "validate")
    void cleanProjectPassesAndWritesReports(ValidateMojo mojo) throws Exception {
        // given
        write("src/main/cloudformation/main.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  H:\n    Type: AWS::CloudFormation::WaitConditionHandle\n");
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        // when
        mojo.execute();
        // then
        assertThat(log.at("INFO")).contains("collab-infra: 0 errors, 0 warnings in 1 template");
        assertThat(projectDir.resolve("target/collab-infra/validate.sarif")).isRegularFile();
    }

    private void write(String relative, String text) throws IOException {
        Path file = projectDir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
