package dev.collabinfra.deploy.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.aws.AwsSettings;
import dev.collabinfra.aws.SdkStackGateway;
import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.DeployContext;
import dev.collabinfra.deploy.DeployRequest;
import dev.collabinfra.deploy.RenderedTemplates;
import dev.collabinfra.deploy.Sleeper;
import dev.collabinfra.deploy.StackSettings;
import dev.collabinfra.deploy.regions.RegionOutcome.Status;
import dev.collabinfra.environment.OperationPreferences;
import dev.collabinfra.testendpoint.LocalCloudFormation;
import dev.collabinfra.testendpoint.LocalEndpointExtension;
import dev.collabinfra.testendpoint.RecordedCall;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * The same stack in several regions against the local endpoint over HTTP with the real SDK: the
 * change sets of every region before any execution, region order and concurrency, one region
 * failing (stop, or go on within the tolerance), throttling during the fan-out, and a change set
 * that cannot be made stopping every region before anything runs.
 */
@ExtendWith(LocalEndpointExtension.class)
class MultiRegionDeployAgainstLocalEndpointTest {

    static final Sleeper FAST = d -> Thread.sleep(Math.max(5, d.toMillis() / 20));

    static final String TEMPLATE = """
            Parameters:
              Env: {Type: String}
              Size: {Type: String, Default: small}
            Conditions:
              InEu: !Equals [!Ref "AWS::Region", eu-west-1]
            Resources:
              Topic:
                Type: AWS::SNS::Topic
                Properties:
                  TopicName: !Sub "${Env}-${Size}-alerts"
              %s
            Outputs:
              Where:
                Value: !Ref "AWS::Region"
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
    private final List<AwsClients> clients = new ArrayList<>();

    @AfterEach
    void close() {
        clients.forEach(AwsClients::close);
    }

    private RegionTarget target(LocalCloudFormation cfn, String region, String body, Map<String, String> parameters) {
        AwsClients regional = new AwsClients(new AwsSettings(region, cfn.endpoint(), null, "test-key", "test-secret", null));
        clients.add(regional);
        SdkStackGateway gateway = new SdkStackGateway(regional.cloudFormation(), FAST, "local " + region);
        return new RegionTarget(region, listener -> new DeployContext(gateway, listener, Clock.systemUTC(), FAST, true,
                () -> "run" + ids.incrementAndGet()), listener -> request(body, parameters));
    }

    static DeployRequest request(String body, Map<String, String> parameters) {
        RenderedTemplates rendered = new RenderedTemplates() {
            @Override
            public String mainText() {
                return body;
            }

            @Override
            public String mainUrl() {
                return null;
            }

            @Override
            public Optional<String> nestedText(List<String> path) {
                return Optional.empty();
            }
        };
        StackSettings stack = StackSettings.builder("shop").parameters(parameters).tags(Map.of("collab-infra:version", "1.0")).build();
        return DeployRequest.builder("global", stack, rendered, Duration.ofMinutes(2)).build();
    }

    private List<RegionTarget> targets(LocalCloudFormation cfn, String body, String... regions) {
        List<RegionTarget> targets = new ArrayList<>();
        for (String region : regions) {
            targets.add(target(cfn, region, body, Map.of("Env", "prod")));
        }
        return targets;
    }

    private static Optional<Stack> stack(LocalCloudFormation cfn, String region) {
        try (AwsClients c = new AwsClients(new AwsSettings(region, cfn.endpoint(), null, "k", "s", null))) {
            return c.cloudFormation().describeStacks().stacks().stream().filter(s -> s.stackName().equals("shop")).findFirst();
        }
    }

    static OperationPreferences preferences(List<String> order, Integer maxConcurrent, Integer tolerance) {
        return new OperationPreferences(order, maxConcurrent, null, tolerance, null, null, null);
    }

    @Test
    void everyChangeSetIsMadeBeforeAnyIsExecutedAndEachRegionGetsItsStack(LocalCloudFormation cfn) throws Exception {
        String body = TEMPLATE.formatted("");
        MultiRegionDeployer.Result result = new MultiRegionDeployer(out, preferences(List.of(), 3, 0))
                .deploy(targets(cfn, body, "us-east-1", "eu-west-1", "ap-south-1"));

        assertThat(result.outcomes()).extracting(o -> o.region() + " " + o.status())
                .containsExactly("us-east-1 DEPLOYED", "eu-west-1 DEPLOYED", "ap-south-1 DEPLOYED");
        assertThat(result.outcomes()).allSatisfy(o -> assertThat(o.result().finalState().outputs().get(0).value()).isEqualTo(o.region()));
        List<RecordedCall> calls = cfn.recordedCalls();
        Instant lastCreate = calls.stream().filter(c -> c.action().equals("CreateChangeSet")).map(RecordedCall::received).max(Instant::compareTo).get();
        Instant firstExecute = calls.stream().filter(c -> c.action().equals("ExecuteChangeSet")).map(RecordedCall::received).min(Instant::compareTo).get();
        assertThat(firstExecute).isAfter(lastCreate);
        assertThat(calls).filteredOn(c -> c.action().equals("ExecuteChangeSet")).extracting(RecordedCall::region)
                .containsExactlyInAnyOrder("us-east-1", "eu-west-1", "ap-south-1");
        for (String region : List.of("us-east-1", "eu-west-1", "ap-south-1")) {
            assertThat(stack(cfn, region)).get().satisfies(s -> {
                assertThat(s.stackStatusAsString()).isEqualTo("CREATE_COMPLETE");
                assertThat(s.stackId()).contains(":" + region + ":");
            });
        }
        // Each event line names its region; the plans are shown together before the executions.
        List<String> lines = out.all();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("INFO [eu-west-1] ").contains("CREATE_COMPLETE"));
        int preview = lines.indexOf("INFO Change sets of 3 region(s), before any is executed:");
        int executing = lines.stream().filter(l -> l.contains("Executing change set")).map(lines::indexOf).min(Integer::compare).get();
        assertThat(preview).isPositive().isLessThan(executing);
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("-Dcollab-infra.changeSet="));

        // Again with nothing changed: no change set anywhere, nothing executed.
        cfn.reset();
        MultiRegionDeployer.Result again = new MultiRegionDeployer(out, preferences(List.of(), 3, 0))
                .deploy(targets(cfn, body, "us-east-1", "eu-west-1", "ap-south-1"));
        assertThat(again.outcomes()).extracting(RegionOutcome::status).containsOnly(Status.NO_CHANGES);
        assertThat(cfn.count("CreateChangeSet")).isZero();
        assertThat(cfn.count("ExecuteChangeSet")).isZero();
    }

    @Test
    void regionsRunOneAfterTheOtherInRegionOrderByDefault(LocalCloudFormation cfn) throws Exception {
        new MultiRegionDeployer(out, preferences(List.of("ap-south-1", "us-east-1"), null, null))
                .deploy(targets(cfn, TEMPLATE.formatted(""), "us-east-1", "eu-west-1", "ap-south-1"));
        List<RecordedCall> executes = cfn.recordedCalls().stream().filter(c -> c.action().equals("ExecuteChangeSet")).toList();
        assertThat(executes).extracting(RecordedCall::region).containsExactly("ap-south-1", "us-east-1", "eu-west-1");
        // One at a time: each execution starts after the previous region's stack completed.
        Instant secondExecute = executes.get(1).received();
        Instant firstDone = cfn.recordedCalls().stream().filter(c -> c.action().equals("DescribeStacks") && "ap-south-1".equals(c.region()))
                .map(RecordedCall::received).filter(t -> t.isBefore(secondExecute)).max(Instant::compareTo).get();
        assertThat(firstDone).isBefore(secondExecute);
        assertThat(stack(cfn, "ap-south-1")).get().extracting(Stack::stackStatusAsString).isEqualTo("CREATE_COMPLETE");
    }

    @Test
    void aFailedRegionStopsTheRegionsNotStartedAndTheirChangeSetsAreDeleted(LocalCloudFormation cfn) throws Exception {
        MultiRegionDeployer.Result result = new MultiRegionDeployer(out, preferences(List.of("us-east-1", "eu-west-1", "ap-south-1"), 1, 0))
                .deploy(targets(cfn, TEMPLATE.formatted(EU_FAILS), "us-east-1", "eu-west-1", "ap-south-1"));

        assertThat(result.outcomes()).extracting(o -> o.region() + " " + o.status())
                .containsExactly("us-east-1 DEPLOYED", "eu-west-1 FAILED", "ap-south-1 NOT_STARTED");
        assertThat(result.failed().get(0).failure()).contains("Queue quota exceeded in this region");
        assertThat(out.text()).contains("ERROR [eu-west-1] ", "Queue quota exceeded in this region");
        assertThat(result.summary()).anySatisfy(l -> assertThat(l).startsWith("  ap-south-1: not started"));
        assertThat(stack(cfn, "ap-south-1")).isEmpty(); // the CREATE change set's empty stack was removed too
        assertThat(cfn.recordedCalls()).filteredOn(c -> c.action().equals("ExecuteChangeSet")).extracting(RecordedCall::region)
                .containsExactly("us-east-1", "eu-west-1");
    }

    @Test
    void withAToleranceTheOtherRegionsGoOnAndTheFailureIsReported(LocalCloudFormation cfn) throws Exception {
        MultiRegionDeployer.Result result = new MultiRegionDeployer(out, preferences(List.of("eu-west-1"), 1, 1))
                .deploy(targets(cfn, TEMPLATE.formatted(EU_FAILS), "us-east-1", "eu-west-1", "ap-south-1"));
        assertThat(result.outcomes()).extracting(o -> o.region() + " " + o.status())
                .containsExactly("eu-west-1 FAILED", "us-east-1 DEPLOYED", "ap-south-1 DEPLOYED");
        assertThat(stack(cfn, "ap-south-1")).get().extracting(Stack::stackStatusAsString).isEqualTo("CREATE_COMPLETE");
    }

    @Test
    void throttlingInOneRegionDuringTheFanOutIsRetried(LocalCloudFormation cfn) throws Exception {
        cfn.faults("eu-west-1").throttleEveryNth(2);
        cfn.faults().throttleEveryNth(7);
        MultiRegionDeployer.Result result = new MultiRegionDeployer(out, preferences(List.of(), 2, 0))
                .deploy(targets(cfn, TEMPLATE.formatted(""), "us-east-1", "eu-west-1"));
        assertThat(result.outcomes()).extracting(RegionOutcome::status).containsOnly(Status.DEPLOYED);
        assertThat(cfn.recordedCalls()).filteredOn(c -> "Throttling".equals(c.errorCode())).extracting(RecordedCall::region)
                .contains("eu-west-1");
    }

    @Test
    void aChangeSetThatCannotBeMadeStopsEveryRegionBeforeAnythingRuns(LocalCloudFormation cfn) {
        List<RegionTarget> targets = new ArrayList<>(targets(cfn, TEMPLATE.formatted(""), "us-east-1", "ap-south-1"));
        targets.add(target(cfn, "eu-west-1", TEMPLATE.formatted(""), Map.of("Env", "prod", "Unknown", "x")));
        assertThatThrownBy(() -> new MultiRegionDeployer(out, preferences(List.of(), 3, 0)).deploy(targets))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("Nothing was executed in any region")
                .hasMessageContaining("eu-west-1: ");
        assertThat(cfn.count("ExecuteChangeSet")).isZero();
        assertThat(stack(cfn, "us-east-1")).isEmpty();
        assertThat(stack(cfn, "ap-south-1")).isEmpty();
    }

    @Test
    void eachRegionPrintsItsPlanExactlyOnceInDeployAndInPlan(LocalCloudFormation cfn) throws Exception {
        String body = TEMPLATE.formatted("");
        new MultiRegionDeployer(out, preferences(List.of(), 2, 0)).deploy(targets(cfn, body, "us-east-1", "eu-west-1"));
        for (String region : List.of("us-east-1", "eu-west-1")) {
            assertThat(out.all()).filteredOn(l -> l.startsWith("INFO [" + region + "] Create plan for stack shop ")).hasSize(1);
            assertThat(out.all()).filteredOn(l -> l.startsWith("INFO [" + region + "]   1 to add, 0 to modify, 0 to remove")).hasSize(1);
        }

        Lines planned = new Lines();
        new MultiRegionDeployer(planned, OperationPreferences.defaults())
                .plan(targets(cfn, TEMPLATE.formatted("").replace("${Size}-alerts", "${Size}-alarms"), "us-east-1", "eu-west-1"), false);
        for (String region : List.of("us-east-1", "eu-west-1")) {
            assertThat(planned.all()).filteredOn(l -> l.startsWith("INFO [" + region + "] Update plan for stack shop ")).hasSize(1);
        }
    }

    @Test
    void thePlanOfEveryRegionIsShownTogetherAndNothingIsKeptUnlessAsked(LocalCloudFormation cfn) throws Exception {
        MultiRegionDeployer.Result plan = new MultiRegionDeployer(out, OperationPreferences.defaults())
                .plan(targets(cfn, TEMPLATE.formatted(""), "us-east-1", "eu-west-1"), false);
        assertThat(plan.outcomes()).extracting(RegionOutcome::status).containsOnly(Status.PLANNED);
        assertThat(plan.summary()).allSatisfy(l -> assertThat(l).contains("1 to add, 0 to modify, 0 to remove"));
        assertThat(cfn.count("ExecuteChangeSet")).isZero();
        assertThat(cfn.count("DeleteChangeSet")).isEqualTo(2);
        assertThat(stack(cfn, "us-east-1")).isEmpty();
    }
}
