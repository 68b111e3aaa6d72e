package dev.collabinfra.deploy;

import static dev.collabinfra.deploy.DeploySafetyAgainstLocalEndpointTest.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.UserException;
import dev.collabinfra.testendpoint.LocalCloudFormation;
import dev.collabinfra.testendpoint.LocalEndpointExtension;
import dev.collabinfra.testendpoint.LocalS3;
import dev.collabinfra.testendpoint.RecordedCall;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deploy faults (issue 13, items 21 to 23) against the local endpoint over HTTP with the real SDK:
 * connections dropped while following events, Ctrl-C before and after ExecuteChangeSet (the
 * shutdown hook's logic, called in-process at that moment), and a clean-up that fails after a
 * refused change set.
 */
@ExtendWith(LocalEndpointExtension.class)
class DeployFaultsAgainstLocalEndpointTest {

    static final String QUEUES = """
            Resources:
              First:
                Type: AWS::SQS::Queue
              Second:
                Type: AWS::SQS::Queue
                DependsOn: First
            Outputs:
              Url:
                Value: !Ref Second
            """;

    @Test
    void droppedConnectionsWhileFollowingAreRetriedAndTheDeployEndsNormally(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "faults-drop")) {
            // Seven drops: the SDK tries each call three times, so two polls lose the connection and the third gets through.
            h.out.onLine = line -> {
                if (line.startsWith("INFO Executing change set")) {
                    cfn.faults().dropNext("DescribeStackEvents", 7);
                }
            };
            EndpointHarness.Request request = EndpointHarness.request("queues", QUEUES);
            request.terminationProtection = true;

            DeployResult created = h.deploy(request);

            assertThat(created.outcome()).isEqualTo(DeployResult.Outcome.CREATED);
            assertThat(created.finalState().outputs()).extracting(StackOutput::key).containsExactly("Url");
            assertThat(cfn.recordedCalls()).filteredOn(c -> "DroppedConnection".equals(c.errorCode())).hasSize(7)
                    .extracting(RecordedCall::action).containsOnly("DescribeStackEvents");
            assertThat(h.out.lines).filteredOn(l -> l.startsWith("WARN Lost the connection to CloudFormation")).hasSize(2);
            assertThat(h.out.text()).contains("Termination protection enabled on stack queues.");
            assertThat(h.gateway.describeStack("queues").orElseThrow().terminationProtection()).isTrue();
        }
    }

    @Test
    void whenTheEventsCannotBeReadButTheStackFinishedTheDeployStillEndsWithProtectionAndOutputs(LocalCloudFormation cfn, LocalS3 s3)
            throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "faults-events-lost")) {
            h.out.onLine = line -> {
                if (line.startsWith("INFO Executing change set")) {
                    cfn.faults().dropNext("DescribeStackEvents", 1000);
                }
            };
            EndpointHarness.Request request = EndpointHarness.request("queues", QUEUES);
            request.terminationProtection = true;

            DeployResult created = h.deploy(request);

            assertThat(created.outcome()).isEqualTo(DeployResult.Outcome.CREATED);
            assertThat(created.finalState().outputs()).extracting(StackOutput::key).containsExactly("Url");
            assertThat(h.out.text()).contains("WARN Could not follow the events to the end, but stack queues reached CREATE_COMPLETE"
                    + " by itself; going on (its events: mvn collab-infra:status -Denv=test -Dcollab-infra.stackName=queues).")
                    .contains("Termination protection enabled on stack queues.");
            assertThat(h.gateway.describeStack("queues").orElseThrow().terminationProtection()).isTrue();
        }
    }

    @Test
    void whenTheConnectionStaysLostTheBuildSaysExactlyHowToFollowTheStack(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "faults-lost")) {
            h.out.onLine = line -> {
                if (line.startsWith("INFO Executing change set")) {
                    cfn.faults().dropNext(100_000);
                }
            };

            assertThatThrownBy(() -> h.deploy(EndpointHarness.request("queues", QUEUES)))
                    .isInstanceOf(StillRunningException.class)
                    .hasMessageContaining("Lost the connection to CloudFormation while following stack queues")
                    .hasMessageContaining("CloudFormation goes on by itself.")
                    .hasMessageContaining("Watch it with: mvn collab-infra:status -Denv=test -Dcollab-infra.stackName=queues");

            cfn.faults().clear();
            // CloudFormation did go on: the stack reached its end by itself.
            Thread.sleep(300);
            assertThat(h.gateway.describeStack("queues").orElseThrow().status()).isEqualTo("CREATE_COMPLETE");
        }
    }

    @Test
    void ctrlCBeforeTheChangeSetRunsDeletesItAndSaysNothingRuns(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "faults-interrupt")) {
            StackDeployer deployer = new StackDeployer(h.context());
            List<String> hook = new ArrayList<>();
            h.out.onLine = line -> {
                if (line.startsWith("INFO Create plan for stack")) {
                    // The shutdown hook, at the moment the plan is shown and before ExecuteChangeSet.
                    hook.addAll(deployer.interrupts().onInterrupt(deployer.gateway()));
                }
            };

            assertThatThrownBy(() -> deployer.deploy(EndpointHarness.request("queues", QUEUES).build()))
                    .isInstanceOf(UserException.class)
                    .hasMessage("Interrupted before the change set ran; nothing was changed in CloudFormation.");

            assertThat(hook).singleElement().asString()
                    .startsWith("Interrupted before change set collab-infra-")
                    .contains("was executed: nothing runs in CloudFormation and stack queues was not changed.")
                    .contains("Deleted change set collab-infra-")
                    .endsWith("and the empty stack that held it (REVIEW_IN_PROGRESS).");
            assertThat(h.actions()).contains("DeleteChangeSet", "DeleteStack").doesNotContain("ExecuteChangeSet");
            assertThat(cfn.recordedCalls()).filteredOn(c -> c.action().equals("DeleteChangeSet"))
                    .allSatisfy(c -> assertThat(c.parameters()).containsEntry("StackName", "queues"));
            assertThat(h.gateway.describeStack("queues")).isEmpty();
        }
    }

    @Test
    void ctrlCBeforeAnUpdateRunsLeavesTheStackAsItWas(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "faults-interrupt-update")) {
            h.deploy(EndpointHarness.request("queues", QUEUES));
            StackDeployer deployer = new StackDeployer(h.context());
            List<String> hook = new ArrayList<>();
            h.out.onLine = line -> {
                if (line.startsWith("INFO Update plan for stack")) {
                    hook.addAll(deployer.interrupts().onInterrupt(deployer.gateway()));
                }
            };
            cfn.reset();

            assertThatThrownBy(() -> deployer.deploy(EndpointHarness.request("queues", QUEUES.replace("  First:\n    Type: AWS::SQS::Queue\n", "  First:\n    Type: AWS::SQS::Queue\n    Properties: {VisibilityTimeout: 60}\n")).build()))
                    .hasMessageContaining("Interrupted before the change set ran");

            assertThat(hook).singleElement().asString().contains("Deleted change set collab-infra-").doesNotContain("empty stack");
            assertThat(h.actions()).contains("DeleteChangeSet").doesNotContain("ExecuteChangeSet", "DeleteStack");
            assertThat(h.gateway.describeStack("queues").orElseThrow().status()).isEqualTo("CREATE_COMPLETE");
        }
    }

    @Test
    void ctrlCWhileTheChangeSetRunsSaysCloudFormationGoesOnAndHowToFollowIt(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "faults-interrupt-running")) {
            StackDeployer deployer = new StackDeployer(h.context());
            List<String> hook = new ArrayList<>();
            h.out.onLine = line -> {
                if (line.startsWith("INFO Executing change set")) {
                    hook.addAll(deployer.interrupts().onInterrupt(deployer.gateway()));
                }
            };

            deployer.deploy(EndpointHarness.request("queues", QUEUES).build());

            assertThat(hook).containsExactly("Interrupted. CloudFormation keeps working on stack queues on its own. Watch it with:"
                    + " mvn collab-infra:status -Denv=test -Dcollab-infra.stackName=queues (or in the CloudFormation console).");
            assertThat(h.actions()).doesNotContain("DeleteChangeSet");
        }
    }

    @Test
    void aCleanUpThatFailsKeepsTheOriginalReasonAndNamesWhatIsLeft(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "faults-cleanup")) {
            h.deploy(EndpointHarness.request("orders", table("orders-v1", "")));
            h.out.onLine = line -> {
                if (line.startsWith("INFO Update plan for stack")) {
                    cfn.faults().dropNext("DeleteChangeSet", 100);
                }
            };

            assertThatThrownBy(() -> h.deploy(EndpointHarness.request("orders", table("orders-v2", ""))))
                    .isInstanceOf(UserException.class)
                    .hasMessageContaining("Refused: change set collab-infra-")
                    .hasMessageContaining("Table (AWS::DynamoDB::Table): replacement (True) deletes the old AWS::DynamoDB::Table")
                    .hasMessageContaining("Cleaning up failed too: ")
                    .hasMessageContaining("DeleteChangeSet")
                    .hasMessageContaining("Delete the change set with: aws cloudformation delete-change-set --stack-name orders"
                            + " --change-set-name collab-infra-")
                    .hasMessageContaining("-Dcollab-infra.allowReplacement=Table");
        }
    }
}
