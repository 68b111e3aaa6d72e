package dev.collabinfra.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.collabinfra.core.UserException;
import dev.collabinfra.template.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentLoaderTest {

    @TempDir
    Path templates;

    private final EnvironmentLoader loader = new EnvironmentLoader(
            Map.of("project.version", "2.0.1", "team", "platform"), Map.of("DEPLOY_BUCKET", "artifacts-123", "EMPTY", ""));

    private Path write(String name, String text) throws IOException {
        Path dir = Files.createDirectories(templates.resolve("environments"));
        return Files.writeString(dir.resolve(name + ".yaml"), text);
    }

    @Test
    void readsEverySettingWithItsLine() throws IOException {
        write("prod", """
                stackName: collab-prod
                region: eu-west-1
                bucket: ${env.DEPLOY_BUCKET}
                prefix: releases/${project.version}
                roleArn: arn:aws:iam::123456789012:role/deployer
                terminationProtection: true
                capabilities: [CAPABILITY_IAM]
                notificationArns:
                  - arn:aws:sns:eu-west-1:123456789012:alerts
                rollbackTriggers:
                  - arn: arn:aws:cloudwatch:eu-west-1:123456789012:alarm:errors
                rollbackMonitoringMinutes: 15
                parameters:
                  DesiredCapacity: 3
                  Enabled: true
                  Ratio: 0.5
                  Zero: 010
                  Subnets: [subnet-1, subnet-2]
                  Empty:
                  Literal: "$${NotInterpolated}"
                tags:
                  Team: ${team}
                  Cost: "$${x}"
                """);
        Environment env = loader.load(templates, "prod");
        assertThat(env.name()).isEqualTo("prod");
        assertThat(env.stackName()).contains("collab-prod");
        assertThat(env.region()).contains("eu-west-1");
        assertThat(env.bucket()).contains("artifacts-123");
        assertThat(env.prefix()).contains("releases/2.0.1");
        assertThat(env.roleArn()).contains("arn:aws:iam::123456789012:role/deployer");
        assertThat(env.terminationProtection()).contains(true);
        assertThat(env.capabilities()).containsExactly("CAPABILITY_IAM");
        assertThat(env.notificationArns()).containsExactly("arn:aws:sns:eu-west-1:123456789012:alerts");
        assertThat(env.rollbackTriggers()).containsExactly(new Environment.RollbackTrigger(
                "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:errors", "AWS::CloudWatch::Alarm"));
        assertThat(env.rollbackMonitoringMinutes()).contains(15);
        // numbers and booleans become the strings CloudFormation sees (YAML 1.1: 010 is octal 8); lists join with commas
        assertThat(env.parameters()).containsExactly(
                Map.entry("DesiredCapacity", "3"), Map.entry("Enabled", "true"), Map.entry("Ratio", "0.5"),
                Map.entry("Zero", "8"), Map.entry("Subnets", "subnet-1,subnet-2"), Map.entry("Empty", ""),
                Map.entry("Literal", "${NotInterpolated}"));
        assertThat(env.tags()).containsExactly(Map.entry("Team", "platform"), Map.entry("Cost", "${x}"));
        assertThat(env.source("region").orElseThrow().position()).isEqualTo(new Position(2, 9));
        assertThat(env.source("parameters.Subnets").orElseThrow().position().line()).isEqualTo(18);
        assertThat(env.source("tags.Team").orElseThrow().toString()).isEqualTo("prod.yaml:22");
        assertThat(env.warnings()).extracting(w -> w.ruleId()).contains("W0021"); // the octal 010
    }

    @Test
    void emptyFileIsAnEnvironmentWithNoSettings() throws IOException {
        write("dev", "# everything from the POM and the template defaults\n");
        Environment env = loader.load(templates, "dev");
        assertThat(env.parameters()).isEmpty();
        assertThat(env.region()).isEmpty();
    }

    @Test
    void listsTheKnownEnvironmentsSorted() throws IOException {
        write("staging", "region: us-east-1\n");
        write("dev", "region: us-west-2\n");
        Files.writeString(templates.resolve("environments/notes.txt"), "not an environment");
        assertThat(EnvironmentLoader.list(templates)).containsExactly("dev", "staging");
        assertThat(EnvironmentLoader.list(templates.resolve("missing"))).isEmpty();
    }

    @Test
    void unknownEnvironmentListsTheKnownOnes() throws IOException {
        write("staging", "region: us-east-1\n");
        assertThatThrownBy(() -> loader.load(templates, "stagin"))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("Environment 'stagin' is unknown")
                .hasMessageContaining("stagin.yaml")
                .hasMessageContaining("Did you mean 'staging'?")
                .hasMessageContaining("Known environments: staging.");
    }

    @Test
    void unknownKeysWrongShapesAndUndefinedVariablesAreAllReportedWithLines() throws IOException {
        Path file = write("qa", """
                stackname: collab-qa
                region: ${env.AWS_REGION}
                bucket: ${deploy.bucket}
                prefix: ${unclosed
                parameters: [a, b]
                tags:
                  Team: {name: x}
                terminationProtection: maybe
                capabilities:
                region2: x
                """);
        EnvironmentException e = catchThrowableOfType(() -> loader.load(file), EnvironmentException.class);
        assertThat(e.file()).isEqualTo(file);
        List<String> problems = e.problems().stream().map(p -> p.position().line() + ": " + p.message()).toList();
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("1: Unknown key 'stackname'").contains("did you mean 'stackName'?"))
                .anySatisfy(p -> assertThat(p).startsWith("2: Environment variable 'AWS_REGION'").contains("is not set", "export AWS_REGION"))
                .anySatisfy(p -> assertThat(p).startsWith("3: Property 'deploy.bucket'").contains("-Ddeploy.bucket=VALUE", "<properties>"))
                .anySatisfy(p -> assertThat(p).startsWith("4: '${unclosed' has no closing '}'"))
                .anySatisfy(p -> assertThat(p).startsWith("5: parameters must be a mapping"))
                .anySatisfy(p -> assertThat(p).startsWith("7: tags.Team must be a single value, not a mapping"))
                .anySatisfy(p -> assertThat(p).startsWith("8: terminationProtection must be true or false, not 'maybe'"))
                .anySatisfy(p -> assertThat(p).startsWith("10: Unknown key 'region2'"));
        assertThat(e.getMessage()).contains("qa.yaml cannot be used", file + ":1:1: Unknown key 'stackname'");
    }

    @Test
    void yamlMistakesNameTheLine() throws IOException {
        Path file = write("bad", """
                region: us-east-1
                parameters:
                  A: 1
                   B: 2
                """);
        EnvironmentException e = catchThrowableOfType(() -> loader.load(file), EnvironmentException.class);
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).position().line()).isEqualTo(4);
        assertThat(e.problems().get(0).message()).contains("YAML syntax error");
    }

    @Test
    void duplicateKeysAndNonMappingFilesAreRejected() throws IOException {
        Path duplicate = write("dup", "region: us-east-1\nregion: us-west-2\n");
        EnvironmentException e = catchThrowableOfType(() -> loader.load(duplicate), EnvironmentException.class);
        assertThat(e.problems()).extracting(p -> p.position().line()).containsExactlyInAnyOrder(1, 2);
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).contains("Duplicate key 'region'"));

        Path list = write("list", "- region: us-east-1\n");
        EnvironmentException notMap = catchThrowableOfType(() -> loader.load(list), EnvironmentException.class);
        assertThat(notMap.problems().get(0).message()).startsWith("An environment file must be a mapping of settings (stackName, region");
    }

    @Test
    void cloudFormationFunctionsAreNotEvaluated() throws IOException {
        Path file = write("fn", "parameters:\n  Vpc: !ImportValue shared-vpc\n");
        EnvironmentException e = catchThrowableOfType(() -> loader.load(file), EnvironmentException.class);
        assertThat(e.problems().get(0).position().line()).isEqualTo(2);
        assertThat(e.problems().get(0).message()).contains("parameters.Vpc", "CloudFormation function", "not evaluated");
    }

    @Test
    void aYmlFileIsPointedOutAndPathsAreNotNames() throws IOException {
        write("dev", "region: us-west-2\n");
        Files.writeString(templates.resolve("environments/prod.yml"), "region: us-east-1\n");
        assertThatThrownBy(() -> loader.load(templates, "prod"))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("There is a prod.yml: rename it to prod.yaml.")
                .hasMessageContaining("Known environments: dev.");
        assertThatThrownBy(() -> loader.load(templates, "../main"))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("Environment name '../main' is not valid");
    }
}
