package dev.collabinfra.deploy.stackset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.aws.AwsSettings;
import dev.collabinfra.aws.SdkStackSetGateway;
import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.Sleeper;
import dev.collabinfra.deploy.regions.Lines;
import dev.collabinfra.deploy.stackset.StackSetGateway.StackInstance;
import dev.collabinfra.environment.OperationPreferences;
import dev.collabinfra.environment.StackSetTarget;
import dev.collabinfra.testendpoint.LocalCloudFormation;
import dev.collabinfra.testendpoint.LocalEndpointExtension;
import dev.collabinfra.testendpoint.RecordedCall;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * Stack sets against the local endpoint over HTTP with the real SDK: create with instances in
 * two accounts and regions, update, add a region, one region failing (the rest cancelled), throttling
 * during the fan-out, service-managed OUs, and delete with confirmation.
 */
@ExtendWith(LocalEndpointExtension.class)
class StackSetAgainstLocalEndpointTest {

    static final Sleeper FAST = d -> Thread.sleep(Math.max(5, d.toMillis() / 20));

    static final String TEMPLATE = """
            Parameters:
              Env: {Type: String}
            Conditions:
              InEu: !Equals [!Ref "AWS::Region", eu-west-1]
            Resources:
              Topic:
                Type: AWS::SNS::Topic
                Properties:
                  TopicName: !Sub "${Env}-alerts"
              %s
            """;

    static final String EU_FAILS = """
            EuOnly:
                Type: AWS::SQS::Queue
                Condition: InEu
                Metadata:
                  LocalEndpoint:
                    FailOn: CREATE
                    Reason: "Queue quota exceeded in this region"
            """;

    private final Lines out = new Lines();
    private final AtomicInteger ids = new AtomicInteger();
    private AwsClients clients;

    @AfterEach
    void close() {
        if (clients != null) {
            clients.close();
        }
    }

    private StackSetContext context(LocalCloudFormation cfn) {
        clients = new AwsClients(new AwsSettings("us-east-1", cfn.endpoint(), null, "test-key", "test-secret", null));
        return new StackSetContext(new SdkStackSetGateway(clients.cloudFormation(), FAST, "local endpoint"), out, Clock.systemUTC(), FAST,
                () -> "run" + ids.incrementAndGet());
    }

    static StackSetTarget selfManaged(List<String> accounts) {
        return new StackSetTarget("baseline", StackSetTarget.SELF_MANAGED,
                "arn:aws:iam::123456789012:role/AWSCloudFormationStackSetAdministrationRole", "AWSCloudFormationStackSetExecutionRole",
                accounts, List.of(), false, false);
    }

    static StackSetDefinition definition(StackSetTarget target, String body, String env) {
        return new StackSetDefinition(target, "collab-infra deploy of environment baseline", body, null, Map.of("Env", env), List.of(),
                Map.of("collab-infra:environment", "baseline"));
    }

    static OperationPreferences preferences(List<String> order, Integer maxConcurrent, Integer tolerance, String concurrency) {
        return new OperationPreferences(order, maxConcurrent, null, tolerance, null, concurrency, null);
    }

    private static List<Stack> stacksIn(LocalCloudFormation cfn, String region) {
        try (AwsClients regional = new AwsClients(new AwsSettings(region, cfn.endpoint(), null, "k", "s", null))) {
            CloudFormationClient client = regional.cloudFormation();
            return client.describeStacks().stacks().stream().filter(s -> s.stackName().startsWith("StackSet-baseline-")).toList();
        }
    }

    @Test
    void createsTheSetAndAnInstancePerAccountAndRegionThenUpdatesAndAddsARegion(LocalCloudFormation cfn) throws Exception {
        StackSetDeployer deployer = new StackSetDeployer(context(cfn));
        StackSetTarget target = selfManaged(List.of("111111111111", "222222222222"));
        String body = TEMPLATE.formatted("");
        StackSetDeployer.Result created = deployer.deploy("baseline", definition(target, body, "prod"),
                new StackSetTargets(target.accounts(), List.of(), List.of("us-east-1", "eu-west-1")),
                preferences(List.of(), 2, 1, "PARALLEL"), Duration.ofMinutes(2));

        assertThat(created.created()).isTrue();
        assertThat(created.instances()).extracting(i -> i.account() + "/" + i.region() + " " + i.status())
                .containsExactlyInAnyOrder("111111111111/us-east-1 CURRENT", "222222222222/us-east-1 CURRENT",
                        "111111111111/eu-west-1 CURRENT", "222222222222/eu-west-1 CURRENT");
        assertThat(stacksIn(cfn, "us-east-1")).hasSize(2).allSatisfy(s -> assertThat(s.stackStatusAsString()).isEqualTo("CREATE_COMPLETE"));
        assertThat(stacksIn(cfn, "eu-west-1")).hasSize(2).allSatisfy(s -> assertThat(s.stackId()).contains(":eu-west-1:"));
        assertThat(out.text()).contains("[eu-west-1] account 222222222222: SUCCEEDED", "Created stack set baseline (SELF_MANAGED).");
        List<RecordedCall> creates = cfn.recordedCalls().stream().filter(c -> c.action().equals("CreateStackInstances")).toList();
        assertThat(creates).hasSize(1);
        assertThat(creates.get(0).parameters()).containsEntry("OperationPreferences.RegionConcurrencyType", "PARALLEL")
                .containsEntry("OperationPreferences.MaxConcurrentCount", "2").containsEntry("Accounts.member.2", "222222222222");

        cfn.reset();
        StackSetDeployer.Result updated = new StackSetDeployer(context(cfn)).deploy("baseline", definition(target, body, "staging"),
                new StackSetTargets(target.accounts(), List.of(), List.of("us-east-1", "eu-west-1", "ap-south-1")),
                preferences(List.of("ap-south-1"), 1, 0, null), Duration.ofMinutes(2));

        assertThat(updated.created()).isFalse();
        assertThat(updated.instances()).hasSize(6).allSatisfy(i -> assertThat(i.status()).isEqualTo("CURRENT"));
        assertThat(cfn.count("UpdateStackSet")).isEqualTo(1);
        List<RecordedCall> added = cfn.recordedCalls().stream().filter(c -> c.action().equals("CreateStackInstances")).toList();
        assertThat(added).hasSize(1);
        assertThat(added.get(0).parameters()).containsEntry("Regions.member.1", "ap-south-1").doesNotContainKey("Regions.member.2");
        assertThat(stacksIn(cfn, "eu-west-1")).allSatisfy(s -> assertThat(s.parameters().get(0).parameterValue()).isEqualTo("staging"));
    }

    @Test
    void oneRegionFailingStopsTheRegionsAfterItAndNamesTheReason(LocalCloudFormation cfn) throws Exception {
        StackSetDeployer deployer = new StackSetDeployer(context(cfn));
        StackSetTarget target = selfManaged(List.of("111111111111"));
        assertThatThrownBy(() -> deployer.deploy("baseline", definition(target, TEMPLATE.formatted(EU_FAILS), "prod"),
                new StackSetTargets(target.accounts(), List.of(), List.of("us-east-1", "eu-west-1", "ap-south-1")),
                preferences(List.of("us-east-1", "eu-west-1", "ap-south-1"), 1, 0, "SEQUENTIAL"), Duration.ofMinutes(2)))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("Adding instances of stack set baseline FAILED")
                .hasMessageContaining("111111111111/eu-west-1: FAILED - ResourceLogicalId:EuOnly, ResourceStatusReason:Queue quota exceeded in this region")
                .hasMessageContaining("111111111111/ap-south-1: CANCELLED");
        assertThat(out.text()).contains("ERROR [eu-west-1] account 111111111111: FAILED", "WARN [ap-south-1] account 111111111111: CANCELLED");
        List<StackInstance> instances = new SdkStackSetGateway(clients.cloudFormation(), FAST, "local").listStackInstances("baseline");
        assertThat(instances).extracting(i -> i.region() + " " + i.status() + " " + i.detailedStatus())
                .containsExactlyInAnyOrder("us-east-1 CURRENT SUCCEEDED", "eu-west-1 OUTDATED FAILED", "ap-south-1 OUTDATED PENDING");
        assertThat(stacksIn(cfn, "ap-south-1")).isEmpty();
    }

    @Test
    void withToleranceTheOtherRegionsGoOnAndTheFailureIsStillReported(LocalCloudFormation cfn) {
        StackSetDeployer deployer = new StackSetDeployer(context(cfn));
        StackSetTarget target = selfManaged(List.of("111111111111", "222222222222"));
        // Per region one account may fail; eu-west-1 has both failing, so that region exceeds it.
        assertThatThrownBy(() -> deployer.deploy("baseline", definition(target, TEMPLATE.formatted(EU_FAILS), "prod"),
                new StackSetTargets(target.accounts(), List.of(), List.of("eu-west-1", "us-east-1")),
                preferences(List.of(), 2, 1, "PARALLEL"), Duration.ofMinutes(2)))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("111111111111/eu-west-1: FAILED").hasMessageContaining("222222222222/eu-west-1: FAILED");
        assertThat(stacksIn(cfn, "us-east-1")).hasSize(2).allSatisfy(s -> assertThat(s.stackStatusAsString()).isEqualTo("CREATE_COMPLETE"));
    }

    @Test
    void throttlingDuringTheFanOutIsRetriedAndTheDeployEnds(LocalCloudFormation cfn) throws Exception {
        cfn.faults().throttleEveryNth(3);
        StackSetTarget target = selfManaged(List.of("111111111111"));
        StackSetDeployer.Result result = new StackSetDeployer(context(cfn)).deploy("baseline", definition(target, TEMPLATE.formatted(""), "prod"),
                new StackSetTargets(target.accounts(), List.of(), List.of("us-east-1", "eu-west-1")),
                preferences(List.of(), 1, 0, "PARALLEL"), Duration.ofMinutes(2));
        assertThat(result.instances()).hasSize(2).allSatisfy(i -> assertThat(i.status()).isEqualTo("CURRENT"));
        assertThat(cfn.recordedCalls().stream().filter(c -> "Throttling".equals(c.errorCode())).count()).isGreaterThan(2);
        assertThat(cfn.count("CreateStackSet")).isGreaterThanOrEqualTo(1);
        assertThat(cfn.recordedCalls().stream().filter(c -> c.action().equals("CreateStackSet") && c.succeeded()).count()).isEqualTo(1);
    }

    @Test
    void serviceManagedSetsDeployToOrganizationalUnitsWithAutoDeployment(LocalCloudFormation cfn) throws Exception {
        StackSetTarget target = new StackSetTarget("baseline", StackSetTarget.SERVICE_MANAGED, null, null, List.of(),
                List.of("ou-abcd-12345678"), true, false);
        StackSetDeployer.Result result = new StackSetDeployer(context(cfn)).deploy("baseline", definition(target, TEMPLATE.formatted(""), "prod"),
                StackSetTargets.of(target, List.of("us-east-1")), OperationPreferences.defaults(), Duration.ofMinutes(2));
        assertThat(result.instances()).singleElement().satisfies(i -> {
            assertThat(i.organizationalUnit()).isEqualTo("ou-abcd-12345678");
            assertThat(i.account()).matches("\\d{12}");
        });
        RecordedCall create = cfn.recordedCalls().stream().filter(c -> c.action().equals("CreateStackSet")).findFirst().orElseThrow();
        assertThat(create.parameters()).containsEntry("PermissionModel", "SERVICE_MANAGED").containsEntry("AutoDeployment.Enabled", "true")
                .doesNotContainKey("AdministrationRoleARN");
        assertThat(cfn.recordedCalls().stream().filter(c -> c.action().equals("CreateStackInstances")).findFirst().orElseThrow().parameters())
                .containsEntry("DeploymentTargets.OrganizationalUnitIds.member.1", "ou-abcd-12345678");
    }

    @Test
    void deleteNeedsTheNameThenRemovesInstancesAndTheSet(LocalCloudFormation cfn) throws Exception {
        StackSetContext context = context(cfn);
        StackSetTarget target = selfManaged(List.of("111111111111"));
        new StackSetDeployer(context).deploy("baseline", definition(target, TEMPLATE.formatted(""), "prod"),
                new StackSetTargets(target.accounts(), List.of(), List.of("us-east-1", "eu-west-1")),
                preferences(List.of(), 2, 1, "PARALLEL"), Duration.ofMinutes(2));
        cfn.reset();
        StackSetDeleter deleter = new StackSetDeleter(context);
        assertThatThrownBy(() -> deleter.delete("baseline", "baseline", false, "yes", OperationPreferences.defaults(), Duration.ofMinutes(1)))
                .isInstanceOf(UserException.class).hasMessageContaining("-Dcollab-infra.confirm=baseline").hasMessageContaining("confirm was 'yes'");
        assertThat(cfn.recordedCalls()).isEmpty();

        assertThat(deleter.delete("baseline", "baseline", false, "baseline", OperationPreferences.defaults(), Duration.ofMinutes(1))).isTrue();
        assertThat(cfn.count("DeleteStackInstances")).isEqualTo(1);
        assertThat(cfn.count("DeleteStackSet")).isEqualTo(1);
        assertThat(context.gateway().describeStackSet("baseline")).isEmpty();
        assertThat(stacksIn(cfn, "us-east-1")).isEmpty();
        assertThat(stacksIn(cfn, "eu-west-1")).isEmpty();
        assertThat(out.text()).contains("Deleted stack set baseline (2 instance(s) removed).");
        assertThat(deleter.delete("baseline", "baseline", false, "baseline", OperationPreferences.defaults(), Duration.ofMinutes(1))).isFalse();
    }
}
