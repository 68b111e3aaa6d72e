package dev.collabinfra.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.collabinfra.lint.report.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Runs the real {@link ValidateMojo}, configured by the testing harness from the generated plugin
 * descriptor (so defaults, property names and POM configuration are the ones users get), against a
 * project in a temporary directory.
 */
@MojoTest
class ValidateMojoTest {

    static final String CLEAN = """
            AWSTemplateFormatVersion: '2010-09-09'
            Description: Nothing but a handle
            Resources:
              Handle:
                Type: AWS::CloudFormation::WaitConditionHandle
            """;

    static final String DUPLICATE_KEY = """
            Resources:
              Handle:
                Type: AWS::CloudFormation::WaitConditionHandle
              Handle:
                Type: AWS::CloudFormation::WaitConditionHandle
            """;

    static final String WARNINGS_ONLY = """
            Resources:
              Handle:
                Type: AWS::CloudFormation::WaitConditionHandle
                Metadata:
                  Enabled: yes
                  Code: 0755
            """;

    @TempDir
    Path projectDir;

    final RecordingLog log = new RecordingLog();

    /** A real project in the temporary directory, so ${project.basedir} and ${project.build.directory} resolve as in a build. */
    @Provides
    MavenProject project() {
        MavenProject project = new MavenProject();
        project.setFile(projectDir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(projectDir.resolve("target").toString());
        return project;
    }

    @BeforeEach
    void templates() throws IOException {
        write("src/main/cloudformation/main.yaml", CLEAN);
    }

    @Test
    @InjectMojo(goal = "validate")
    void aCleanProjectPassesAndWritesBothReports(ValidateMojo mojo) throws Exception {
        // when
        run(mojo);
        // then
        assertThat(log.at("INFO")).contains("collab-infra: 0 errors, 0 warnings in 1 template", "Reports: target/collab-infra");
        assertThat(log.at("ERROR")).isEmpty();
        JsonNode sarif = ReportFiles.sarif(projectDir.resolve("target/collab-infra/validate.sarif"));
        assertThat(sarif.path("runs").get(0).path("results")).isEmpty();
        Element suite = ReportFiles.junit(projectDir.resolve("target/collab-infra/TEST-collab-infra-validate.xml")).getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("1");
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
    }

    @Test
    @InjectMojo(goal = "validate")
    void errorsAreLoggedWithFileLineAndRuleAndFailTheBuildWithTheFix(ValidateMojo mojo) throws Exception {
        // given
        write("src/main/cloudformation/nested/bad.yaml", DUPLICATE_KEY);
        // when / then
        assertThatThrownBy(() -> run(mojo))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("collab-infra: 2 errors, 0 warnings in 2 templates; 2 findings reach <failOn>error</failOn>.")
                .hasMessageContaining("Fix them first; only a finding that is wrong for this project should be silenced, with Metadata: cfn-lint: config: ignore_checks: [ID]")
                .hasMessageContaining("<ignoreRules> (-Dcollab-infra.ignoreRules=ID)");
        assertThat(log.at("ERROR")).hasSize(2).allMatch(line -> line.startsWith("src/main/cloudformation/nested/bad.yaml:"));
        assertThat(log.at("ERROR").get(0)).startsWith("src/main/cloudformation/nested/bad.yaml:2:3: ERROR E0000 Duplicate key 'Handle'");
        assertThat(log.at("ERROR").get(1)).startsWith("src/main/cloudformation/nested/bad.yaml:4:3: ERROR E0000 Duplicate key 'Handle'");
        // the reports are written before the build fails, so CI can still show them
        JsonNode results = ReportFiles.sarif(projectDir.resolve("target/collab-infra/validate.sarif")).path("runs").get(0).path("results");
        assertThat(results).hasSize(2);
    }

    @Test
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "failOn", value = "none")
    void failOnNoneOnlyReports(ValidateMojo mojo) throws Exception {
        write("src/main/cloudformation/bad.yaml", DUPLICATE_KEY);
        run(mojo);
        assertThat(log.at("ERROR")).hasSize(2);
        assertThat(log.at("INFO")).contains("collab-infra: 2 errors, 0 warnings in 2 templates");
    }

    @Test
    @InjectMojo(goal = "validate")
    void warningsAreLoggedAsWarningsAndDoNotFailByDefault(ValidateMojo mojo) throws Exception {
        write("src/main/cloudformation/warn.yaml", WARNINGS_ONLY);
        run(mojo);
        assertThat(log.at("WARNING")).extracting(line -> line.substring(0, line.indexOf(" ", line.indexOf("WARNING ") + 8)))
                .containsExactly("src/main/cloudformation/warn.yaml:5:16: WARNING W0020", "src/main/cloudformation/warn.yaml:6:13: WARNING W0021");
        assertThat(log.at("INFO")).contains("collab-infra: 0 errors, 2 warnings in 2 templates");
    }

    @Test
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "failOn", value = "WARNING")
    void failOnWarningFailsOnWarnings(ValidateMojo mojo) throws Exception {
        write("src/main/cloudformation/warn.yaml", WARNINGS_ONLY);
        assertThatThrownBy(() -> run(mojo)).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("2 findings reach <failOn>warning</failOn>");
    }

    @Test
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "failOn", value = "errors")
    void anUnknownFailOnValueNamesThePomElement(ValidateMojo mojo) {
        assertThatThrownBy(() -> run(mojo)).isInstanceOf(MojoFailureException.class)
                .hasMessage("Unknown <failOn> value 'errors' (-Dcollab-infra.failOn); use error, warning, info or none");
    }

    @Test
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "ignoreRules", value = "W0020, E0000")
    void ignoreRulesTakesACommaSeparatedList(ValidateMojo mojo) throws Exception {
        write("src/main/cloudformation/bad.yaml", DUPLICATE_KEY);
        write("src/main/cloudformation/warn.yaml", WARNINGS_ONLY);
        run(mojo);
        assertThat(log.at("ERROR")).isEmpty();
        assertThat(log.at("WARNING")).singleElement().asString().contains("W0021");
    }

    @Test
    @InjectMojo(goal = "validate", pom = "src/test/resources/unit/validate-configured/pom.xml")
    void pomConfigurationIsRead(ValidateMojo mojo) throws Exception {
        // given: the POM sets failOn=warning and ignores W0021 and E0013
        write("src/main/cloudformation/warn.yaml", WARNINGS_ONLY);
        // when / then: W0020 remains and fails the build under failOn=warning
        assertThatThrownBy(() -> run(mojo)).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("1 finding reaches <failOn>warning</failOn>. Fix it first");
        assertThat(log.at("WARNING")).singleElement().asString().contains("W0020");
    }

    @Test
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "skip", value = "true")
    void skipSkipsAndWritesNothing(ValidateMojo mojo) throws Exception {
        write("src/main/cloudformation/bad.yaml", DUPLICATE_KEY);
        run(mojo);
        assertThat(log.at("INFO")).containsExactly("collab-infra validate skipped (collab-infra.skip=true)");
        assertThat(projectDir.resolve("target/collab-infra")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "validateSkip", value = "true")
    void validateSkipSkipsAndWritesNothing(ValidateMojo mojo) throws Exception {
        write("src/main/cloudformation/bad.yaml", DUPLICATE_KEY);
        run(mojo);
        assertThat(log.at("INFO")).containsExactly("collab-infra validate skipped (collab-infra.validate.skip=true)");
        assertThat(projectDir.resolve("target/collab-infra")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "validate")
    void aMissingTemplateDirectoryIsOneLineWithoutStackTrace(ValidateMojo mojo) throws Exception {
        // given
        MojoExtension.setVariableValueToObject(mojo, "templates", projectDir.resolve("infra").toFile());
        // when / then
        assertThatThrownBy(() -> run(mojo)).isInstanceOf(MojoFailureException.class)
                .hasMessage("No template directory or file at " + projectDir.resolve("infra")
                        + "; create it or point <templates> (-Dcollab-infra.templates=...) at your templates");
    }

    @Test
    @InjectMojo(goal = "validate")
    void anEmptyDirectoryFailsUnlessAllowEmpty(ValidateMojo mojo) throws Exception {
        // given
        Files.delete(projectDir.resolve("src/main/cloudformation/main.yaml"));
        // when / then
        assertThatThrownBy(() -> run(mojo)).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("No templates (*.yaml, *.yml, *.json, *.template) found in");
        MojoExtension.setVariableValueToObject(mojo, "allowEmpty", true);
        run(mojo);
        assertThat(log.at("WARNING")).anyMatch(line -> line.startsWith("No templates found in"));
        assertThat(log.at("INFO")).contains("collab-infra: 0 errors, 0 warnings in 0 templates");
    }

    @Test
    @InjectMojo(goal = "validate")
    void aSingleTemplateFileCanBeNamed(ValidateMojo mojo) throws Exception {
        // given
        write("elsewhere/only.yaml", DUPLICATE_KEY);
        MojoExtension.setVariableValueToObject(mojo, "templates", projectDir.resolve("elsewhere/only.yaml").toFile());
        // when / then
        assertThatThrownBy(() -> run(mojo)).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("collab-infra: 2 errors, 0 warnings in 1 template;");
        assertThat(log.at("ERROR")).allMatch(line -> line.startsWith("elsewhere/only.yaml:"));
    }

    @Test
    @InjectMojo(goal = "validate")
    void withoutAPomTheStandInProjectsUnresolvedBuildDirectoryStillLandsUnderTheBaseDirectory(ValidateMojo mojo) throws Exception {
        // given: what Maven 3.8 passes when there is no pom (its stand-in project's build directory is not interpolated)
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory",
                projectDir.resolve("${project.basedir}/target/collab-infra").toFile());
        // when
        run(mojo);
        // then
        assertThat(projectDir.resolve("target/collab-infra/validate.sarif")).isRegularFile();
        assertThat(projectDir.resolve("${project.basedir}")).doesNotExist();
        assertThat(log.at("INFO")).contains("Reports: target/collab-infra");
    }

    @Test
    @InjectMojo(goal = "validate")
    void theDescriptorDeclaresTheDocumentedDefaults(ValidateMojo mojo) throws Exception {
        assertThat((Object) MojoExtension.getVariableValueFromObject(mojo, "failOn")).isEqualTo("error");
        assertThat(MojoExtension.getVariableValueFromObject(mojo, "templates").toString())
                .isEqualTo(projectDir.resolve("src/main/cloudformation").toString());
        assertThat(MojoExtension.getVariableValueFromObject(mojo, "outputDirectory").toString())
                .isEqualTo(projectDir.resolve("target/collab-infra").toString());
        assertThat((Object) MojoExtension.getVariableValueFromObject(mojo, "allowEmpty")).isEqualTo(false);
    }

    private void run(ValidateMojo mojo) throws Exception {
        mojo.setLog(log);
        mojo.execute();
    }

    private void write(String relative, String text) throws IOException {
        Path file = projectDir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
