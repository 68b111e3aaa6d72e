package dev.collabinfra.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Precedence: command line &gt; environment file &gt; POM, one test per level. */
class ResolvedEnvironmentTest {

    @TempDir
    Path templates;

    private Environment fromFile;

    private final EnvironmentOverrides pom = new EnvironmentOverrides("POM",
            Map.of("stackName", "pom-stack", "region", "us-east-2", "bucket", "pom-bucket", "prefix", "pom/",
                    "endpoint", "http://127.0.0.1:4566", "profile", "pom-profile", "createBucket", "true"),
            Map.of("DesiredCapacity", "1", "PomOnly", "p"), Map.of("Team", "pom", "Owner", "pom"));

    @BeforeEach
    void file() throws IOException {
        Files.createDirectories(templates.resolve("environments"));
        Files.writeString(templates.resolve("environments/prod.yaml"), """
                stackName: file-stack
                region: eu-west-1
                capabilities: [CAPABILITY_IAM]
                terminationProtection: true
                parameters:
                  DesiredCapacity: 4
                  FileOnly: f
                tags:
                  Team: file
                """);
        fromFile = new EnvironmentLoader(Map.of(), Map.of()).load(templates, "prod");
    }

    @Test
    void pomGivesWhatNothingElseGives() {
        ResolvedEnvironment resolved = ResolvedEnvironment.resolve(fromFile, EnvironmentOverrides.none("command line"), pom);
        Environment env = resolved.environment();
        assertThat(env.bucket()).contains("pom-bucket");
        assertThat(env.prefix()).contains("pom/");
        assertThat(env.parameters()).containsEntry("PomOnly", "p");
        assertThat(env.tags()).containsEntry("Owner", "pom");
        assertThat(resolved.endpoint()).contains("http://127.0.0.1:4566");
        assertThat(resolved.profile()).contains("pom-profile");
        assertThat(resolved.createBucket()).isTrue();
        assertThat(env.source("bucket").orElseThrow().toString()).isEqualTo("POM <bucket>");
    }

    @Test
    void environmentFileBeatsThePom() {
        Environment env = ResolvedEnvironment.resolve(fromFile, EnvironmentOverrides.none("command line"), pom).environment();
        assertThat(env.stackName()).contains("file-stack");
        assertThat(env.region()).contains("eu-west-1");
        assertThat(env.parameters()).containsEntry("DesiredCapacity", "4").containsEntry("FileOnly", "f");
        assertThat(env.tags()).containsEntry("Team", "file");
        assertThat(env.capabilities()).containsExactly("CAPABILITY_IAM");
        assertThat(env.terminationProtection()).contains(true);
        assertThat(env.source("region").orElseThrow().toString()).isEqualTo("prod.yaml:2");
        assertThat(env.source("parameters.DesiredCapacity").orElseThrow().position().line()).isEqualTo(6);
        assertThat(env.file()).contains(templates.resolve("environments/prod.yaml"));
    }

    @Test
    void commandLineBeatsTheEnvironmentFile() {
        EnvironmentOverrides commandLine = EnvironmentOverrides.fromProperties("command line", Map.of(
                "collab-infra.region", "ap-southeast-2",
                "collab-infra.stackName", "cli-stack",
                "collab-infra.parameters.DesiredCapacity", "9",
                "collab-infra.tags.Team", "cli",
                "collab-infra.profile", "cli-profile",
                "collab-infra.createBucket", "false",
                "collab-infra.skip", "true",
                "env", "prod"));
        ResolvedEnvironment resolved = ResolvedEnvironment.resolve(fromFile, commandLine, pom);
        Environment env = resolved.environment();
        assertThat(env.region()).contains("ap-southeast-2");
        assertThat(env.stackName()).contains("cli-stack");
        assertThat(env.parameters()).containsEntry("DesiredCapacity", "9").containsEntry("FileOnly", "f").containsEntry("PomOnly", "p");
        assertThat(env.tags()).containsEntry("Team", "cli").containsEntry("Owner", "pom");
        assertThat(resolved.profile()).contains("cli-profile");
        assertThat(resolved.createBucket()).isFalse();
        assertThat(env.source("parameters.DesiredCapacity").orElseThrow().toString())
                .isEqualTo("command line (-Dcollab-infra.parameters.DesiredCapacity)");
        assertThat(commandLine.settings()).doesNotContainKey("skip");
        assertThat(env.source("tags.Owner").orElseThrow().toString()).isEqualTo("POM <tags><Owner>");
    }

    @Test
    void withoutAFileTheCommandLineAndPomStillResolve() {
        Environment none = Environment.builder("adhoc").build();
        ResolvedEnvironment resolved = ResolvedEnvironment.resolve(none,
                EnvironmentOverrides.fromProperties("command line", Map.of("collab-infra.region", "us-west-1")), pom);
        assertThat(resolved.environment().region()).contains("us-west-1");
        assertThat(resolved.environment().stackName()).contains("pom-stack");
        assertThat(resolved.environment().file()).isEmpty();
    }

    @Test
    void badCreateBucketValueIsAUserError() {
        assertThatThrownBy(() -> ResolvedEnvironment.resolve(fromFile,
                EnvironmentOverrides.fromProperties("command line", Map.of("collab-infra.createBucket", "yes please")),
                pom))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("collab-infra.createBucket must be true or false, not 'yes please'");
    }
}
