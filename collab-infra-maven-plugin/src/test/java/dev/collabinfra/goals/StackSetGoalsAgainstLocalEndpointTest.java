package dev.collabinfra.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.aws.AwsSettings;
import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.DeployRequest;
import dev.collabinfra.deploy.regions.Lines;
import dev.collabinfra.environment.EnvironmentOverrides;
import dev.collabinfra.lint.FailOn;
import dev.collabinfra.testendpoint.LocalCloudFormation;
import dev.collabinfra.testendpoint.LocalEndpointExtension;
import dev.collabinfra.testendpoint.LocalS3;
import dev.collabinfra.testendpoint.RecordedCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * {@code plan}, {@code deploy} and {@code outputs} of a stack set environment with per-region
 * parameter overrides, end to end against the local endpoint with the real SDK: the plan before
 * the set exists and after the overrides change (NoEcho masked, nothing changed by it), the
 * overrides sent as ParameterOverrides and reaching the instance stacks, changed and removed
 * overrides applied with UpdateStackInstances, and each instance's outputs written per account
 * and region, the instance of another account named as unreadable with these credentials.
 */
@ExtendWith(LocalEndpointExtension.class)
class StackSetGoalsAgainstLocalEndpointTest {

    /** The local endpoint's own account: its instance stacks can be read with the run's credentials. */
    static final String OWN = "123456789012";
    static final String OTHER = "111111111111";
    static final String SECRET = "s3cr3t-token-value";

    static final String MAIN = """
            AWSTemplateFormatVersion: '2010-09-09'
            Parameters:
              Size:
                Type: String
                AllowedValues: [small, large]
              Token:
                Type: String
                NoEcho: true
            Resources:
              Topic:
                Type: AWS::SNS::Topic
                Properties:
                  TopicName: !Sub "alerts-${Size}"
            Outputs:
              Where:
                Value: !Ref "AWS::Region"
              Size:
                Value: !Ref Size
            """;

    static final String ENV = """
            regions: [us-east-1, eu-west-1]
            bucket: shop-artifacts-${region}
            parameters:
              Size: small
              Token: %s
            %s
            stackSet:
              name: shop-baseline
              accounts: ["%s", "%s"]
            operationPreferences:
              regionConcurrencyType: PARALLEL
              maxConcurrentCount: 2
              failureToleranceCount: 1
            """;

    @TempDir
    Path dir;

    final Lines log = new Lines();

    @BeforeEach
    void project() throws IOException {
        write("src/main/cloudformation/main.yaml", MAIN);
        environment("regionParameters:\n  eu-west-1:\n    Size: large");
    }

    @Test
    void planDeployAndOutputsWithPerRegionOverrides(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        precreate(s3, "shop-artifacts-eu-west-1");

        // plan before the set exists: what would be created, nothing is
        new DeployGoal(context()).run(deploySettings(cfn, DeployRequest.Mode.plan(false)));
        assertThat(log.all()).contains("INFO Plan for stack set shop-baseline (SELF_MANAGED):", "INFO   Stack set: create",
                "INFO     Size: small (new)", "INFO     Token: **** (NoEcho, sent again)",
                "INFO     add       " + OWN + " eu-west-1  overrides Size=large", "INFO     add       " + OTHER + " us-east-1");
        assertThat(log.all()).anySatisfy(l -> assertThat(l).contains("4 instance(s) to add, 0 with new parameter overrides"));
        assertThat(cfn.recordedCalls()).extracting(RecordedCall::action).doesNotContain("CreateStackSet", "UpdateStackSet",
                "CreateStackInstances");

        // deploy: eu-west-1's instances get Size=large as a ParameterOverride; us-east-1's the set's value
        new DeployGoal(context()).run(deploySettings(cfn, DeployRequest.Mode.deploy()));
        List<RecordedCall> creates = calls(cfn, "CreateStackInstances");
        assertThat(creates).hasSize(2);
        assertThat(creates).anySatisfy(c -> assertThat(c.parameters()).containsEntry("Regions.member.1", "eu-west-1")
                .containsEntry("ParameterOverrides.member.1.ParameterKey", "Size")
                .containsEntry("ParameterOverrides.member.1.ParameterValue", "large"));
        assertThat(creates).anySatisfy(c -> assertThat(c.parameters()).containsEntry("Regions.member.1", "us-east-1")
                .doesNotContainKey("ParameterOverrides.member.1.ParameterKey"));
        assertThat(sizes(cfn, "eu-west-1")).containsOnly("large");
        assertThat(sizes(cfn, "us-east-1")).containsOnly("small");

        // outputs: per account and region; the other account's stacks are out of reach of these credentials
        Outputs outputs = new StackGoals(context()).outputs(stackSettings(cfn));
        Path out = dir.resolve("target/collab-infra/baseline");
        assertThat(out.resolve(OWN + "/outputs.eu-west-1.json")).content().contains("\"Size\" : \"large\"", "\"Where\" : \"eu-west-1\"");
        assertThat(out.resolve(OWN + "/outputs.us-east-1.json")).content().contains("\"Size\" : \"small\"");
        assertThat(out.resolve(OTHER)).doesNotExist();
        assertThat(outputs.properties()).containsEntry("collab-infra.output." + OWN + ".eu-west-1.Size", "large")
                .containsEntry("collab-infra.output." + OWN + ".us-east-1.Where", "us-east-1").hasSize(4);
        assertThat(log.all()).anySatisfy(l -> assertThat(l).startsWith("WARN [eu-west-1] account " + OTHER + ": outputs not read: ")
                .contains("does not exist for these credentials").contains("arn:aws:iam::" + OTHER + ":role/"));
        assertThat(log.all()).contains("INFO Outputs of stack set shop-baseline: 2 of 4 instance(s) read, written to "
                + out.resolve("<account>/outputs.<region>.json") + "; Maven properties collab-infra.output.<account>.<region>.<Key> are set.");

        // the overrides move from eu-west-1 to us-east-1: plan shows it, deploy applies it with UpdateStackInstances
        environment("regionParameters:\n  us-east-1:\n    Size: large");
        cfn.reset();
        new DeployGoal(context()).run(deploySettings(cfn, DeployRequest.Mode.plan(false)));
        assertThat(log.all()).contains("INFO   Stack set: no change to the template or the parameter values",
                "INFO     update    " + OWN + " eu-west-1  overrides Size=large -> none (the stack set's values)",
                "INFO     update    " + OTHER + " us-east-1  overrides none -> Size=large");
        assertThat(cfn.recordedCalls()).extracting(RecordedCall::action).doesNotContain("UpdateStackSet", "UpdateStackInstances");

        new DeployGoal(context()).run(deploySettings(cfn, DeployRequest.Mode.deploy()));
        List<RecordedCall> updates = calls(cfn, "UpdateStackInstances");
        assertThat(updates).hasSize(2);
        // eu-west-1: an empty list, which sets the overrides back to the stack set's value
        assertThat(updates).anySatisfy(c -> assertThat(c.parameters()).containsEntry("Regions.member.1", "eu-west-1")
                .containsEntry("ParameterOverrides", "").doesNotContainKey("ParameterOverrides.member.1.ParameterKey"));
        assertThat(sizes(cfn, "eu-west-1")).containsOnly("small");
        assertThat(sizes(cfn, "us-east-1")).containsOnly("large");
        assertThat(log.text()).doesNotContain(SECRET);
    }

    @Test
    void anOverrideOfAParameterTheStackSetDoesNotSpecifyIsRefusedWithItsLine(LocalCloudFormation cfn) throws IOException {
        write("src/main/cloudformation/main.yaml", MAIN.replace("AllowedValues: [small, large]", "AllowedValues: [small, large]\n"
                + "  Color:\n    Type: String\n    Default: blue"));
        environment("regionParameters:\n  eu-west-1:\n    Color: red");
        assertThatThrownBy(() -> new DeployGoal(context()).run(deploySettings(cfn, DeployRequest.Mode.plan(false))))
                .isInstanceOf(UserException.class);
        assertThat(log.text()).contains("baseline.yaml:8:").contains("E9114")
                .contains("Parameter 'Color' in regionParameters.eu-west-1 becomes a ParameterOverride");
        assertThat(cfn.recordedCalls()).isEmpty();
    }

    private static List<RecordedCall> calls(LocalCloudFormation cfn, String action) {
        return cfn.recordedCalls().stream().filter(c -> c.action().equals(action) && c.succeeded()).toList();
    }

    /** The Size parameter of every instance stack in the region (both accounts). */
    private static Set<String> sizes(LocalCloudFormation cfn, String region) {
        try (AwsClients c = new AwsClients(new AwsSettings(region, cfn.endpoint(), null, "k", "s", null))) {
            List<Stack> stacks = c.cloudFormation().describeStacks().stacks().stream()
                    .filter(s -> s.stackName().startsWith("StackSet-shop-baseline-")).toList();
            assertThat(stacks).hasSize(2);
            return stacks.stream().flatMap(s -> s.parameters().stream()).filter(p -> p.parameterKey().equals("Size"))
                    .map(p -> p.parameterValue()).collect(Collectors.toSet());
        }
    }

    private void environment(String regionParameters) throws IOException {
        write("src/main/cloudformation/environments/baseline.yaml", ENV.formatted(SECRET, regionParameters, OWN, OTHER));
    }

    private static void precreate(LocalS3 s3, String bucket) {
        try (software.amazon.awssdk.services.s3.S3Client client = software.amazon.awssdk.services.s3.S3Client.builder()
                .endpointOverride(s3.endpoint()).forcePathStyle(true)
                .requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(software.amazon.awssdk.core.checksums.ResponseChecksumValidation.WHEN_REQUIRED)
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY)))
                .build()) {
            if (client.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
                client.createBucket(b -> b.bucket(bucket));
            }
        }
    }

    private DeploySettings deploySettings(LocalCloudFormation cfn, DeployRequest.Mode mode) {
        EnvironmentRequest request = request(cfn);
        ValidateSettings validation = new ValidateSettings(request.project(), request.sources(), "baseline", FailOn.ERROR, Set.of(), false,
                request.project().outputRoot(), null, request.commandLine(), Map.of());
        UploadSettings upload = new UploadSettings(validation, request, access(), new UploadOptions(false, null, null, "abc"));
        return new DeploySettings(upload, new StackOptions(List.of(), 2), DeployRequest.Guards.strict(), mode);
    }

    private StackGoalSettings stackSettings(LocalCloudFormation cfn) {
        return new StackGoalSettings(request(cfn), access(), new StackOptions(List.of(), 2));
    }

    private EnvironmentRequest request(LocalCloudFormation cfn) {
        Project project = new Project(dir, dir.resolve("target"), "shop.example", "shop", "1.0", "test");
        Path templates = dir.resolve("src/main/cloudformation");
        Sources sources = new Sources(templates, templates.resolve("main.yaml"));
        Map<String, String> cli = new LinkedHashMap<>();
        cli.put("collab-infra.endpoint", cfn.endpoint().toString());
        cli.put("collab-infra.createBucket", "true");
        return new EnvironmentRequest(project, sources, "baseline", cli, EnvironmentOverrides.none(EnvironmentOverrides.POM), cli, Map.of());
    }

    private static AwsAccess access() {
        return new AwsAccess(LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY, null, false);
    }

    private GoalContext context() {
        return new GoalContext(log, true, ValidationRecord.inMemory());
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
