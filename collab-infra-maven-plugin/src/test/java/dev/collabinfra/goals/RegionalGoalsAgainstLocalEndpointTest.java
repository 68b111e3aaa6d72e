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
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * The goals on a multi-region environment and on a stack set, end to end against the local
 * endpoint (CloudFormation and S3 on one port) with the real SDK: a bucket per region created,
 * the bundle uploaded to each, per-region parameters, {@code outputs.<region>.json} and the
 * {@code collab-infra.output.<region>.<Key>} properties, plan files per region, status, outputs and
 * delete on every region.
 */
@ExtendWith(LocalEndpointExtension.class)
class RegionalGoalsAgainstLocalEndpointTest {

    static final String MAIN = """
            AWSTemplateFormatVersion: '2010-09-09'
            Parameters:
              Size:
                Type: String
                AllowedValues: [small, large]
                Default: small
            Resources:
              Alerts:
                Type: AWS::CloudFormation::Stack
                Properties:
                  TemplateURL: stacks/alerts.yaml
                  Parameters:
                    Size: !Ref Size
            Outputs:
              Where:
                Value: !Ref "AWS::Region"
              Size:
                Value: !Ref Size
            """;

    static final String ALERTS = """
            AWSTemplateFormatVersion: '2010-09-09'
            Parameters:
              Size:
                Type: String
            Resources:
              Topic:
                Type: AWS::SNS::Topic
                Properties:
                  TopicName: !Sub "alerts-${Size}"
            """;

    @TempDir
    Path dir;

    final Lines log = new Lines();

    @BeforeEach
    void project() throws IOException {
        write("src/main/cloudformation/main.yaml", MAIN);
        write("src/main/cloudformation/stacks/alerts.yaml", ALERTS);
        write("src/main/cloudformation/environments/global.yaml", """
                stackName: shop-global
                regions: [us-east-1, eu-west-1]
                bucket: shop-artifacts-${region}
                regionParameters:
                  eu-west-1:
                    Size: large
                operationPreferences:
                  maxConcurrentCount: 2
                """);
        write("src/main/cloudformation/environments/baseline.yaml", """
                regions: [us-east-1, eu-west-1]
                bucket: shop-artifacts-${region}
                stackSet:
                  name: shop-baseline
                  accounts: ["111111111111"]
                operationPreferences:
                  regionConcurrencyType: PARALLEL
                """);
    }

    @Test
    void deployPlanStatusOutputsAndDeleteActOnEveryRegion(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        // S3Proxy holds one region and refuses a LocationConstraint: the eu-west-1 bucket is made here, the
        // us-east-1 one by the plugin (createBucket=true, hardened as for one region).
        precreate(s3, "shop-artifacts-eu-west-1");
        DeployGoal.Result result = new DeployGoal(context()).run(deploySettings(cfn, "global", DeployRequest.Mode.deploy()));

        Path out = dir.resolve("target/collab-infra/global");
        assertThat(Files.readString(out.resolve("outputs.us-east-1.json"))).contains("\"Where\" : \"us-east-1\"", "\"Size\" : \"small\"");
        assertThat(Files.readString(out.resolve("outputs.eu-west-1.json"))).contains("\"Where\" : \"eu-west-1\"", "\"Size\" : \"large\"");
        assertThat(out.resolve("outputs.eu-west-1.properties")).content().contains("Where=eu-west-1");
        assertThat(result.outputs().properties()).containsEntry("collab-infra.output.eu-west-1.Where", "eu-west-1")
                .containsEntry("collab-infra.output.us-east-1.Size", "small");
        assertThat(out.resolve("eu-west-1/main.packaged.yaml")).content().contains("/shop-artifacts-eu-west-1/");
        assertThat(out.resolve("us-east-1/main.packaged.yaml")).content().contains("/shop-artifacts-us-east-1/");
        // A bucket per region (us-east-1's made by the plugin), and the nested template uploaded to each.
        assertThat(keys(s3, "shop-artifacts-us-east-1")).anyMatch(k -> k.startsWith("shop/") && k.endsWith(".yaml"));
        assertThat(keys(s3, "shop-artifacts-eu-west-1")).anyMatch(k -> k.startsWith("shop/") && k.endsWith(".yaml"));
        assertThat(stack(cfn, "eu-west-1")).get().satisfies(s -> assertThat(s.parameters().get(0).parameterValue()).isEqualTo("large"));
        assertThat(log.all()).anySatisfy(l -> assertThat(l).startsWith("INFO [eu-west-1] ").contains("CREATE_COMPLETE"))
                .contains("INFO   us-east-1: created (CREATE_COMPLETE)", "INFO   eu-west-1: created (CREATE_COMPLETE)");

        // plan: one plan file per region, nothing executed
        write("src/main/cloudformation/environments/global.yaml", Files.readString(dir.resolve("src/main/cloudformation/environments/global.yaml"))
                .replace("Size: large", "Size: small"));
        cfn.reset();
        DeployGoal.Result plan = new DeployGoal(context()).run(deploySettings(cfn, "global", DeployRequest.Mode.plan(false)));
        assertThat(plan.planFile()).isNotNull();
        assertThat(out.resolve("plan.eu-west-1.json")).content().contains("Modify");
        assertThat(out.resolve("plan.us-east-1.json")).isRegularFile();
        assertThat(cfn.count("ExecuteChangeSet")).isZero();

        // status and outputs of every region
        new StackGoals(context()).status(stackSettings(cfn, "global"));
        assertThat(log.all()).anySatisfy(l -> assertThat(l).startsWith("INFO [us-east-1] ").contains("shop-global"));
        Outputs outputs = new StackGoals(context()).outputs(stackSettings(cfn, "global"));
        assertThat(outputs.properties()).containsKeys("collab-infra.output.us-east-1.Where", "collab-infra.output.eu-west-1.Where");

        // -Dcollab-infra.region picks one region of the list
        cfn.reset();
        new StackGoals(context()).status(stackSettings(cfn, "global", Map.of("collab-infra.region", "eu-west-1")));
        assertThat(cfn.recordedCalls()).extracting(RecordedCall::region).containsOnly("eu-west-1");

        // a POM <region> is a default for single-region environments: it does not narrow the list
        cfn.reset();
        new StackGoals(context()).status(new StackGoalSettings(request(cfn, "global", Map.of(),
                new EnvironmentOverrides(EnvironmentOverrides.POM, Map.of("region", "eu-west-1"), Map.of(), Map.of())), access(),
                new StackOptions(List.of(), 2)));
        assertThat(cfn.recordedCalls()).extracting(RecordedCall::region).contains("us-east-1", "eu-west-1");

        // delete: the stack name as confirmation, then every region
        assertThatThrownBy(() -> new StackGoals(context()).delete(stackSettings(cfn, "global"), "yes"))
                .isInstanceOf(UserException.class).hasMessageContaining("-Dcollab-infra.confirm=shop-global");
        assertThat(stack(cfn, "us-east-1")).isPresent();
        new StackGoals(context()).delete(stackSettings(cfn, "global"), "shop-global");
        assertThat(stack(cfn, "us-east-1")).isEmpty();
        assertThat(stack(cfn, "eu-west-1")).isEmpty();
    }

    @Test
    void aStackSetEnvironmentDeploysThroughStackSetsAndDeletesInstancesThenTheSet(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        precreate(s3, "shop-artifacts-eu-west-1");
        new DeployGoal(context()).run(deploySettings(cfn, "baseline", DeployRequest.Mode.deploy()));
        assertThat(cfn.count("CreateStackSet")).isEqualTo(1);
        RecordedCall create = cfn.recordedCalls().stream().filter(c -> c.action().equals("CreateStackSet")).findFirst().orElseThrow();
        assertThat(create.region()).isEqualTo("us-east-1");
        assertThat(create.parameters()).containsKey("TemplateBody");
        assertThat(log.all()).contains("INFO   111111111111 us-east-1 CURRENT (SUCCEEDED)", "INFO   111111111111 eu-west-1 CURRENT (SUCCEEDED)");

        new StackGoals(context()).status(stackSettings(cfn, "baseline"));
        assertThat(log.all()).contains("INFO Stack set shop-baseline: 2 instance(s)");
        cfn.reset();
        new DeployGoal(context()).run(deploySettings(cfn, "baseline", DeployRequest.Mode.plan(false)));
        assertThat(log.all()).contains("INFO Plan for stack set shop-baseline (SELF_MANAGED):",
                "INFO     keep      111111111111 eu-west-1");
        assertThat(cfn.recordedCalls()).extracting(RecordedCall::action).doesNotContain("UpdateStackSet", "CreateStackInstances",
                "UpdateStackInstances");

        assertThatThrownBy(() -> new StackGoals(context()).delete(stackSettings(cfn, "baseline"), null))
                .hasMessageContaining("-Dcollab-infra.confirm=shop-baseline");
        new StackGoals(context()).delete(stackSettings(cfn, "baseline"), "shop-baseline");
        assertThat(cfn.count("DeleteStackInstances")).isEqualTo(1);
        assertThat(cfn.count("DeleteStackSet")).isEqualTo(1);
    }

    private static List<String> keys(LocalS3 s3, String bucket) {
        try (software.amazon.awssdk.services.s3.S3Client client = s3Client(s3)) {
            return client.listObjectsV2(r -> r.bucket(bucket)).contents().stream().map(o -> o.key()).toList();
        }
    }

    private static void precreate(LocalS3 s3, String bucket) {
        try (software.amazon.awssdk.services.s3.S3Client client = s3Client(s3)) {
            if (client.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
                client.createBucket(b -> b.bucket(bucket));
            }
        }
    }

    private static software.amazon.awssdk.services.s3.S3Client s3Client(LocalS3 s3) {
        return software.amazon.awssdk.services.s3.S3Client.builder()
                .endpointOverride(s3.endpoint()).forcePathStyle(true)
                .requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(software.amazon.awssdk.core.checksums.ResponseChecksumValidation.WHEN_REQUIRED)
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY)))
                .build();
    }

    private static Optional<Stack> stack(LocalCloudFormation cfn, String region) {
        try (AwsClients c = new AwsClients(new AwsSettings(region, cfn.endpoint(), null, "k", "s", null))) {
            return c.cloudFormation().describeStacks().stacks().stream().filter(s -> s.stackName().equals("shop-global")).findFirst();
        }
    }

    private DeploySettings deploySettings(LocalCloudFormation cfn, String env, DeployRequest.Mode mode) {
        return new DeploySettings(upload(cfn, env), new StackOptions(List.of(), 2), DeployRequest.Guards.strict(), mode);
    }

    private StackGoalSettings stackSettings(LocalCloudFormation cfn, String env) {
        return stackSettings(cfn, env, Map.of());
    }

    private StackGoalSettings stackSettings(LocalCloudFormation cfn, String env, Map<String, String> extra) {
        return new StackGoalSettings(request(cfn, env, extra), access(), new StackOptions(List.of(), 2));
    }

    private UploadSettings upload(LocalCloudFormation cfn, String env) {
        EnvironmentRequest request = request(cfn, env, Map.of());
        ValidateSettings validation = new ValidateSettings(request.project(), request.sources(), env, FailOn.ERROR, Set.of(), false,
                request.project().outputRoot(), null, request.commandLine(), Map.of());
        return new UploadSettings(validation, request, access(), new UploadOptions(false, null, null, "abc"));
    }

    private EnvironmentRequest request(LocalCloudFormation cfn, String env, Map<String, String> extra) {
        return request(cfn, env, extra, EnvironmentOverrides.none(EnvironmentOverrides.POM));
    }

    private EnvironmentRequest request(LocalCloudFormation cfn, String env, Map<String, String> extra, EnvironmentOverrides pom) {
        Project project = new Project(dir, dir.resolve("target"), "shop.example", "shop", "1.0", "test");
        Path templates = dir.resolve("src/main/cloudformation");
        Sources sources = new Sources(templates, templates.resolve("main.yaml"));
        Map<String, String> cli = new LinkedHashMap<>(extra);
        cli.put("collab-infra.endpoint", cfn.endpoint().toString());
        cli.put("collab-infra.createBucket", "true");
        return new EnvironmentRequest(project, sources, env, cli, pom, cli, Map.of());
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
