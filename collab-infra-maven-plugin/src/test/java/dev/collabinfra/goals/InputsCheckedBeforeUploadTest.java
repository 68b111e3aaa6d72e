package dev.collabinfra.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.DeployRequest;
import dev.collabinfra.environment.EnvironmentOverrides;
import dev.collabinfra.lint.FailOn;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §4 and the one validation of issue 11, on the goals themselves: {@code upload},
 * {@code plan} and {@code deploy} validate exactly as {@code validate} does, and the {@code -D}
 * overrides go through the environment file's checks, offline. The endpoint is a closed port, so
 * any S3 or CloudFormation call would fail with "Cannot connect": every failure below is reached
 * before the first call.
 */
class InputsCheckedBeforeUploadTest {

    static final String MAIN = """
            AWSTemplateFormatVersion: '2010-09-09'
            Parameters:
              Size:
                Type: String
                AllowedValues: [small, large]
                Default: small
              Count:
                Type: Number
                MinValue: 1
                MaxValue: 9
                Default: 1
            Resources:
              Handle:
                Type: AWS::CloudFormation::WaitConditionHandle
            """;

    @TempDir
    Path dir;

    final List<String> log = new ArrayList<>();
    String closedEndpoint;
    FailOn failOn = FailOn.ERROR;

    @BeforeEach
    void project() throws IOException {
        write("src/main/cloudformation/main.yaml", MAIN);
        write("src/main/cloudformation/environments/dev.yaml", "stackName: shop-dev\nregion: eu-west-1\nbucket: shop-artifacts\n");
        write("src/main/cloudformation/environments/prod.yaml", "stackName: shop-prod\nregion: eu-west-1\nbucket: shop-artifacts\n");
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedEndpoint = "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    @Test
    void anAllowedValuesViolationOnTheCommandLineNamesTheProperty() {
        assertThatThrownBy(() -> deploy("dev", Map.of("collab-infra.parameters.Size", "huge"), Set.of()))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("Environment 'dev' as the command line and the POM set it is not valid, so nothing was uploaded")
                .hasMessageContaining("E9104 Parameter 'Size' value 'huge' is not one of its AllowedValues [small, large].")
                .hasMessageContaining("(value from command line (-Dcollab-infra.parameters.Size))")
                .hasMessageNotContaining("Cannot connect");
    }

    @Test
    void anUnknownParameterOnTheCommandLineGetsADidYouMean() {
        assertThatThrownBy(() -> deploy("dev", Map.of("collab-infra.parameters.Sise", "small"), Set.of()))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("E9101 Parameter 'Sise' is not declared by main.yaml; did you mean 'Size'?")
                .hasMessageContaining("-Dcollab-infra.parameters.Sise");
    }

    @Test
    void boundsTypeAndRegionOnTheCommandLineAreCheckedToo() {
        assertThatThrownBy(() -> deploy("dev", Map.of("collab-infra.parameters.Count", "12", "collab-infra.region", "us-east1"), Set.of()))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("E9106 Parameter 'Count' value 12 is above its MaxValue 9 (value from command line (-Dcollab-infra.parameters.Count))")
                .hasMessageContaining("E9109 Region 'us-east1' is not an AWS region code")
                .hasMessageContaining("-Dcollab-infra.region");
        assertThatThrownBy(() -> deploy("dev", Map.of("collab-infra.parameters.Count", "many"), Set.of()))
                .hasMessageContaining("E9103 Parameter 'Count' is of Type Number but 'many' is not a number");
    }

    @Test
    void aPomValueIsCheckedAndNamedAsPomElement() {
        EnvironmentOverrides pom = new EnvironmentOverrides(EnvironmentOverrides.POM, Map.of(), Map.of("Size", "medium"), Map.of());
        assertThatThrownBy(() -> new UploadGoal(context()).run(upload("dev", Map.of(), Set.of(), pom)))
                .hasMessageContaining("E9104 Parameter 'Size' value 'medium'")
                .hasMessageContaining("(value from POM <parameters><Size>)");
    }

    @Test
    void valuesTheCommandLineFixesPassTheCheckAndOnlyThenIsAwsCalled() {
        assertThatThrownBy(() -> deploy("dev", Map.of("collab-infra.parameters.Size", "large"), Set.of()))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("Cannot connect to S3");
        assertThat(log).contains("INFO Validated: collab-infra: 0 errors, 2 warnings in 1 template");
    }

    @Test
    void withoutEnvOneLineListsTheEnvironmentsAndHowToChoose() {
        assertThatThrownBy(() -> deploy(null, Map.of(), Set.of()))
                .isInstanceOf(UserException.class)
                .hasMessage("No environment chosen: this project has dev, prod in src/main/cloudformation/environments;"
                        + " choose one with -Denv=dev (or -Dcollab-infra.env=dev)");
    }

    @Test
    void collabInfraEnvIsAcceptedBesideEnv() {
        assertThat(EnvironmentChoice.of(null, Map.of("collab-infra.env", "prod"))).isEqualTo("prod");
        assertThat(EnvironmentChoice.of("prod", Map.of("collab-infra.env", "prod"))).isEqualTo("prod");
        assertThat(EnvironmentChoice.of(" ", Map.of())).isNull();
        assertThatThrownBy(() -> EnvironmentChoice.of("dev", Map.of("collab-infra.env", "prod")))
                .hasMessage("-Denv=dev and -Dcollab-infra.env=prod name different environments; give one of them");
    }

    @Test
    void deployRunsValidatesRulesAndStopsBeforeAnyCall() throws IOException {
        write("src/main/cloudformation/main.yaml", MAIN + "  Handle:\n    Type: AWS::CloudFormation::WaitConditionHandle\n");
        assertThatThrownBy(() -> deploy("dev", Map.of(), Set.of()))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("collab-infra: 2 errors, 2 warnings in 1 template; 2 findings reach <failOn>error</failOn>.");
        assertThat(log).anyMatch(l -> l.startsWith("ERROR src/main/cloudformation/main.yaml:") && l.contains("E0000 Duplicate key 'Handle'"));
        assertThat(dir.resolve("target/collab-infra/validate.sarif")).isRegularFile();
    }

    @Test
    void deployHonoursValidatesFailOnAndIgnoreRules() {
        // failOn=warning: the two W2001 (unused parameters) stop the deploy, as they stop validate
        failOn = FailOn.WARNING;
        assertThatThrownBy(() -> deploy("dev", Map.of(), Set.of())).hasMessageContaining("2 findings reach <failOn>warning</failOn>");
        // the same ignoreRules validate has: they pass, and the deploy goes on to S3
        assertThatThrownBy(() -> deploy("dev", Map.of(), Set.of("W2001"))).hasMessageContaining("Cannot connect to S3");
    }

    @Test
    void environmentFilesAreCheckedOnTheDeployPath() throws IOException {
        write("src/main/cloudformation/environments/dev.yaml", "stackName: shop-dev\nregion: eu-west-1\nbucket: shop-artifacts\n"
                + "parameters:\n  Size: tiny\n");
        assertThatThrownBy(() -> deploy("dev", Map.of(), Set.of())).hasMessageStartingWith("collab-infra: 1 error,");
        assertThat(log).anyMatch(l -> l.startsWith("ERROR src/main/cloudformation/environments/dev.yaml:5:") && l.contains("E9104"));
    }

    @Test
    void aParameterWithoutValueIsLeftToDeployWhichTakesTheStacksPreviousValue() throws IOException {
        write("src/main/cloudformation/main.yaml", MAIN.replace("Resources:", "  DbPassword:\n    Type: String\n    NoEcho: true\nResources:"));
        // validate fails on it: the file gives no value and there is no Default
        assertThatThrownBy(() -> new ValidateGoal(context()).run(upload("dev", Map.of(), Set.of(), EnvironmentOverrides.none(
                EnvironmentOverrides.POM)).validation())).hasMessageStartingWith("collab-infra: 1 error,");
        log.clear();
        // deploy runs the same validation, reports the same E9102, and leaves the verdict to the stack
        assertThatThrownBy(() -> deploy("dev", Map.of(), Set.of())).hasMessageContaining("Cannot connect to S3");
        assertThat(log).anyMatch(l -> l.startsWith("ERROR src/main/cloudformation/environments/dev.yaml:1:1: ERROR E9102"))
                .contains("INFO E9102 is left to deploy: a parameter without a value keeps the stack's previous one (a new stack needs every one)");
    }

    private void deploy(String env, Map<String, String> commandLine, Set<String> ignoreRules) {
        new DeployGoal(context()).run(new DeploySettings(upload(env, commandLine, ignoreRules, EnvironmentOverrides.none(EnvironmentOverrides.POM)),
                new StackOptions(List.of(), 1), DeployRequest.Guards.strict(), DeployRequest.Mode.deploy()));
    }

    private UploadSettings upload(String env, Map<String, String> commandLine, Set<String> ignoreRules, EnvironmentOverrides pom) {
        Project project = new Project(dir, dir.resolve("target"), "shop.example", "shop", "1.0", "test");
        Path templates = dir.resolve("src/main/cloudformation");
        Sources sources = new Sources(templates, templates.resolve("main.yaml"));
        Map<String, String> cli = new LinkedHashMap<>(commandLine);
        cli.put("collab-infra.endpoint", closedEndpoint);
        ValidateSettings validation = new ValidateSettings(project, sources, env, failOn, ignoreRules, false,
                project.outputRoot(), null, cli, Map.of());
        EnvironmentRequest request = new EnvironmentRequest(project, sources, env, cli, pom, cli, Map.of());
        return new UploadSettings(validation, request, new AwsAccess("AKIDEXAMPLE", "secret", null, false), new UploadOptions(false, null, null, "abc"));
    }

    private GoalContext context() {
        return GoalTestSupport.context(log);
    }

    private void write(String relative, String text) throws IOException {
        GoalTestSupport.write(dir, relative, text);
    }
}
