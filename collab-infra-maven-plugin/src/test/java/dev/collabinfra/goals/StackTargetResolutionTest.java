package dev.collabinfra.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.StackSettings;
import dev.collabinfra.environment.EnvironmentOverrides;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a stack goal merges its three levels: command line over environment file over POM. */
class StackTargetResolutionTest {

    private static final GoalContext CONTEXT = new GoalContext(ProgressListener.silent(), true, ValidationRecord.inMemory());

    private static EnvironmentRequest request(Path dir, String env, Map<String, String> commandLine) {
        Project project = new Project(dir, dir.resolve("target"), "shop.example", "shop", "2.3.4", "test");
        Path templates = dir.resolve("src/main/cloudformation");
        Map<String, String> pom = new LinkedHashMap<>(Map.of("stackName", "pom-stack", "region", "us-east-1"));
        // Maven injects -D values into the fields with a property; the test does what Maven does.
        if (commandLine.containsKey("collab-infra.region")) {
            pom.put("region", commandLine.get("collab-infra.region"));
        }
        return new EnvironmentRequest(project, new Sources(templates, templates.resolve("main.yaml")), env, commandLine,
                new EnvironmentOverrides(EnvironmentOverrides.POM, pom, Map.of("FromFile", "pom", "FromCli", "pom", "OnlyPom", "pom"),
                        Map.of("Team", "pom")),
                Map.of("project.version", "2.3.4"), Map.of());
    }

    private static StackSettings target(EnvironmentRequest request) {
        try (AwsSession session = AwsSession.open(CONTEXT, request, AwsAccess.defaults(), null)) {
            return session.stack(new StackOptions(List.of("CAPABILITY_AUTO_EXPAND"), 60));
        }
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
        Map<String, String> cli = Map.of("collab-infra.parameters.FromCli", "cli", "collab-infra.tags.Owner", "cli",
                "collab-infra.region", "eu-west-1");

        EnvironmentRequest request = request(dir, "prod", cli);
        StackSettings target = target(request);

        assertThat(target.stackName()).isEqualTo("shop-prod");
        assertThat(target.parameters()).containsExactlyInAnyOrderEntriesOf(
                Map.of("FromFile", "file", "FromCli", "cli", "OnlyPom", "pom", "Version", "2.3.4"));
        assertThat(target.tags()).containsExactlyInAnyOrderEntriesOf(Map.of("Team", "file", "Owner", "cli"));
        assertThat(target.capabilities()).containsExactly("CAPABILITY_IAM", "CAPABILITY_AUTO_EXPAND");
        assertThat(target.terminationProtection()).isTrue();
        try (AwsSession session = AwsSession.open(CONTEXT, request, AwsAccess.defaults(), null)) {
            assertThat(session.clients().region()).isEqualTo("eu-west-1");
        }
        assertThat(request.project().environmentDirectory("prod")).isEqualTo(dir.resolve("target/collab-infra/prod"));
    }

    @Test
    void anUnknownEnvironmentListsTheKnownOnes(@TempDir Path dir) throws Exception {
        environment(dir, "prod", "stackName: shop-prod\n");
        environment(dir, "staging", "stackName: shop-staging\n");

        assertThatThrownBy(() -> target(request(dir, "prd", Map.of())))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("Environment 'prd' is unknown")
                .hasMessageContaining("Did you mean 'prod'?")
                .hasMessageContaining("Known environments: prod, staging.");
    }

    @Test
    void withoutEnvironmentFilesThePomAndCommandLineAreEnough(@TempDir Path dir) {
        StackSettings target = target(request(dir, "it", Map.of("collab-infra.parameters.Extra", "cli")));

        assertThat(target.stackName()).isEqualTo("pom-stack");
        assertThat(target.parameters()).containsEntry("Extra", "cli").containsEntry("OnlyPom", "pom");
        assertThat(target.terminationProtection()).isNull();
    }
}
