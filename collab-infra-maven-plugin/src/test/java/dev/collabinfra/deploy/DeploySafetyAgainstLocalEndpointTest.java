package dev.collabinfra.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.UserException;
import dev.collabinfra.testendpoint.LocalCloudFormation;
import dev.collabinfra.testendpoint.LocalEndpointExtension;
import dev.collabinfra.testendpoint.LocalS3;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What keeps a deploy safe, against the local CloudFormation endpoint over HTTP with the real SDK:
 * a stack already in progress, the data-loss guard, termination protection and delete, NoEcho
 * values, missing parameters, kept change sets and a failed rollback.
 */
@ExtendWith(LocalEndpointExtension.class)
class DeploySafetyAgainstLocalEndpointTest {

    static String table(String tableName, String extra) {
        return """
                Resources:
                  Table:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      TableName: %s
                  Topic:
                    Type: AWS::SNS::Topic
                %s""".formatted(tableName, extra);
    }

    @Test
    void waitsForAStackAlreadyInProgressThenDeploys(LocalS3 s3) throws Exception {
        String queues = """
                Resources:
                  First: {Type: AWS::SQS::Queue}
                  Second: {Type: AWS::SQS::Queue, DependsOn: First}
                  Third: {Type: AWS::SQS::Queue, DependsOn: Second}
                """;
        try (LocalCloudFormation slow = LocalCloudFormation.builder().s3Endpoint(s3.endpoint()).resourceDelay(Duration.ofMillis(300)).start();
                EndpointHarness h = new EndpointHarness(slow, s3, "deploy-busy")) {
            h.clients.cloudFormation().createStack(c -> c.stackName("busy").templateBody(queues));

            DeployResult result = h.deploy(EndpointHarness.request("busy", queues + "  Fourth: {Type: AWS::SQS::Queue}\n"));

            assertThat(result.outcome()).isEqualTo(DeployResult.Outcome.UPDATED);
            assertThat(h.out.text()).contains("Stack busy is CREATE_IN_PROGRESS (another operation is running); following it until it settles.")
                    .containsPattern("busy/Third +AWS::SQS::Queue +CREATE_COMPLETE")
                    .containsPattern("busy/Fourth +AWS::SQS::Queue +CREATE_COMPLETE");
            assertThat(h.out.text().indexOf("busy/Third")).isLessThan(h.out.text().indexOf("Creating change set"));
        }
    }

    @Test
    void theTimeoutEndsTheWaitWithTheStackStillRunningAndSaysHowToWatchIt(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        // The change set is quick; the queue takes 20 s to create.
        String slowQueue = """
                Resources:
                  Slow:
                    Type: AWS::SQS::Queue
                    Metadata:
                      LocalEndpoint: {Delay: 20000}
                """;
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "deploy-timeout")) {
            EndpointHarness.Request request = EndpointHarness.request("slow", slowQueue);
            request.timeout = Duration.ofSeconds(2);

            assertThatThrownBy(() -> h.deploy(request))
                    .isInstanceOf(StillRunningException.class)
                    .hasMessageContaining("CloudFormation is still working on stack slow")
                    .hasMessageContaining("Watch it with: mvn collab-infra:status -Denv=test");

            assertThat(h.gateway.describeStack("slow")).get().extracting(StackState::status).isEqualTo("CREATE_IN_PROGRESS");
        }
    }

    @Test
    void refusesToReplaceATableUnlessNamedAndThenReplacesIt(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "deploy-guard")) {
            h.deploy(EndpointHarness.request("orders", table("orders-v1", "")));
            h.cfn.reset();

            assertThatThrownBy(() -> h.deploy(EndpointHarness.request("orders", table("orders-v2", ""))))
                    .isInstanceOf(UserException.class)
                    .hasMessageContaining("Refused: change set")
                    .hasMessageContaining("would delete data in stack orders")
                    .hasMessageContaining("Table (AWS::DynamoDB::Table): replacement (True) deletes the old AWS::DynamoDB::Table;"
                            + " UpdateReplacePolicy is not set (Delete)")
                    .hasMessageContaining("The change set was deleted")
                    .hasMessageContaining("-Dcollab-infra.allowReplacement=Table");
            assertThat(h.actions()).contains("DeleteChangeSet").doesNotContain("ExecuteChangeSet");
            assertThat(h.out.text()).containsPattern("!! +REPLACE +Table +AWS::DynamoDB::Table +True");
            assertThat(h.gateway.describeStack("orders")).get().extracting(StackState::status).isEqualTo("CREATE_COMPLETE");

            EndpointHarness.Request allowed = EndpointHarness.request("orders", table("orders-v2", ""));
            allowed.allowReplacement.add("Table");
            DeployResult replaced = h.deploy(allowed);

            assertThat(replaced.outcome()).isEqualTo(DeployResult.Outcome.UPDATED);
            assertThat(h.out.text()).contains("WARN Allowed by allowReplacement: Table (AWS::DynamoDB::Table)");
        }
    }

    @Test
    void refusesToRemoveATableWhoseDeployedPolicyDeletesIt(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "deploy-remove")) {
            h.deploy(EndpointHarness.request("orders", table("orders", "  Kept:\n    Type: AWS::S3::Bucket\n    DeletionPolicy: Retain\n")));

            String onlyTopic = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n";
            assertThatThrownBy(() -> h.deploy(EndpointHarness.request("orders", onlyTopic)))
                    .hasMessageContaining("Table (AWS::DynamoDB::Table): removal deletes the AWS::DynamoDB::Table; DeletionPolicy is not set (Delete)")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Kept ("));
        }
    }

    @Test
    void terminationProtectionIsAppliedAfterCreateAndBlocksDeleteUntilLifted(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "deploy-protect")) {
            EndpointHarness.Request protectedStack = EndpointHarness.request("keep", table("keep-t", ""));
            protectedStack.terminationProtection = true;
            h.deploy(protectedStack);
            assertThat(h.actions()).containsSubsequence("ExecuteChangeSet", "UpdateTerminationProtection");
            assertThat(h.gateway.describeStack("keep")).get().extracting(StackState::terminationProtection).isEqualTo(true);
            StackDeleter deleter = new StackDeleter(h.context());
            h.cfn.reset();

            assertThatThrownBy(() -> deleter.delete("test", "keep", "kep", Duration.ofMinutes(1), SecretMasker.none()))
                    .hasMessageContaining("needs confirmation: run mvn collab-infra:delete -Denv=test -Dcollab-infra.confirm=keep");
            assertThat(h.actions()).as("no AWS call without confirmation").isEmpty();
            assertThatThrownBy(() -> deleter.delete("test", "keep", "keep", Duration.ofMinutes(1), SecretMasker.none()))
                    .hasMessageContaining("has termination protection")
                    .hasMessageContaining("'terminationProtection: false'");
            assertThat(h.actions()).doesNotContain("DeleteStack");

            EndpointHarness.Request lifted = EndpointHarness.request("keep", table("keep-t", ""));
            lifted.terminationProtection = false;
            assertThat(h.deploy(lifted).outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
            assertThat(deleter.delete("test", "keep", "keep", Duration.ofMinutes(1), SecretMasker.none())).get()
                    .extracting(StackState::status).isEqualTo("DELETE_COMPLETE");

            assertThat(h.gateway.describeStack("keep")).isEmpty();
            assertThat(h.out.text()).containsPattern("keep/Table +AWS::DynamoDB::Table +DELETE_COMPLETE").contains("Deleted stack keep.");
        }
    }

    @Test
    void aDeleteThatFailsNamesTheResourceAndWhy(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "deploy-delfail")) {
            h.deploy(EndpointHarness.request("sticky", """
                    Resources:
                      Bucket:
                        Type: AWS::S3::Bucket
                        Metadata:
                          LocalEndpoint:
                            FailOn: DELETE
                            Reason: "The bucket you tried to delete is not empty"
                      Topic: {Type: AWS::SNS::Topic}
                    """));

            assertThatThrownBy(() -> new StackDeleter(h.context()).delete("test", "sticky", "sticky", Duration.ofMinutes(1), SecretMasker.none()))
                    .hasMessageContaining("Stack sticky could not be deleted (DELETE_FAILED)")
                    .hasMessageContaining("sticky/Bucket (AWS::S3::Bucket): The bucket you tried to delete is not empty");
        }
    }

    @Test
    void aNoEchoValueNeverReachesTheLogOrFilesUnderTarget(LocalCloudFormation cfn, LocalS3 s3, @TempDir Path target) throws Exception {
        String secret = "pw-Sup3r-S3cret-4711";
        String template = """
                Parameters:
                  DbPassword: {Type: String, NoEcho: true}
                Resources:
                  Secret:
                    Type: AWS::SecretsManager::Secret
                    Properties:
                      SecretString: !Ref DbPassword
                Outputs:
                  Echoed:
                    Value: !Sub "password=${DbPassword}"
                """;
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "deploy-noecho")) {
            EndpointHarness.Request plan = EndpointHarness.request("vault", template).parameter("DbPassword", secret);
            plan.planOnly = true;
            DeployResult planned = h.deploy(plan);
            PlanFile.write(target.resolve("collab-infra/test/plan.json"), "vault", planned.plan(), false, planned.parameters(), planned.masker());

            DeployResult created = h.deploy(EndpointHarness.request("vault", template).parameter("DbPassword", secret));
            OutputsFiles.write(target.resolve("collab-infra/test"), created.finalState().outputs(), created.masker());
            OutputsFiles.table(created.finalState().outputs(), created.masker()).forEach(h.out::info);

            assertThat(h.cfn.recordedCalls()).as("the value did reach CloudFormation")
                    .anySatisfy(c -> assertThat(c.parameters()).containsValue(secret));
            assertThat(created.finalState().outputs()).extracting(StackOutput::value).contains("password=" + secret);
            // Built from a NoEcho parameter, the output is masked whole.
            assertThat(h.out.text()).doesNotContain(secret).contains("  Echoed  ****");
            try (Stream<Path> files = Files.walk(target)) {
                List<Path> all = files.filter(Files::isRegularFile).toList();
                assertThat(all).extracting(p -> p.getFileName().toString()).contains("plan.json", "outputs.json", "outputs.properties");
                for (Path file : all) {
                    assertThat(Files.readString(file)).as(file.toString()).doesNotContain(secret);
                }
            }
            assertThat(Files.readString(target.resolve("collab-infra/test/plan.json"))).contains("\"DbPassword\" : \"****\"");
            assertThat(Files.readString(target.resolve("collab-infra/test/outputs.json"))).contains("\"Echoed\" : \"****\"");
        }
    }

    @Test
    void missingParametersAreListedInOneErrorBeforeAnyChange(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "deploy-params")) {
            String template = """
                    Parameters:
                      ImageId: {Type: String}
                      KeyName: {Type: String}
                      Size: {Type: String, Default: small}
                    Resources:
                      Topic: {Type: AWS::SNS::Topic}
                    """;

            assertThatThrownBy(() -> h.deploy(EndpointHarness.request("params", template)))
                    .isInstanceOf(UserException.class)
                    .hasMessageContaining("no value for ImageId, KeyName (the template has no Default and the stack does not exist yet)");
            assertThat(h.actions()).containsExactly("DescribeStacks");
        }
    }

    @Test
    void aKeptPlanIsExecutedExactly(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "deploy-kept")) {
            h.deploy(EndpointHarness.request("kept", table("kept-t", "")));
            EndpointHarness.Request plan = EndpointHarness.request("kept", table("kept-t", "  Queue: {Type: AWS::SQS::Queue}\n"));
            plan.planOnly = true;
            plan.keepChangeSet = true;
            DeployResult planned = h.deploy(plan);
            assertThat(planned.outcome()).isEqualTo(DeployResult.Outcome.PLANNED);
            assertThat(h.out.text()).contains("Kept change set " + planned.plan().changeSetName()
                    + ". Execute exactly this plan with: mvn collab-infra:deploy -Denv=test -Dcollab-infra.changeSet=");
            h.cfn.reset();

            EndpointHarness.Request execute = EndpointHarness.request("kept", table("kept-t", ""));
            execute.keptChangeSet = planned.plan().changeSetName();
            DeployResult result = h.deploy(execute);

            assertThat(result.outcome()).isEqualTo(DeployResult.Outcome.UPDATED);
            assertThat(h.actions()).doesNotContain("CreateChangeSet");
            assertThat(h.cfn.recordedCalls()).filteredOn(c -> c.action().equals("ExecuteChangeSet"))
                    .extracting(c -> c.parameters().get("ChangeSetName")).containsExactly(planned.plan().changeSetId());
            assertThat(h.gateway.listStackResources(result.finalState().stackId())).extracting(StackResourceSummary::logicalId).contains("Queue");

            EndpointHarness.Request gone = EndpointHarness.request("kept", table("kept-t", ""));
            gone.keptChangeSet = "collab-infra-nope";
            assertThatThrownBy(() -> h.deploy(gone)).hasMessageContaining("has no change set named 'collab-infra-nope'")
                    .hasMessageContaining("-Dcollab-infra.keepChangeSet=true");
        }
    }

    @Test
    void aFailedRollbackIsExplainedAndContinuedWhenAsked(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        String v1 = """
                Resources:
                  Queue:
                    Type: AWS::SQS::Queue
                    Properties: {VisibilityTimeout: 30}
                    Metadata:
                      LocalEndpoint: {FailOn: [UPDATE, ROLLBACK], Reason: "Queue is locked"}
                """;
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "deploy-urf")) {
            h.deploy(EndpointHarness.request("locked", v1));
            assertThatThrownBy(() -> h.deploy(EndpointHarness.request("locked", v1.replace("30", "60"))))
                    .hasMessageContaining("Queue is locked");
            assertThat(h.gateway.describeStack("locked")).get().extracting(StackState::status).isEqualTo("UPDATE_ROLLBACK_FAILED");

            assertThatThrownBy(() -> h.deploy(EndpointHarness.request("locked", v1)))
                    .hasMessageContaining("Stack locked is UPDATE_ROLLBACK_FAILED")
                    .hasMessageContaining("-Dcollab-infra.continueUpdateRollback=true");
            h.cfn.reset();

            EndpointHarness.Request continued = EndpointHarness.request("locked", v1);
            continued.continueUpdateRollback = true;
            DeployResult result = h.deploy(continued);

            // The rollback finished; the stack then already runs v1, so nothing else changes.
            assertThat(h.actions()).contains("ContinueUpdateRollback").doesNotContain("CreateChangeSet");
            assertThat(result.outcome()).isEqualTo(DeployResult.Outcome.NO_CHANGES);
            assertThat(h.out.text()).containsPattern("locked +AWS::CloudFormation::Stack +UPDATE_ROLLBACK_COMPLETE");
        }
    }
}
