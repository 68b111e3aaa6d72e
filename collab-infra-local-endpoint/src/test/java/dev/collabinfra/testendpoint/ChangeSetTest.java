package dev.collabinfra.testendpoint;

import static dev.collabinfra.testendpoint.EndpointClients.changeSet;
import static dev.collabinfra.testendpoint.EndpointClients.settle;
import static dev.collabinfra.testendpoint.StackLifecycleTest.chronological;
import static dev.collabinfra.testendpoint.StackLifecycleTest.param;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.InvalidChangeSetStatusException;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;

@ExtendWith(LocalEndpointExtension.class)
class ChangeSetTest {

    static final String V1 = """
            Parameters:
              TableName:
                Type: String
              Password:
                Type: String
                NoEcho: true
            Resources:
              Table:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: !Ref TableName
                  BillingMode: PAY_PER_REQUEST
              Reader:
                Type: AWS::SQS::Queue
                Properties:
                  VisibilityTimeout: 30
                  Tags:
                    - Key: table
                      Value: !GetAtt Table.Arn
              Old:
                Type: AWS::SNS::Topic
              Db:
                Type: AWS::RDS::DBInstance
                Properties:
                  DBInstanceClass: db.t3.micro
                  Engine: postgres
            """;

    static final String V2 = """
            Parameters:
              TableName:
                Type: String
              Password:
                Type: String
                NoEcho: true
            Resources:
              Table:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: !Ref TableName
                  BillingMode: PROVISIONED
                  AttributeDefinitions: []
              Reader:
                Type: AWS::SQS::Queue
                Properties:
                  VisibilityTimeout: 60
                  Tags:
                    - Key: table
                      Value: !GetAtt Table.Arn
              New:
                Type: AWS::SNS::Topic
              Db:
                Type: AWS::RDS::DBInstance
                Properties:
                  DBInstanceClass: db.t3.micro
                  Engine: mysql
            """;

    @Test
    void aCreateChangeSetPutsTheNewStackInReviewAndExecutesIntoACreate(LocalCloudFormation cfn) throws Exception {
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            var created = client.createChangeSet(c -> c.stackName("cs").changeSetName("create-1")
                    .changeSetType(ChangeSetType.CREATE).templateBody(V1)
                    .parameters(param("TableName", "orders"), param("Password", "pw")));

            assertThat(client.describeStacks(d -> d.stackName("cs")).stacks().get(0).stackStatusAsString())
                    .isEqualTo("REVIEW_IN_PROGRESS");
            DescribeChangeSetResponse described = changeSet(client, "cs", "create-1");
            assertThat(described.changeSetId()).isEqualTo(created.id());
            assertThat(described.executionStatusAsString()).isEqualTo("AVAILABLE");
            assertThat(described.parameters()).extracting(p -> p.parameterKey() + "=" + p.parameterValue())
                    .containsExactly("TableName=orders", "Password=****");
            assertThat(described.changes()).extracting(c -> c.resourceChange().actionAsString() + " " + c.resourceChange().logicalResourceId())
                    .containsExactlyInAnyOrder("Add Table", "Add Reader", "Add Old", "Add Db");

            client.executeChangeSet(e -> e.stackName("cs").changeSetName("create-1"));

            assertThat(settle(client, "cs").stackStatusAsString()).isEqualTo("CREATE_COMPLETE");
            assertThat(settle(client, "cs").changeSetId()).isEqualTo(created.id());
            assertThat(client.describeChangeSet(d -> d.changeSetName(created.id())).executionStatusAsString())
                    .isEqualTo("EXECUTE_COMPLETE");
        }
    }

    @Test
    void anUpdateChangeSetShowsAddModifyRemoveWithReplacementFromUpdateTypes(LocalCloudFormation cfn) throws Exception {
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            client.createStack(c -> c.stackName("up").templateBody(V1)
                    .parameters(param("TableName", "orders"), param("Password", "pw")));
            settle(client, "up");

            client.createChangeSet(c -> c.stackName("up").changeSetName("rename").templateBody(V2)
                    .parameters(param("TableName", "orders-v2"),
                            software.amazon.awssdk.services.cloudformation.model.Parameter.builder()
                                    .parameterKey("Password").usePreviousValue(true).build()));
            DescribeChangeSetResponse described = changeSet(client, "up", "rename");

            assertThat(described.statusAsString()).isEqualTo("CREATE_COMPLETE");
            List<ResourceChange> changes = described.changes().stream().map(Change::resourceChange).toList();
            assertThat(changes).extracting(ResourceChange::actionAsString, ResourceChange::logicalResourceId,
                            ResourceChange::replacementAsString)
                    .containsExactlyInAnyOrder(
                            tuple("Modify", "Table", "True"),
                            tuple("Modify", "Reader", "False"),
                            tuple("Add", "New", null),
                            tuple("Remove", "Old", null),
                            tuple("Modify", "Db", "Conditional"));
            ResourceChange table = changes.stream().filter(c -> c.logicalResourceId().equals("Table")).findFirst().orElseThrow();
            assertThat(table.details()).extracting(d -> d.target().name() + " " + d.target().requiresRecreationAsString()
                            + " " + d.evaluationAsString())
                    .containsExactlyInAnyOrder("TableName Always Static", "BillingMode Never Static",
                            "AttributeDefinitions Never Static");
            // update types come from the bundled specification: RDS Engine is Conditional there
            ResourceChange db = changes.stream().filter(c -> c.logicalResourceId().equals("Db")).findFirst().orElseThrow();
            assertThat(db.details()).extracting(d -> d.target().name() + " " + d.target().requiresRecreationAsString())
                    .containsExactly("Engine Conditionally");
            assertThat(table.physicalResourceId()).isEqualTo("orders");
            ResourceChange reader = changes.stream().filter(c -> c.logicalResourceId().equals("Reader")).findFirst().orElseThrow();
            assertThat(reader.details()).extracting(d -> d.target().name() + " " + d.evaluationAsString() + " " + d.causingEntity())
                    .containsExactlyInAnyOrder("VisibilityTimeout Static null", "Tags Dynamic Table.Arn");

            client.executeChangeSet(e -> e.stackName("up").changeSetName("rename"));

            assertThat(settle(client, "up").stackStatusAsString()).isEqualTo("UPDATE_COMPLETE");
            assertThat(client.listStackResources(l -> l.stackName("up")).stackResourceSummaries())
                    .extracting(r -> r.logicalResourceId() + " " + r.physicalResourceId())
                    .contains("Table orders-v2").noneMatch(line -> line.startsWith("Old"));
        }
    }

    @Test
    void aResourceItsConditionLeavesOutStaysOutOfAnUpdateChangeSet(LocalCloudFormation cfn) throws Exception {
        // Like the example's cdn.yaml WebAcl outside us-east-1 (this client signs for us-east-1, so the
        // condition here is the other way round): the resource is referenced only from the false branch of an Fn::If.
        String template = """
                Parameters:
                  Label: {Type: String}
                Conditions:
                  InUsWest2: !Equals [!Ref AWS::Region, us-west-2]
                Resources:
                  Acl:
                    Type: AWS::WAFv2::WebACL
                    Condition: InUsWest2
                    Properties:
                      Scope: CLOUDFRONT
                  Queue:
                    Type: AWS::SQS::Queue
                    Properties:
                      Tags:
                        - Key: acl
                          Value: !If [InUsWest2, !GetAtt Acl.Arn, none]
                  Topic:
                    Type: AWS::SNS::Topic
                    Properties:
                      DisplayName: !Ref Label
                """;
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            client.createStack(c -> c.stackName("cond").templateBody(template).parameters(param("Label", "one")));
            assertThat(settle(client, "cond").stackStatusAsString()).isEqualTo("CREATE_COMPLETE");

            client.createChangeSet(c -> c.stackName("cond").changeSetName("relabel").templateBody(template)
                    .parameters(param("Label", "two")));

            assertThat(changeSet(client, "cond", "relabel").changes())
                    .extracting(c -> c.resourceChange().actionAsString() + " " + c.resourceChange().logicalResourceId())
                    .containsExactly("Modify Topic");
        }
    }

    @Test
    void aChangeSetWithoutChangesFailsWithAwsReasonAndCannotBeExecuted(LocalCloudFormation cfn) throws Exception {
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            client.createStack(c -> c.stackName("same").templateBody(V1)
                    .parameters(param("TableName", "t"), param("Password", "pw")));
            settle(client, "same");

            client.createChangeSet(c -> c.stackName("same").changeSetName("nothing").templateBody(V1)
                    .parameters(param("TableName", "t"), param("Password", "pw")));
            DescribeChangeSetResponse described = changeSet(client, "same", "nothing");

            assertThat(described.statusAsString()).isEqualTo("FAILED");
            assertThat(described.statusReason()).isEqualTo("The submitted information didn't contain changes. "
                    + "Submit different information to create a change set.");
            assertThat(described.executionStatusAsString()).isEqualTo("UNAVAILABLE");
            assertThatThrownBy(() -> client.executeChangeSet(e -> e.stackName("same").changeSetName("nothing")))
                    .isInstanceOf(InvalidChangeSetStatusException.class);
            client.deleteChangeSet(d -> d.stackName("same").changeSetName("nothing"));
            assertThat(client.listChangeSets(l -> l.stackName("same")).summaries()).isEmpty();
            assertThatThrownBy(() -> client.describeChangeSet(d -> d.stackName("same").changeSetName("nothing")))
                    .isInstanceOf(software.amazon.awssdk.services.cloudformation.model.ChangeSetNotFoundException.class);
        }
    }

    @Test
    void nestedStacksGetTheirOwnChangeSetsWhenAsked(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        String url = EndpointClients.upload(s3, "cs-nested", "child-v1.yaml", NestedStackTest.CHILD);
        String urlV2 = EndpointClients.upload(s3, "cs-nested", "child-v2.yaml",
                NestedStackTest.CHILD.replace("${Prefix}-table", "${Prefix}-table-2"));
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            client.createStack(c -> c.stackName("tree").templateBody(NestedStackTest.parent(url)));
            settle(client, "tree");

            client.createChangeSet(c -> c.stackName("tree").changeSetName("deep").includeNestedStacks(true)
                    .templateBody(NestedStackTest.parent(urlV2)));
            DescribeChangeSetResponse root = changeSet(client, "tree", "deep");

            ResourceChange child = root.changes().stream().map(Change::resourceChange)
                    .filter(c -> c.logicalResourceId().equals("Child")).findFirst().orElseThrow();
            assertThat(child.actionAsString()).isEqualTo("Modify");
            assertThat(child.changeSetId()).isNotNull().isNotEqualTo(root.changeSetId());
            DescribeChangeSetResponse nested = client.describeChangeSet(d -> d.changeSetName(child.changeSetId()));
            assertThat(nested.parentChangeSetId()).isEqualTo(root.changeSetId());
            assertThat(nested.rootChangeSetId()).isEqualTo(root.changeSetId());
            assertThat(nested.stackId()).isEqualTo(child.physicalResourceId());
            assertThat(nested.changes()).extracting(c -> c.resourceChange().logicalResourceId() + " "
                    + c.resourceChange().replacementAsString()).containsExactly("Table True");
            assertThat(root.changes()).extracting(c -> c.resourceChange().logicalResourceId() + " "
                    + c.resourceChange().replacementAsString()).containsExactlyInAnyOrder("Child False", "Topic False");
            assertThat(root.changes().stream().map(Change::resourceChange).filter(c -> c.logicalResourceId().equals("Topic"))
                    .flatMap(c -> c.details().stream()))
                    .extracting(d -> d.target().name() + " " + d.evaluationAsString() + " " + d.changeSourceAsString()
                            + " " + d.causingEntity())
                    .containsExactly("DisplayName Dynamic ResourceAttribute Child.Outputs.TableArn");

            client.executeChangeSet(e -> e.changeSetName(root.changeSetId()));

            assertThat(settle(client, "tree").stackStatusAsString()).isEqualTo("UPDATE_COMPLETE");
            assertThat(StackLifecycleTest.outputs(settle(client, "tree")))
                    .containsEntry("ChildTable", "arn:aws:dynamodb:us-east-1:123456789012:table/tree-table-2");
            assertThat(chronological(client, child.physicalResourceId()))
                    .extracting(e -> e.logicalResourceId() + " " + e.resourceStatusAsString())
                    .containsSubsequence("Table UPDATE_IN_PROGRESS", "Table UPDATE_COMPLETE", "Table DELETE_COMPLETE");
        }
    }

    @Test
    void aCreateChangeSetWithNestedStacksPreparesTheChildrenForReview(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        String url = EndpointClients.upload(s3, "cs-nested-create", "child.yaml", NestedStackTest.CHILD);
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            client.createChangeSet(c -> c.stackName("fresh").changeSetName("first").includeNestedStacks(true)
                    .changeSetType(ChangeSetType.CREATE).templateBody(NestedStackTest.parent(url)));
            DescribeChangeSetResponse root = changeSet(client, "fresh", "first");

            ResourceChange child = root.changes().stream().map(Change::resourceChange)
                    .filter(c -> c.logicalResourceId().equals("Child")).findFirst().orElseThrow();
            assertThat(child.actionAsString()).isEqualTo("Add");
            DescribeChangeSetResponse nested = client.describeChangeSet(d -> d.changeSetName(child.changeSetId()));
            assertThat(nested.changes()).extracting(c -> c.resourceChange().actionAsString() + " "
                    + c.resourceChange().logicalResourceId()).containsExactly("Add Table");
            assertThat(client.describeStacks(d -> d.stackName(nested.stackId())).stacks().get(0).stackStatusAsString())
                    .isEqualTo("REVIEW_IN_PROGRESS");

            client.executeChangeSet(e -> e.changeSetName(root.changeSetId()));

            assertThat(settle(client, "fresh").stackStatusAsString()).isEqualTo("CREATE_COMPLETE");
            assertThat(client.describeStackResources(d -> d.stackName("fresh").logicalResourceId("Child"))
                    .stackResources().get(0).physicalResourceId()).isEqualTo(nested.stackId());
            assertThat(client.describeStacks(d -> d.stackName(nested.stackId())).stacks().get(0).stackStatusAsString())
                    .isEqualTo("CREATE_COMPLETE");
            assertThat(client.describeChangeSet(d -> d.changeSetName(child.changeSetId())).executionStatusAsString())
                    .isEqualTo("EXECUTE_COMPLETE");
        }
    }

    @Test
    void pagesTheChangesOfABigChangeSet(LocalS3 s3) throws Exception {
        StringBuilder template = new StringBuilder("Resources:\n");
        for (int i = 0; i < 7; i++) {
            template.append("  Queue").append(i).append(":\n    Type: AWS::SQS::Queue\n");
        }
        try (LocalCloudFormation paged = LocalCloudFormation.builder().pageSize(3).start();
                CloudFormationClient client = EndpointClients.cloudFormation(paged)) {
            client.createChangeSet(c -> c.stackName("many").changeSetName("all").changeSetType(ChangeSetType.CREATE)
                    .templateBody(template.toString()));
            DescribeChangeSetResponse first = changeSet(client, "many", "all");
            List<Change> all = new ArrayList<>(first.changes());
            String token = first.nextToken();
            while (token != null) {
                String next = token;
                DescribeChangeSetResponse page = client.describeChangeSet(d -> d.stackName("many").changeSetName("all")
                        .nextToken(next));
                all.addAll(page.changes());
                token = page.nextToken();
            }

            assertThat(first.changes()).hasSize(3);
            assertThat(all).extracting(c -> c.resourceChange().logicalResourceId())
                    .containsExactly("Queue0", "Queue1", "Queue2", "Queue3", "Queue4", "Queue5", "Queue6");
        }
    }
}
