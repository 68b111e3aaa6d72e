package dev.collabinfra.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.UserException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a stack goal merges its three levels: command line over environment file over POM. */
class StackTargetResolutionTest {

    @SuppressWarnings("deprecation")
    private static DeployMojo mojo(Path dir, String env, Properties commandLine) {
        DeployMojo mojo = new DeployMojo();
        MavenProject project = new MavenProject();
        project.setVersion("2.3.4");
        project.setArtifactId("shop");
        project.setFile(dir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(dir.resolve("target").toString());
        mojo.project = project;
        mojo.session = new MavenSession(null, null, new DefaultMavenExecutionRequest().setUserProperties(commandLine), null);
        mojo.templates = dir.resolve("src/main/cloudformation").toFile();
        mojo.mainTemplate = new File(mojo.templates, "main.yaml");
        mojo.env = env;
        mojo.stackName = "pom-stack";
        mojo.region = "us-east-1";
        mojo.parameters = Map.of("FromFile", "pom", "FromCli", "pom", "OnlyPom", "pom");
        mojo.tags = Map.of("Team", "pom");
        mojo.capabilities = List.of("CAPABILITY_AUTO_EXPAND");
        return mojo;
    }

    private static void environment(Path dir, String name, String yaml) throws Exception {
        Path file = dir.resolve("src/main/cloudformation/environments/" + name + ".yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
    }

    @Test
    void commandLineWinsOverTheEnvironmentFileWhichWinsOverThePom(@TempDir Path dir) throws Exception {
        environment(dir, "prod", """
                stackName: shop-prod
                region: eu-central-1
                capabilities: [CAPABILITY_IAM]
                terminationProtection: true
                parameters:
                  FromFile: file
                  FromCli: file
                  Version: ${project.version}
                tags:
                  Team: file
                """);
        Properties cli = new Properties();
        cli.setProperty("collab-infra.parameters.FromCli", "cli");
        cli.setProperty("collab-infra.tags.Owner", "cli");
        cli.setProperty("collab-infra.region", "eu-west-1");

        DeployMojo mojo = mojo(dir, "prod", cli);
        // Maven injects -D values into the fields with a property; the test does what Maven does.
        mojo.region = "eu-west-1";
        StackTarget target = mojo.target();

        assertThat(target.stackName()).isEqualTo("shop-prod");
        assertThat(target.parameters()).containsExactlyInAnyOrderEntriesOf(
                Map.of("FromFile", "file", "FromCli", "cli", "OnlyPom", "pom", "Version", "2.3.4"));
        assertThat(target.tags()).containsExactlyInAnyOrderEntriesOf(Map.of("Team", "file", "Owner", "cli"));
        assertThat(target.capabilities()).containsExactly("CAPABILITY_IAM", "CAPABILITY_AUTO_EXPAND");
        assertThat(target.terminationProtection()).isTrue();
        assertThat(mojo.awsSettings().region()).isEqualTo("eu-west-1");
        assertThat(mojo.environmentDirectory()).isEqualTo(new File(dir.toFile(), "target/collab-infra/prod"));
    }

    @Test
    void anUnknownEnvironmentListsTheKnownOnes(@TempDir Path dir) throws Exception {
        environment(dir, "prod", "stackName: shop-prod\n");
        environment(dir, "staging", "stackName: shop-staging\n");

        assertThatThrownBy(() -> mojo(dir, "prd", new Properties()).target())
                .isInstanceOf(UserException.class)
                .hasMessageContaining("Environment 'prd' is unknown")
                .hasMessageContaining("Did you mean 'prod'?")
                .hasMessageContaining("Known environments: prod, staging.");
    }

    @Test
    void withoutEnvironmentFilesThePomAndCommandLineAreEnough(@TempDir Path dir) {
        Properties cli = new Properties();
        cli.setProperty("collab-infra.parameters.Extra", "cli");

        StackTarget target = mojo(dir, "it", cli).target();

        assertThat(target.stackName()).isEqualTo("pom-stack");
        assertThat(target.parameters()).containsEntry("Extra", "cli").containsEntry("OnlyPom", "pom");
        assertThat(target.terminationProtection()).isNull();
    }
}
