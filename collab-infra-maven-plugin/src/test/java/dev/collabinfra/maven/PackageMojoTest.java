package dev.collabinfra.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.lint.report.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code package} runs exactly the validation {@code validate} runs: a broken set is never bundled,
 * with validate's messages, and a later {@code validate} in the same build reuses the result
 * instead of rewriting the reports. The real Mojos, configured from the plugin descriptor.
 */
@MojoTest
class PackageMojoTest {

    static final String MAIN_WITH_NESTED = """
            AWSTemplateFormatVersion: '2010-09-09'
            Resources:
              Network:
                Type: AWS::CloudFormation::Stack
                Properties:
                  TemplateURL: stacks/network.yaml
            """;

    @TempDir
    Path projectDir;

    final RecordingLog log = new RecordingLog();

    private MavenProject project;

    /** One project for every Mojo of a test, as in one build: the validations of the build live in its context. */
    @Provides
    MavenProject project() {
        if (project == null) {
            project = new MavenProject();
            project.setGroupId("dev.collabinfra.test");
            project.setArtifactId("shop");
            project.setVersion("1.0");
            project.setFile(projectDir.resolve("pom.xml").toFile());
            project.getBuild().setDirectory(projectDir.resolve("target").toString());
            project.setArtifact(new org.apache.maven.artifact.DefaultArtifact("dev.collabinfra.test", "shop", "1.0", null, "pom", null,
                    new org.apache.maven.artifact.handler.DefaultArtifactHandler("pom")));
        }
        return project;
    }

    @BeforeEach
    void templates() throws IOException {
        write("src/main/cloudformation/main.yaml", MAIN_WITH_NESTED);
        write("src/main/cloudformation/stacks/network.yaml", ValidateMojoTest.CLEAN);
    }

    @Test
    @InjectMojo(goal = "package")
    void aCleanSetIsValidatedThenBundled(PackageMojo mojo) throws Exception {
        run(mojo);
        assertThat(log.at("INFO")).contains("collab-infra: 0 errors, 0 warnings in 2 templates", "Validated: collab-infra: 0 errors, 0 warnings in 2 templates");
        assertThat(log.at("INFO")).anyMatch(line -> line.startsWith("Packaged 2 template(s)"));
        assertThat(projectDir.resolve("target/shop-1.0-cloudformation.zip")).isRegularFile();
        assertThat(projectDir.resolve("target/collab-infra/validate.sarif")).isRegularFile();
    }

    @Test
    @InjectMojo(goal = "package")
    void aYamlErrorFailsPackageWithValidatesMessagesAndNothingIsBundled(PackageMojo mojo) throws Exception {
        write("src/main/cloudformation/stacks/network.yaml", ValidateMojoTest.DUPLICATE_KEY);
        assertThatThrownBy(() -> run(mojo)).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("collab-infra: 2 errors, 0 warnings in 2 templates; 2 findings reach <failOn>error</failOn>.")
                .hasMessageContaining("Fix them first; only a finding that is wrong for this project should be silenced, with Metadata: cfn-lint: config: ignore_checks: [ID]");
        assertThat(log.at("ERROR")).hasSize(2)
                .allMatch(line -> line.startsWith("src/main/cloudformation/stacks/network.yaml:") && line.contains("ERROR E0000 Duplicate key 'Handle'"));
        assertThat(projectDir.resolve("target/shop-1.0-cloudformation.zip")).doesNotExist();
        assertThat(projectDir.resolve("target/collab-infra/bundle")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "package")
    void aMistypedTemplateUrlFailsWithValidatesDidYouMean(PackageMojo mojo) throws Exception {
        write("src/main/cloudformation/main.yaml", MAIN_WITH_NESTED.replace("stacks/network.yaml", "stacks/netwrk.yaml"));
        assertThatThrownBy(() -> run(mojo)).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("collab-infra: 1 error, 0 warnings in 2 templates; 1 finding reach").hasMessageContaining("<failOn>error</failOn>");
        assertThat(log.at("ERROR")).anyMatch(line -> line.startsWith("src/main/cloudformation/main.yaml:6:")
                && line.contains("stacks/netwrk.yaml") && line.contains("did you mean") && line.contains("network.yaml'?"));
        assertThat(projectDir.resolve("target/shop-1.0-cloudformation.zip")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "package")
    void packageHonoursFailOnAndIgnoreRulesLikeValidate(PackageMojo mojo) throws Exception {
        write("src/main/cloudformation/stacks/warn.yaml", ValidateMojoTest.WARNINGS_ONLY);
        MojoExtension.setVariableValueToObject(mojo, "failOn", "warning");
        assertThatThrownBy(() -> run(mojo)).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("2 findings reach <failOn>warning</failOn>");
        assertThat(projectDir.resolve("target/shop-1.0-cloudformation.zip")).doesNotExist();

        MojoExtension.setVariableValueToObject(mojo, "ignoreRules", java.util.List.of("W0020,W0021"));
        run(mojo);
        assertThat(projectDir.resolve("target/shop-1.0-cloudformation.zip")).isRegularFile();
    }

    @Test
    void validateAfterPackageInTheSameBuildReusesTheResultAndLeavesTheReports(@InjectMojo(goal = "package") PackageMojo packaging,
            @InjectMojo(goal = "validate") ValidateMojo validate)
            throws Exception {
        run(packaging);
        Path sarif = projectDir.resolve("target/collab-infra/validate.sarif");
        Files.setLastModifiedTime(sarif, FileTime.fromMillis(1_000_000_000L));
        log.clear();

        validate.setLog(log);
        validate.execute();

        assertThat(log.at("INFO")).containsExactly(
                "collab-infra: 0 errors, 0 warnings in 2 templates (validated earlier in this build by package; reports: target/collab-infra)");
        assertThat(Files.getLastModifiedTime(sarif).toMillis()).isEqualTo(1_000_000_000L);
    }

    @Test
    void aLaterValidationWithOtherSettingsWritesItsOwnReports(@InjectMojo(goal = "package") PackageMojo packaging,
            @InjectMojo(goal = "validate") ValidateMojo validate) throws Exception {
        write("src/main/cloudformation/stacks/warn.yaml", ValidateMojoTest.WARNINGS_ONLY);
        run(packaging);
        MojoExtension.setVariableValueToObject(validate, "failOn", "warning");
        validate.setLog(log);

        assertThatThrownBy(validate::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("reach <failOn>warning</failOn>");

        assertThat(log.at("INFO")).anyMatch(line -> line.startsWith("package validated with other settings earlier in this build; validate"
                + " validates again and writes its reports to " + projectDir.resolve("target/collab-infra/validate")));
        // package's reports (failOn=error: the warnings pass) stay; validate's own are beside them
        assertThat(ReportFiles.sarif(projectDir.resolve("target/collab-infra/validate.sarif")).path("runs").get(0).path("results")).hasSize(2);
        assertThat(projectDir.resolve("target/collab-infra/validate/validate.sarif")).isRegularFile();
    }

    private void run(PackageMojo mojo) throws Exception {
        mojo.setLog(log);
        mojo.execute();
    }

    private void write(String relative, String text) throws IOException {
        Path file = projectDir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
