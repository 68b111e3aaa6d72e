package dev.collabinfra.deploy;

import static dev.collabinfra.deploy.DeployAgainstLocalEndpointTest.DATABASE;
import static dev.collabinfra.deploy.DeployAgainstLocalEndpointTest.NETWORK;
import static dev.collabinfra.deploy.DeployAgainstLocalEndpointTest.main;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.UserException;
import dev.collabinfra.testendpoint.LocalCloudFormation;
import dev.collabinfra.testendpoint.LocalEndpointExtension;
import dev.collabinfra.testendpoint.LocalS3;
import dev.collabinfra.testendpoint.RecordedCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deploy against CloudFormation implementations other than AWS: each difference switched on in
 * the local endpoint ({@link dev.collabinfra.testendpoint.Compatibility}), over HTTP with the real
 * SDK. The plugin never asks which product it talks to; it copes with what it sees.
 */
@ExtendWith(LocalEndpointExtension.class)
class OtherCloudFormationDeployTest {

    static final String QUEUES = """
            Parameters:
              Timeout:
                Type: Number
                Default: 30
              Secret:
                Type: String
                NoEcho: true
                Default: none
            Resources:
              First:
                Type: AWS::SQS::Queue
                Properties:
                  VisibilityTimeout: !Ref Timeout
            Outputs:
              Url:
                Value: !Ref First
            """;

    private static EndpointHarness.Request shop(EndpointHarness h, String database) {
        return EndpointHarness.request("shop", main(h.upload("network.yaml", NETWORK), h.upload("db-" + database.hashCode() + ".yaml", database)))
                .nested("Network", NETWORK)
                .nested("Database", database)
                .parameter("Env", "prod");
    }

    @Test
    void everyChangeSetCallNamesTheStack(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "compat-name")) {
            cfn.compatibility().changeSetCallsNeedStackName(true);

            DeployResult created = h.deploy(EndpointHarness.request("queues", QUEUES));
            EndpointHarness.Request plan = EndpointHarness.request("queues", QUEUES.replace("Default: 30", "Default: 60"));
            plan.planOnly = true;
            DeployResult planned = h.deploy(plan);

            assertThat(created.outcome()).isEqualTo(DeployResult.Outcome.CREATED);
            assertThat(planned.outcome()).isEqualTo(DeployResult.Outcome.PLANNED);
            assertThat(cfn.recordedCalls()).filteredOn(c -> c.action().matches("(Describe|Execute|Delete)ChangeSet"))
                    .extracting(RecordedCall::action).contains("DescribeChangeSet", "ExecuteChangeSet", "DeleteChangeSet");
            assertThat(cfn.recordedCalls()).filteredOn(c -> c.action().matches("(Describe|Execute|Delete)ChangeSet"))
                    .allSatisfy(c -> {
                        assertThat(c.parameters()).containsEntry("StackName", "queues");
                        assertThat(c.succeeded()).isTrue();
                    });
        }
    }

    @Test
    void anEndpointThatListsNoChangesCreatesAndUpdatesAndThePlanSaysSo(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "compat-unlisted")) {
            cfn.compatibility().listNoChanges(true).completeEmptyChangeSets(true);

            DeployResult created = h.deploy(shop(h, DATABASE));

            assertThat(created.outcome()).isEqualTo(DeployResult.Outcome.CREATED);
            assertThat(created.plan().changes()).isEmpty();
            assertThat(created.plan().note()).isEqualTo("this endpoint does not list changes");
            assertThat(h.out.text()).contains("0 to add, 0 to modify, 0 to remove (this endpoint does not list changes)")
                    .contains("WARN Change set").contains("a new stack always adds its resources");
            assertThat(created.finalState().outputs()).extracting(StackOutput::key).contains("TableName", "VpcId");

            String withQueue = DATABASE.replace("Outputs:", "  Queue:\n    Type: AWS::SQS::Queue\nOutputs:");
            h.out.lines.clear();
            DeployResult updated = h.deploy(shop(h, withQueue));

            assertThat(updated.outcome()).isEqualTo(DeployResult.Outcome.UPDATED);
            assertThat(h.out.text()).contains("(this endpoint does not list changes)")
                    .containsPattern("shop/Database/Queue +AWS::SQS::Queue +CREATE_COMPLETE");
        }
    }

    @Test
    void anEmptyChangeSetThatCompletesIsDeletedNotExecuted(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "compat-empty")) {
            h.deploy(EndpointHarness.request("queues", QUEUES).parameter("Secret", "s3cr3t-value"));
            cfn.reset();
            cfn.compatibility().listNoChanges(true).completeEmptyChangeSets(true);
            h.out.lines.clear();

            // The NoEcho value cannot be compared, so a change set is made; the endpoint completes it although nothing changes.
            DeployResult again = h.deploy(EndpointHarness.request("queues", QUEUES).parameter("Secret", "s3cr3t-value"));

            assertThat(again.outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
            assertThat(h.actions()).contains("CreateChangeSet", "DescribeChangeSet", "DeleteChangeSet").doesNotContain("ExecuteChangeSet");
            assertThat(h.out.text()).contains("lists no changes and the stack's template, parameters and tags are the ones deployed")
                    .doesNotContain("s3cr3t-value");
            assertThat(h.gateway.describeStack("queues")).get().extracting(StackState::status).isEqualTo("CREATE_COMPLETE");
        }
    }

    @Test
    void aSecondDeployIsANoOpWhateverTheEndpointShowsOfTheStack(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "compat-noop")) {
            cfn.compatibility().reformatTemplates(true).hideDefaultParameterValues(true).addServiceTags(true);
            h.deploy(shop(h, DATABASE));
            // What the endpoint shows does differ from what was sent: JSON text, no default values, extra tags.
            assertThat(h.gateway.getOriginalTemplate("shop")).startsWith("{").isNotEqualTo(shop(h, DATABASE).mainText);
            assertThat(h.gateway.describeStack("shop").orElseThrow().tags()).containsKey("aws:cloudformation:stack-name");
            cfn.reset();
            cfn.compatibility().reformatTemplates(true).hideDefaultParameterValues(true).addServiceTags(true);

            DeployResult again = h.deploy(shop(h, DATABASE));
            DeployResult queues = h.deploy(EndpointHarness.request("queues", QUEUES));
            DeployResult queuesAgain = h.deploy(EndpointHarness.request("queues", QUEUES));

            assertThat(again.outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
            assertThat(queues.outcome()).isEqualTo(DeployResult.Outcome.CREATED);
            assertThat(h.gateway.describeStack("queues").orElseThrow().parameters()).doesNotContainKey("Timeout");
            assertThat(queuesAgain.outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
            assertThat(h.actions()).containsOnlyOnce("CreateChangeSet");
        }
    }

    @Test
    void aNestedStackThatFailsWhileItsParentCompletesFailsTheDeployWithItsReason(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "compat-nested")) {
            cfn.compatibility().hideNestedFailures(true);
            String failing = DATABASE.replace("    DeletionPolicy: Retain\n", """
                        DeletionPolicy: Retain
                        Metadata:
                          LocalEndpoint:
                            FailOn: CREATE
                            Reason: "The specified response headers policy does not exist."
                    """);
            EndpointHarness.Request request = shop(h, failing);
            request.terminationProtection = true;

            assertThatThrownBy(() -> h.deploy(request))
                    .isInstanceOf(UserException.class)
                    .hasMessageContaining("nested stack shop/Database ended ROLLBACK_COMPLETE although stack shop reports CREATE_COMPLETE")
                    .hasMessageContaining("shop/Database/Table: The specified response headers policy does not exist.");

            // The endpoint really did report the parent as created.
            assertThat(h.gateway.describeStack("shop")).get().extracting(StackState::status).isEqualTo("CREATE_COMPLETE");
            assertThat(h.out.lines).contains("ERROR Why it failed:")
                    .anySatisfy(l -> assertThat(l).startsWith("ERROR   shop/Database/Table (AWS::DynamoDB::Table) CREATE_FAILED: The specified"))
                    .noneSatisfy(l -> assertThat(l).contains("Created stack shop"))
                    .noneSatisfy(l -> assertThat(l).contains("Termination protection enabled"));
        }
    }

    @Test
    void anOutputsOnlyChangeListsNoResourcesAndIsExecuted(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "compat-outputs")) {
            h.deploy(EndpointHarness.request("queues", QUEUES));
            h.out.lines.clear();

            DeployResult updated = h.deploy(EndpointHarness.request("queues", QUEUES + "  Arn:\n    Value: !GetAtt First.Arn\n"));

            assertThat(updated.outcome()).isEqualTo(DeployResult.Outcome.UPDATED);
            assertThat(updated.plan().changes()).isEmpty();
            assertThat(h.out.text()).contains("(no resource changes; only the outputs change)");
            assertThat(updated.finalState().outputs()).extracting(StackOutput::key).contains("Arn");
        }
    }

    @Test
    void anEndpointFarFromAwsInEveryWayStillDeploysAndStopsOnANoOp(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "compat-all")) {
            cfn.compatibility().all();

            DeployResult created = h.deploy(shop(h, DATABASE));
            cfn.reset();
            cfn.compatibility().all();
            DeployResult again = h.deploy(shop(h, DATABASE));

            assertThat(created.outcome()).isEqualTo(DeployResult.Outcome.CREATED);
            assertThat(again.outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
            assertThat(h.actions()).containsExactly("DescribeStacks", "GetTemplate").doesNotContain("UpdateStack");
        }
    }
}
