package dev.collabinfra.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.DeployRequest;
import dev.collabinfra.environment.EnvironmentOverrides;
import dev.collabinfra.lint.FailOn;
import dev.collabinfra.lint.ValidationRequest;
import dev.collabinfra.lint.ValidationResult;
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
 * Issue 15 §1 wired into the goals: the resolved checks of the environment chosen with
 * {@code -Denv} judge the values the deploy will send, merged from the command line, the
 * environment file and the POM by the goals' own precedence. The endpoint is a closed port, so a
 * goal that gets past validation and the offline checks ends with "Cannot connect to S3".
 */
class ResolvedWithOverridesTest {

    static final String MAIN = """
            AWSTemplateFormatVersion: '2010-09-09'
            Parameters:
              Suffix:
                Type: String
                Default: assets
              Token:
                Type: String
                NoEcho: true
                Default: token
            Resources:
              AssetsBucket:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: !Sub '${AWS::StackName}-${Suffix}'
              TokenBucket:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: !Sub 'shop-${Token}'
            """;

    static final String BUCKET_RULE = "AWS::S3::Bucket rejects: a bucket name takes only lower-case letters, digits, dots and hyphens";

    @TempDir
    Path dir;

    final List<String> log = new ArrayList<>();
    String closedEndpoint;

    @BeforeEach
    void writeProject() throws IOException {
        write("src/main/cloudformation/main.yaml", MAIN);
        write("src/main/cloudformation/environments/dev.yaml", "stackName: shop-dev\nregion: eu-west-1\nbucket: shop-artifacts\n");
        write("src/main/cloudformation/environments/prod.yaml", "stackName: shop-prod\nregion: eu-west-1\nbucket: shop-artifacts\n"
                + "parameters:\n  Suffix: assets\n");
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedEndpoint = "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    @Test
    void aCommandLineParameterThatBreaksTheBucketNameFailsValidateNamingTheProperty() {
        // given: prod's file gives Suffix 'assets', which makes a valid bucket name; validate passes on it
        ValidationResult asWritten = new ValidateGoal(context()).run(validation("prod", Map.of()));
        assertThat(asWritten.findings()).noneMatch(f -> f.ruleId().startsWith("E912"));
        log.clear();
        // when: the command line gives the value the deploy would send
        assertThatThrownBy(() -> new ValidateGoal(context()).run(validation("prod", Map.of("collab-infra.parameters.Suffix", "Assets"))))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("collab-infra: 1 error,");
        // then
        assertThat(errors()).containsExactly("ERROR src/main/cloudformation/main.yaml:14:19: ERROR E9120 Environment 'prod':"
                + " BucketName of AssetsBucket resolves to 'shop-prod-Assets', which " + BUCKET_RULE + ", not 'A';"
                + " from stackName at src/main/cloudformation/environments/prod.yaml:1, -Dcollab-infra.parameters.Suffix");
    }

    @Test
    void deployStopsOnTheResolvedValueBeforeAnyCall() {
        // the same -D on deploy: its validation resolves with the merged environment and stops before S3
        assertThatThrownBy(() -> deploy("prod", Map.of("collab-infra.stackName", "Shop-Prod")))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("collab-infra: 1 error,")
                .hasMessageNotContaining("Cannot connect");
        assertThat(errors()).containsExactly("ERROR src/main/cloudformation/main.yaml:14:19: ERROR E9120 Environment 'prod':"
                + " BucketName of AssetsBucket resolves to 'Shop-Prod-assets', which " + BUCKET_RULE + ", not 'S';"
                + " from -Dcollab-infra.stackName, parameters.Suffix at src/main/cloudformation/environments/prod.yaml:5");
    }

    @Test
    void aCommandLineValueThatFixesWhatTheFileBreaksLetsDeployGoOn() throws IOException {
        // given: prod's file stack name has capitals, so its bucket name breaks
        write("src/main/cloudformation/environments/prod.yaml", "stackName: Shop-Prod\nregion: eu-west-1\nbucket: shop-artifacts\n");
        assertThatThrownBy(() -> deploy("prod", Map.of())).hasMessageStartingWith("collab-infra: 1 error,");
        assertThat(errors()).containsExactly("ERROR src/main/cloudformation/main.yaml:14:19: ERROR E9120 Environment 'prod':"
                + " BucketName of AssetsBucket resolves to 'Shop-Prod-assets', which " + BUCKET_RULE + ", not 'S';"
                + " from stackName at src/main/cloudformation/environments/prod.yaml:1, the Default of parameter Suffix at"
                + " src/main/cloudformation/main.yaml:5");
        log.clear();
        // when: the command line gives the stack name the deploy will use
        assertThatThrownBy(() -> deploy("prod", Map.of("collab-infra.stackName", "shop-prod")))
                // then: validation passes, and only then is S3 called
                .hasMessageContaining("Cannot connect to S3");
        assertThat(errors()).isEmpty();
        assertThat(log).contains("INFO Validated: collab-infra: 0 errors, 6 warnings in 1 template");
    }

    @Test
    void environmentsNotChosenKeepTheirFileValues() throws IOException {
        write("src/main/cloudformation/environments/prod.yaml", "stackName: Shop-Prod\nregion: eu-west-1\nbucket: shop-artifacts\n");
        // without -Denv every file is checked as written, whatever the command line says
        // (the second error: dev and prod both name TokenBucket 'shop-token' in one account and region)
        assertThatThrownBy(() -> new ValidateGoal(context()).run(validation(null, Map.of("collab-infra.stackName", "shop-prod"))))
                .hasMessageStartingWith("collab-infra: 2 errors,");
        assertThat(errors()).filteredOn(l -> l.contains("E9120")).singleElement().asString().contains("Environment 'prod'", "'Shop-Prod-assets'",
                "from stackName at src/main/cloudformation/environments/prod.yaml:1");
        assertThat(log).contains("INFO Resolved validation judges every environment file as written: the -Dcollab-infra.* and POM"
                + " values apply to the environment chosen with -Denv, and none is chosen");
        log.clear();
        // with -Denv=dev, prod is not checked at all, and dev takes the command line's stack name
        assertThatThrownBy(() -> new ValidateGoal(context()).run(validation("dev", Map.of("collab-infra.stackName", "Shop-Dev"))))
                .hasMessageStartingWith("collab-infra: 1 error,");
        assertThat(errors()).singleElement().asString().contains("Environment 'dev'", "'Shop-Dev-assets'", "from -Dcollab-infra.stackName");
    }

    @Test
    void aPomParameterUnderTheFileFeedsTheResolvedValueAndIsNamedAsPomElement() {
        // dev's file sets no Suffix, so the POM's value is the one deployed
        EnvironmentOverrides pom = new EnvironmentOverrides(EnvironmentOverrides.POM, Map.of(), Map.of("Suffix", "Assets"), Map.of());
        assertThatThrownBy(() -> new UploadGoal(context()).run(upload("dev", Map.of(), pom))).hasMessageStartingWith("collab-infra: 1 error,");
        assertThat(errors()).containsExactly("ERROR src/main/cloudformation/main.yaml:14:19: ERROR E9120 Environment 'dev':"
                + " BucketName of AssetsBucket resolves to 'shop-dev-Assets', which " + BUCKET_RULE + ", not 'A';"
                + " from stackName at src/main/cloudformation/environments/dev.yaml:1, POM <parameters><Suffix>");
        log.clear();
        // prod's file gives Suffix itself, and the file wins over the POM
        assertThatThrownBy(() -> new UploadGoal(context()).run(upload("prod", Map.of(), pom))).hasMessageContaining("Cannot connect to S3");
        assertThat(errors()).isEmpty();
    }

    @Test
    void aNoEchoValueFromTheCommandLineStaysHidden() {
        assertThatThrownBy(() -> deploy("prod", Map.of("collab-infra.parameters.Token", "Sekr3t_Value")))
                .hasMessageStartingWith("collab-infra: 1 error,");
        assertThat(errors()).singleElement().asString()
                .contains("E9120 Environment 'prod': BucketName of TokenBucket resolves to (NoEcho value hidden)",
                        "-Dcollab-infra.parameters.Token")
                .doesNotContain("Sekr3t", "_Value");
        assertThat(log).noneMatch(line -> line.contains("Sekr3t"));
    }

    @Test
    void deployReusesValidatesResultWhenTheLevelsAreTheSame() {
        // validate and deploy in one build, both with -Denv=prod and one -D parameter; only deploy has the endpoint
        GoalContext build = context();
        Map<String, String> cli = new LinkedHashMap<>(Map.of("collab-infra.parameters.Suffix", "assets2"));
        cli.put("collab-infra.endpoint", closedEndpoint);
        Project project = project();
        new ValidateGoal(build).run(new ValidateSettings(project, sources(), "prod", FailOn.ERROR, Set.of(), false, project.outputRoot(),
                null, cli, Map.of(), ValidationRequest.DEFAULT_LINT_TIMEOUT, EnvironmentOverrides.fromProperties(EnvironmentOverrides.COMMAND_LINE, cli), null));
        // an endpoint does not change resolution, so deploy takes validate's verdict instead of validating again
        assertThatThrownBy(() -> new DeployGoal(build).run(new DeploySettings(upload("prod", Map.of("collab-infra.parameters.Suffix",
                "assets2"), EnvironmentOverrides.none(EnvironmentOverrides.POM)), new StackOptions(List.of(), 1),
                DeployRequest.Guards.strict(), DeployRequest.Mode.deploy()))).hasMessageContaining("Cannot connect to S3");
        assertThat(log).anyMatch(l -> l.startsWith("INFO collab-infra: 0 errors, 6 warnings in 1 template (validated earlier in this build by validate"));
        // another parameter value is another validation, with its reports beside the first ones
        assertThatThrownBy(() -> new DeployGoal(build).run(new DeploySettings(upload("prod", Map.of("collab-infra.parameters.Suffix",
                "Assets"), EnvironmentOverrides.none(EnvironmentOverrides.POM)), new StackOptions(List.of(), 1),
                DeployRequest.Guards.strict(), DeployRequest.Mode.deploy()))).hasMessageStartingWith("collab-infra: 1 error,");
        assertThat(dir.resolve("target/collab-infra/deploy/validate.sarif")).isRegularFile();
    }

    private List<String> errors() {
        return log.stream().filter(l -> l.startsWith("ERROR ")).toList();
    }

    private void deploy(String env, Map<String, String> commandLine) {
        new DeployGoal(context()).run(new DeploySettings(upload(env, commandLine, EnvironmentOverrides.none(EnvironmentOverrides.POM)),
                new StackOptions(List.of(), 1), DeployRequest.Guards.strict(), DeployRequest.Mode.deploy()));
    }

    /** The validate goal's settings as its Mojo makes them: the command line, no POM level. */
    private ValidateSettings validation(String env, Map<String, String> commandLine) {
        Project project = project();
        return new ValidateSettings(project, sources(), env, FailOn.ERROR, Set.of(), false, project.outputRoot(), null, commandLine,
                Map.of(), ValidationRequest.DEFAULT_LINT_TIMEOUT, EnvironmentOverrides.fromProperties(EnvironmentOverrides.COMMAND_LINE, commandLine), null);
    }

    private UploadSettings upload(String env, Map<String, String> commandLine, EnvironmentOverrides pom) {
        Map<String, String> cli = new LinkedHashMap<>(commandLine);
        cli.put("collab-infra.endpoint", closedEndpoint);
        // as the AWS Mojos make them: the validation settings without levels; UploadSettings adds the request's
        ValidateSettings validation = new ValidateSettings(project(), sources(), env, FailOn.ERROR, Set.of(), false,
                project().outputRoot(), null, cli, Map.of());
        EnvironmentRequest request = new EnvironmentRequest(project(), sources(), env, cli, pom, cli, Map.of());
        return new UploadSettings(validation, request, new AwsAccess("AKIDEXAMPLE", "secret", null, false),
                new UploadOptions(false, null, null, "abc"));
    }

    private Project project() {
        return new Project(dir, dir.resolve("target"), "shop.example", "shop", "1.0", "test");
    }

    private Sources sources() {
        Path templates = dir.resolve("src/main/cloudformation");
        return new Sources(templates, templates.resolve("main.yaml"));
    }

    private GoalContext context() {
        return GoalTestSupport.context(log);
    }

    private void write(String relative, String text) throws IOException {
        GoalTestSupport.write(dir, relative, text);
    }
}
