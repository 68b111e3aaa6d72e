package dev.collabinfra.testendpoint;

import static dev.collabinfra.testendpoint.EndpointClients.settle;
import static dev.collabinfra.testendpoint.StackLifecycleTest.chronological;
import static dev.collabinfra.testendpoint.StackLifecycleTest.outputs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Stack;

@ExtendWith(LocalEndpointExtension.class)
class FaultInjectionTest {

    static final String TWO_QUEUES = """
            Parameters:
              Timeout:
                Type: Number
                Default: 30
            Resources:
              First:
                Type: AWS::SQS::Queue
                Properties:
                  VisibilityTimeout: !Ref Timeout
              Second:
                Type: AWS::SQS::Queue
                DependsOn: First
                Properties:
                  VisibilityTimeout: !Ref Timeout
            Outputs:
              Timeout:
                Value: !Ref Timeout
            """;

    static String failing(String logicalId, String operations) {
        return TWO_QUEUES.replace("  " + logicalId + ":\n    Type: AWS::SQS::Queue\n", "  " + logicalId + """
                :
                    Type: AWS::SQS::Queue
                    Metadata:
                      LocalEndpoint:
                        FailOn: %s
                        Reason: "Injected: %s"
                """.formatted(operations, logicalId));
    }

    @Test
    void throttledCallsAreRetriedByTheSdkAndRecorded(LocalCloudFormation cfn) {
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            cfn.faults().throttleNext(2);

            assertThat(client.describeStacks().stacks()).isEmpty();

            assertThat(cfn.count("DescribeStacks")).isEqualTo(3);
            assertThat(cfn.recordedCalls()).extracting(RecordedCall::errorCode).containsExactly("Throttling", "Throttling", null);
        }
    }

    @Test
    void withoutRetriesTheSdkSeesAThrottlingException(LocalCloudFormation cfn) {
        try (CloudFormationClient client = EndpointClients.withoutRetries(cfn)) {
            cfn.faults().throttleNext(1);

            assertThatThrownBy(() -> client.describeStacks()).isInstanceOfSatisfying(CloudFormationException.class, e -> {
                assertThat(e.isThrottlingException()).isTrue();
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("Throttling");
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Rate exceeded");
            });
            assertThat(client.describeStacks().stacks()).isEmpty();
        }
    }

    @Test
    void throttlesEveryNthCallDeterministically(LocalCloudFormation cfn) {
        try (CloudFormationClient client = EndpointClients.withoutRetries(cfn)) {
            cfn.faults().throttleEveryNth(3);
            int throttled = 0;
            for (int i = 0; i < 9; i++) {
                try {
                    client.describeStacks();
                } catch (CloudFormationException e) {
                    throttled++;
                }
            }

            assertThat(throttled).isEqualTo(3);
            assertThat(cfn.recordedCalls()).extracting(RecordedCall::succeeded)
                    .containsExactly(true, true, false, true, true, false, true, true, false);
        }
    }

    @Test
    void aDroppedConnectionIsAnIoErrorTheSdkRetries(LocalCloudFormation cfn) {
        try (CloudFormationClient noRetry = EndpointClients.withoutRetries(cfn);
                CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            cfn.faults().dropNext(1);
            assertThatThrownBy(() -> noRetry.describeStacks()).isInstanceOf(SdkClientException.class);

            cfn.faults().dropNext(1);
            assertThat(client.describeStacks().stacks()).isEmpty();

            assertThat(cfn.recordedCalls()).extracting(RecordedCall::errorCode)
                    .containsExactly("DroppedConnection", "DroppedConnection", null);
        }
    }

    @Test
    void addsLatencyToEveryCall(LocalCloudFormation cfn) {
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            cfn.faults().latency(Duration.ofMillis(300));
            long start = System.nanoTime();
            client.describeStacks();

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void aResourceFailingOnUpdateRollsTheStackBack(LocalCloudFormation cfn) throws Exception {
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            client.createStack(c -> c.stackName("upd").templateBody(TWO_QUEUES));
            settle(client, "upd");

            client.updateStack(u -> u.stackName("upd").templateBody(failing("Second", "UPDATE"))
                    .parameters(StackLifecycleTest.param("Timeout", "60")));
            Stack stack = settle(client, "upd");

            assertThat(stack.stackStatusAsString()).isEqualTo("UPDATE_ROLLBACK_COMPLETE");
            assertThat(outputs(stack)).containsEntry("Timeout", "30");
            assertThat(stack.parameters().get(0).parameterValue()).isEqualTo("30");
            assertThat(chronological(client, "upd")).extracting(e -> e.logicalResourceId() + " "
                            + e.resourceStatusAsString() + " " + e.resourceStatusReason())
                    .containsSubsequence("First UPDATE_COMPLETE null", "Second UPDATE_FAILED Injected: Second",
                            "upd UPDATE_ROLLBACK_IN_PROGRESS The following resource(s) failed to update: [Second]. ",
                            "First UPDATE_COMPLETE null", "upd UPDATE_ROLLBACK_COMPLETE null");
            assertThat(client.getTemplate(g -> g.stackName("upd")).templateBody()).isEqualTo(TWO_QUEUES);
        }
    }

    @Test
    void aFailedRollbackWaitsForContinueUpdateRollback(LocalCloudFormation cfn) throws Exception {
        String template = failing("Second", "UPDATE").replace("  First:\n    Type: AWS::SQS::Queue\n", """
                  First:
                    Type: AWS::SQS::Queue
                    Metadata:
                      LocalEndpoint:
                        FailOn: ROLLBACK
                        Reason: "cannot go back"
                """);
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            client.createStack(c -> c.stackName("stuck").templateBody(TWO_QUEUES));
            settle(client, "stuck");
            client.updateStack(u -> u.stackName("stuck").templateBody(template)
                    .parameters(StackLifecycleTest.param("Timeout", "60")));

            assertThat(settle(client, "stuck").stackStatusAsString()).isEqualTo("UPDATE_ROLLBACK_FAILED");
            assertThatThrownBy(() -> client.updateStack(u -> u.stackName("stuck").usePreviousTemplate(true)))
                    .hasMessageContaining("UPDATE_ROLLBACK_FAILED state and can not be updated");

            client.continueUpdateRollback(c -> c.stackName("stuck"));

            assertThat(settle(client, "stuck").stackStatusAsString()).isEqualTo("UPDATE_ROLLBACK_COMPLETE");
        }
    }

    @Test
    void aResourceFailingOnDeleteLeavesDeleteFailed(LocalCloudFormation cfn) throws Exception {
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            client.createStack(c -> c.stackName("sticky").templateBody(failing("First", "[DELETE]")));
            settle(client, "sticky");

            client.deleteStack(d -> d.stackName("sticky"));
            Stack stack = settle(client, "sticky");

            assertThat(stack.stackStatusAsString()).isEqualTo("DELETE_FAILED");
            assertThat(stack.stackStatusReason()).isEqualTo("The following resource(s) failed to delete: [First]. ");
            assertThat(client.listStackResources(l -> l.stackName("sticky")).stackResourceSummaries())
                    .extracting(r -> r.logicalResourceId() + " " + r.resourceStatusAsString())
                    .containsExactlyInAnyOrder("First DELETE_FAILED", "Second DELETE_COMPLETE");
        }
    }

    @Test
    void aResourceFailingOnCreateRollsBackToRollbackCompleteWhichCanOnlyBeDeleted(LocalCloudFormation cfn)
            throws Exception {
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            client.createStack(c -> c.stackName("rb").templateBody(failing("Second", "CREATE")));
            Stack stack = settle(client, "rb");

            assertThat(stack.stackStatusAsString()).isEqualTo("ROLLBACK_COMPLETE");
            assertThatThrownBy(() -> client.createChangeSet(c -> c.stackName("rb").changeSetName("again")
                    .usePreviousTemplate(true)))
                    .hasMessageContaining("is in ROLLBACK_COMPLETE state and can not be updated.");
            assertThatThrownBy(() -> client.createStack(c -> c.stackName("rb").templateBody(TWO_QUEUES)))
                    .hasMessageContaining("Stack [rb] already exists");
            client.deleteStack(d -> d.stackName("rb"));
            assertThat(settle(client, stack.stackId()).stackStatusAsString()).isEqualTo("DELETE_COMPLETE");
        }
    }

    static final String FAST_FAIL_SLOW_SIBLING = """
            Resources:
              Fails:
                Type: AWS::SQS::Queue
                Metadata:
                  LocalEndpoint:
                    FailOn: CREATE
                    Reason: "quota"
              Slow:
                Type: AWS::SQS::Queue
                Metadata:
                  LocalEndpoint:
                    Delay: 1000
            """;

    @Test
    void resourcesInFlightWhenAnotherFailsEndCancelled(LocalCloudFormation cfn) throws Exception {
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            client.createStack(c -> c.stackName("cancel").templateBody(FAST_FAIL_SLOW_SIBLING));

            assertThat(settle(client, "cancel").stackStatusAsString()).isEqualTo("ROLLBACK_COMPLETE");
            assertThat(chronological(client, "cancel")).filteredOn(e -> e.resourceStatusAsString().equals("CREATE_FAILED"))
                    .extracting(e -> e.logicalResourceId() + ": " + e.resourceStatusReason())
                    .containsExactly("Fails: quota", "Slow: Resource creation cancelled");
        }
    }

    @Test
    void onFailureDeleteRemovesTheFailedStack(LocalCloudFormation cfn) throws Exception {
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            String id = client.createStack(c -> c.stackName("ephemeral").templateBody(FAST_FAIL_SLOW_SIBLING)
                    .onFailure("DELETE")).stackId();

            assertThat(settle(client, id).stackStatusAsString()).isEqualTo("DELETE_COMPLETE");
        }
    }

    @Test
    void cancelUpdateStackRollsBackAnUpdateInProgress(LocalCloudFormation cfn) throws Exception {
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            client.createStack(c -> c.stackName("slow").templateBody(TWO_QUEUES));
            settle(client, "slow");
            String slowFirst = TWO_QUEUES.replace("  First:\n    Type: AWS::SQS::Queue\n", """
                      First:
                        Type: AWS::SQS::Queue
                        Metadata:
                          LocalEndpoint:
                            Delay: 2000
                    """);
            client.updateStack(u -> u.stackName("slow").templateBody(slowFirst)
                    .parameters(StackLifecycleTest.param("Timeout", "60")));
            assertThatThrownBy(() -> client.continueUpdateRollback(c -> c.stackName("slow")))
                    .hasMessageContaining("UPDATE_IN_PROGRESS state and can not continue update rollback");

            client.cancelUpdateStack(c -> c.stackName("slow"));
            Stack stack = settle(client, "slow");

            assertThat(stack.stackStatusAsString()).isEqualTo("UPDATE_ROLLBACK_COMPLETE");
            assertThat(outputs(stack)).containsEntry("Timeout", "30");
            assertThat(chronological(client, "slow")).extracting(e -> e.logicalResourceId() + " "
                    + e.resourceStatusAsString() + " " + e.resourceStatusReason())
                    .contains("First UPDATE_FAILED Resource update cancelled",
                            "slow UPDATE_ROLLBACK_IN_PROGRESS Stack update cancelled")
                    .noneMatch(line -> line.startsWith("Second UPDATE"));
        }
    }
}
