package dev.collabinfra.testendpoint;

import static dev.collabinfra.testendpoint.EndpointClients.settle;
import static dev.collabinfra.testendpoint.StackLifecycleTest.chronological;
import static dev.collabinfra.testendpoint.StackLifecycleTest.outputs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.cloudformation.model.StackResource;

@ExtendWith(LocalEndpointExtension.class)
class NestedStackTest {

    static final String CHILD = """
            Parameters:
              Prefix:
                Type: String
            Resources:
              Table:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: !Sub "${Prefix}-table"
            Outputs:
              TableArn:
                Value: !GetAtt Table.Arn
            """;

    static String parent(String templateUrl) {
        return """
                Resources:
                  Child:
                    Type: AWS::CloudFormation::Stack
                    Properties:
                      TemplateURL: %s
                      Parameters:
                        Prefix: !Ref AWS::StackName
                  Topic:
                    Type: AWS::SNS::Topic
                    Properties:
                      DisplayName: !GetAtt Child.Outputs.TableArn
                Outputs:
                  ChildTable:
                    Value: !GetAtt Child.Outputs.TableArn
                """.formatted(templateUrl);
    }

    @Test
    void createsNestedStacksAsRealChildStacksFromS3(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        EndpointClients.upload(s3, "nested-ok", "child.yaml", CHILD);
        String awsStyleUrl = "https://nested-ok.s3.us-east-1.amazonaws.com/child.yaml";
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            String parentId = client.createStack(c -> c.stackName("root").templateBody(parent(awsStyleUrl))).stackId();
            Stack parent = settle(client, "root");

            assertThat(parent.stackStatusAsString()).isEqualTo("CREATE_COMPLETE");
            assertThat(outputs(parent)).containsEntry("ChildTable", "arn:aws:dynamodb:us-east-1:123456789012:table/root-table");
            StackResource child = client.describeStackResources(d -> d.stackName("root").logicalResourceId("Child"))
                    .stackResources().get(0);
            assertThat(child.physicalResourceId()).matches("arn:aws:cloudformation:us-east-1:123456789012:stack/root-Child-[A-Z]{12}/.*");
            Stack childStack = client.describeStacks(d -> d.stackName(child.physicalResourceId())).stacks().get(0);
            assertThat(childStack.parentId()).isEqualTo(parentId);
            assertThat(childStack.rootId()).isEqualTo(parentId);
            assertThat(childStack.parameters().get(0).parameterValue()).isEqualTo("root");
            assertThat(chronological(client, child.physicalResourceId()))
                    .extracting(e -> e.logicalResourceId() + " " + e.resourceStatusAsString())
                    .containsSubsequence("Table CREATE_IN_PROGRESS", "Table CREATE_COMPLETE")
                    .allMatch(line -> !line.startsWith("Topic"));
            assertThat(chronological(client, "root")).extracting(e -> e.logicalResourceId() + " " + e.resourceStatusAsString())
                    .containsSubsequence("Child CREATE_COMPLETE", "Topic CREATE_IN_PROGRESS");
        }
    }

    @Test
    void aFailureInsideAChildFailsAndRollsBackTheParentWithTheRealReasonInTheChild(LocalCloudFormation cfn, LocalS3 s3)
            throws Exception {
        String failing = CHILD.replace("      TableName:", """
                      BillingMode: PAY_PER_REQUEST
                      TableName:""").replace("    Type: AWS::DynamoDB::Table\n", """
                    Type: AWS::DynamoDB::Table
                    Metadata:
                      LocalEndpoint:
                        FailOn: CREATE
                        Reason: "Resource handler returned message: \\"Table limit exceeded\\""
                """);
        String url = EndpointClients.upload(s3, "nested-fail", "child.yaml", failing);
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            client.createStack(c -> c.stackName("broken").templateBody(parent(url)));
            Stack parent = settle(client, "broken");

            assertThat(parent.stackStatusAsString()).isEqualTo("ROLLBACK_COMPLETE");
            List<StackEvent> parentEvents = chronological(client, "broken");
            StackEvent childFailed = parentEvents.stream().filter(e -> e.logicalResourceId().equals("Child")
                    && e.resourceStatusAsString().equals("CREATE_FAILED")).findFirst().orElseThrow();
            String childId = childFailed.physicalResourceId();
            assertThat(childFailed.resourceStatusReason()).isEqualTo("Embedded stack " + childId
                    + " was not successfully created: The following resource(s) failed to create: [Table]. ");
            assertThat(parentEvents).extracting(e -> e.logicalResourceId() + " " + e.resourceStatusAsString() + " " + e.resourceStatusReason())
                    .contains("broken ROLLBACK_IN_PROGRESS The following resource(s) failed to create: [Child]. Rollback requested by user.")
                    .containsSubsequence("Child DELETE_COMPLETE null", "broken ROLLBACK_COMPLETE null");
            assertThat(chronological(client, childId)).filteredOn(e -> e.resourceStatusAsString().equals("CREATE_FAILED"))
                    .extracting(StackEvent::resourceStatusReason)
                    .containsExactly("Resource handler returned message: \"Table limit exceeded\"");
            assertThat(client.describeStacks(d -> d.stackName(childId)).stacks().get(0).stackStatusAsString())
                    .isEqualTo("DELETE_COMPLETE");

            assertThatThrownBy(() -> client.updateStack(u -> u.stackName("broken").usePreviousTemplate(true)))
                    .hasMessageContaining("is in ROLLBACK_COMPLETE state and can not be updated.");
            client.deleteStack(d -> d.stackName("broken"));
            assertThat(settle(client, parent.stackId()).stackStatusAsString()).isEqualTo("DELETE_COMPLETE");
        }
    }

    @Test
    void aMissingNestedTemplateFailsTheResourceLikeAws(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        EndpointClients.upload(s3, "nested-missing", "other.yaml", CHILD);
        String url = s3.endpoint() + "/nested-missing/absent.yaml";
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            client.createStack(c -> c.stackName("missing").templateBody(parent(url)));

            assertThat(settle(client, "missing").stackStatusAsString()).isEqualTo("ROLLBACK_COMPLETE");
            assertThat(chronological(client, "missing")).filteredOn(e -> e.resourceStatusAsString().equals("CREATE_FAILED"))
                    .extracting(StackEvent::resourceStatusReason)
                    .containsExactly("TemplateURL must reference a valid S3 object to which you have access.");
        }
    }
}
