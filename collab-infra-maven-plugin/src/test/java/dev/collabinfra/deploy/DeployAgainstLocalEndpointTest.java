package dev.collabinfra.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.UserException;
import dev.collabinfra.testendpoint.LocalCloudFormation;
import dev.collabinfra.testendpoint.LocalEndpointExtension;
import dev.collabinfra.testendpoint.LocalS3;
import dev.collabinfra.testendpoint.RecordedCall;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deploy flow against the project's CloudFormation endpoint over HTTP, with the real SDK:
 * nested stacks, no-op detection, nested updates and failures, and throttling.
 */
@ExtendWith(LocalEndpointExtension.class)
class DeployAgainstLocalEndpointTest {

    static final String NETWORK = """
            Parameters:
              Env: {Type: String}
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
            Outputs:
              VpcId:
                Value: !Ref Vpc
            """;

    static final String DATABASE = """
            Parameters:
              Env: {Type: String}
            Resources:
              Table:
                Type: AWS::DynamoDB::Table
                DeletionPolicy: Retain
                UpdateReplacePolicy: Retain
                Properties:
                  TableName: !Sub "${Env}-orders"
            Outputs:
              TableName:
                Value: !Ref Table
            """;

    static String main(String networkUrl, String databaseUrl) {
        return """
                Parameters:
                  Env: {Type: String}
                Resources:
                  Network:
                    Type: AWS::CloudFormation::Stack
                    Properties:
                      TemplateURL: %s
                      Parameters: {Env: !Ref Env}
                  Database:
                    Type: AWS::CloudFormation::Stack
                    Properties:
                      TemplateURL: %s
                      Parameters: {Env: !Ref Env}
                Outputs:
                  VpcId:
                    Value: !GetAtt Network.Outputs.VpcId
                  TableName:
                    Value: !GetAtt Database.Outputs.TableName
                """.formatted(networkUrl, databaseUrl);
    }

    private static EndpointHarness.Request shop(EndpointHarness h, String database) {
        return EndpointHarness.request("shop", main(h.upload("network.yaml", NETWORK), h.upload("db-" + database.hashCode() + ".yaml", database)))
                .nested("Network", NETWORK)
                .nested("Database", database)
                .parameter("Env", "prod");
    }

    @Test
    void createsWithNestedStacksThenASecondDeployMakesNoChangeSet(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "deploy-create")) {
            DeployResult created = h.deploy(shop(h, DATABASE));

            assertThat(created.outcome()).isEqualTo(DeployResult.Outcome.CREATED);
            assertThat(created.finalState().status()).isEqualTo("CREATE_COMPLETE");
            assertThat(created.finalState().outputs()).extracting(StackOutput::key, StackOutput::value)
                    .contains(org.assertj.core.groups.Tuple.tuple("TableName", "prod-orders"));
            assertThat(created.plan().changes()).extracting(PlannedChange::logicalId).contains("Network", "Database");
            // Events of the nested stacks' resources, labelled with their path, as they happened.
            assertThat(h.out.text()).containsPattern("shop/Database/Table +AWS::DynamoDB::Table +CREATE_COMPLETE")
                    .containsPattern("shop/Network/Vpc +AWS::EC2::VPC +CREATE_COMPLETE")
                    .containsPattern("shop +AWS::CloudFormation::Stack +CREATE_COMPLETE");
            RecordedCall createChangeSet = h.cfn.recordedCalls().stream().filter(c -> c.action().equals("CreateChangeSet")).findFirst().orElseThrow();
            assertThat(createChangeSet.parameters()).containsEntry("IncludeNestedStacks", "true").containsEntry("ChangeSetType", "CREATE")
                    .containsEntry("ClientToken", "collab-infra-run1-changeset")
                    .containsValue("collab-infra:version");
            assertThat(h.cfn.recordedCalls()).filteredOn(c -> c.action().equals("ExecuteChangeSet"))
                    .extracting(c -> c.parameters().get("ClientRequestToken")).containsExactly("collab-infra-run1-execute");
            long createCalls = h.actions().size();
            assertThat(h.actions()).containsOnlyOnce("CreateChangeSet", "ExecuteChangeSet");
            h.cfn.reset();

            DeployResult again = h.deploy(shop(h, DATABASE));

            assertThat(again.outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
            assertThat(h.actions()).as("a no-op deploy: DescribeStacks and GetTemplate, no change set").containsExactly("DescribeStacks", "GetTemplate");
            assertThat(h.out.text()).contains("No changes: stack shop already runs this template");
            System.out.println("[figures] create with 2 nested stacks: " + createCalls + " CloudFormation calls; no-op: " + h.actions().size());
        }
    }

    @Test
    void anUpdateOfOneNestedStackShowsItInThePlanAndTouchesOnlyIt(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "deploy-update")) {
            h.deploy(shop(h, DATABASE));
            h.cfn.reset();
            h.out.lines.clear();
            String withQueue = DATABASE.replace("Outputs:", """
                      Queue:
                        Type: AWS::SQS::Queue
                    Outputs:""".stripIndent().replace("\nOutputs:", "\nOutputs:"));

            DeployResult updated = h.deploy(shop(h, withQueue));

            assertThat(updated.outcome()).isEqualTo(DeployResult.Outcome.UPDATED);
            assertThat(updated.plan().changes()).anySatisfy(c -> {
                assertThat(c.action()).isEqualTo("Add");
                assertThat(c.logicalId()).isEqualTo("Queue");
                assertThat(c.nestedStackPath()).containsExactly("Database");
            });
            assertThat(updated.plan().changes()).noneMatch(c -> c.nestedStackPath().equals(List.of("Network")));
            assertThat(h.out.text()).containsPattern("Add +Queue +AWS::SQS::Queue +- +stateful +Database")
                    .containsPattern("shop/Database/Queue +AWS::SQS::Queue +CREATE_COMPLETE")
                    .doesNotContainPattern("shop/Network/Vpc +AWS::EC2::VPC +UPDATE");
            System.out.println("[figures] update of one nested stack: " + h.actions().size() + " CloudFormation calls, "
                    + h.cfn.count("DescribeStackEvents") + " of them DescribeStackEvents");
        }
    }

    @Test
    void aFailureInsideANestedStackNamesTheRealReasonAndTheStackRollsBack(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "deploy-fail")) {
            String failing = DATABASE.replace("    DeletionPolicy: Retain\n", """
                        DeletionPolicy: Retain
                        Metadata:
                          LocalEndpoint:
                            FailOn: CREATE
                            Reason: "Resource handler returned message: Table already exists: prod-orders"
                    """);

            assertThatThrownBy(() -> h.deploy(shop(h, failing)))
                    .isInstanceOf(UserException.class)
                    .hasMessageContaining("Deploy of stack shop failed: shop/Database/Table: Resource handler returned message: Table already exists: prod-orders")
                    .hasMessageContaining("ROLLBACK_COMPLETE")
                    .hasMessageContaining("recreateFailedStack");

            assertThat(h.gateway.describeStack("shop")).get().extracting(StackState::status).isEqualTo("ROLLBACK_COMPLETE");
            List<String> why = h.out.lines.subList(h.out.lines.indexOf("ERROR Why it failed:"), h.out.lines.size());
            assertThat(why).anySatisfy(l -> assertThat(l).contains("shop/Database/Table (AWS::DynamoDB::Table) CREATE_FAILED"));
            assertThat(why).noneMatch(l -> l.contains("Embedded stack")).noneMatch(l -> l.contains("cancelled"));
            assertThat(why).last().isEqualTo("ERROR Final status of stack shop: ROLLBACK_COMPLETE");
        }
    }

    @Test
    void aRolledBackCreateStopsWithTheFixOrIsRecreatedWhenAsked(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "deploy-recreate")) {
            String failing = DATABASE.replace("    DeletionPolicy: Retain\n", """
                        DeletionPolicy: Retain
                        Metadata:
                          LocalEndpoint:
                            FailOn: CREATE
                            Reason: "Limit exceeded for tables"
                    """);
            assertThatThrownBy(() -> h.deploy(shop(h, failing))).isInstanceOf(UserException.class);
            h.cfn.reset();

            assertThatThrownBy(() -> h.deploy(shop(h, DATABASE)))
                    .isInstanceOf(UserException.class)
                    .hasMessageContaining("Stack shop is ROLLBACK_COMPLETE: it was never created successfully")
                    .hasMessageContaining("Limit exceeded for tables")
                    .hasMessageContaining("-Dcollab-infra.recreateFailedStack=true")
                    .hasMessageContaining("mvn collab-infra:delete -Denv=test -Dcollab-infra.confirm=shop");
            assertThat(h.actions()).doesNotContain("DeleteStack", "CreateChangeSet");

            EndpointHarness.Request again = shop(h, DATABASE);
            again.recreateFailedStack = true;
            DeployResult recreated = h.deploy(again);

            assertThat(recreated.outcome()).isEqualTo(DeployResult.Outcome.CREATED);
            assertThat(recreated.finalState().status()).isEqualTo("CREATE_COMPLETE");
            assertThat(h.actions()).containsSubsequence("DeleteStack", "CreateChangeSet", "ExecuteChangeSet");
        }
    }

    @Test
    void survivesThrottlingOfAThirdOfTheCalls(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "deploy-throttle")) {
            // Every third call is answered with Throttling, whatever the timing.
            h.cfn.faults().throttleEveryNth(3);

            DeployResult created = h.deploy(shop(h, DATABASE));

            assertThat(created.finalState().status()).isEqualTo("CREATE_COMPLETE");
            List<RecordedCall> calls = h.cfn.recordedCalls();
            long throttled = calls.stream().filter(c -> "Throttling".equals(c.errorCode())).count();
            assertThat(throttled).as("calls answered with Throttling").isEqualTo(calls.size() / 3).isGreaterThanOrEqualTo(3);
            assertThat(calls).filteredOn(c -> c.action().equals("ExecuteChangeSet") && c.succeeded()).hasSize(1);
            System.out.println("[figures] create under 1/3 throttling: " + calls.size() + " calls, " + throttled + " throttled");
        }
    }
}
