package dev.collabinfra.testendpoint;

import static dev.collabinfra.testendpoint.EndpointClients.settle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.AlreadyExistsException;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;

@ExtendWith(LocalEndpointExtension.class)
class StackLifecycleTest {

    static final String QUEUE_AND_TABLE = """
            Parameters:
              Env:
                Type: String
                AllowedValues: [dev, prod]
              Secret:
                Type: String
                NoEcho: true
            Conditions:
              IsProd: !Equals [!Ref Env, prod]
            Resources:
              Queue:
                Type: AWS::SQS::Queue
                Properties:
                  VisibilityTimeout: 30
              Table:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: !Sub "${AWS::StackName}-${Env}-table"
                  BillingMode: PAY_PER_REQUEST
                  Tags:
                    - Key: queue
                      Value: !GetAtt Queue.Arn
              Alarm:
                Type: AWS::SNS::Topic
                Condition: IsProd
            Outputs:
              TableName:
                Value: !Ref Table
              QueueArn:
                Value: !GetAtt Queue.Arn
                Export:
                  Name: !Sub "${AWS::StackName}-queue"
              Mode:
                Value: !If [IsProd, production, !Join ["-", [not, !Ref Env]]]
              Region:
                Value: !Select [1, !Split [",", !Sub "x,${AWS::Region},y"]]
            """;

    @Test
    void createsAStackAsynchronouslyWithEventsInDependencyOrderAndResolvedOutputs(LocalCloudFormation cfn)
            throws Exception {
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            String slowTable = QUEUE_AND_TABLE.replace("    Type: AWS::DynamoDB::Table\n",
                    "    Type: AWS::DynamoDB::Table\n    Metadata:\n      LocalEndpoint:\n        Delay: 1500\n");
            String stackId = client.createStack(c -> c.stackName("app").templateBody(slowTable)
                    .parameters(param("Env", "dev"), param("Secret", "hunter2"))).stackId();

            assertThat(stackId).matches("arn:aws:cloudformation:us-east-1:123456789012:stack/app/[0-9a-f-]{36}");
            assertThat(client.describeStacks(d -> d.stackName("app")).stacks().get(0).stackStatusAsString())
                    .isEqualTo("CREATE_IN_PROGRESS");
            Stack stack = settle(client, "app");

            assertThat(stack.stackStatusAsString()).isEqualTo("CREATE_COMPLETE");
            assertThat(outputs(stack)).containsEntry("TableName", "app-dev-table")
                    .containsEntry("Mode", "not-dev")
                    .containsEntry("Region", "us-east-1")
                    .hasEntrySatisfying("QueueArn", arn -> assertThat(arn).startsWith("arn:aws:sqs:us-east-1:123456789012:app-Queue-"));
            assertThat(stack.outputs()).filteredOn(o -> o.outputKey().equals("QueueArn")).extracting(Output::exportName)
                    .containsExactly("app-queue");
            assertThat(stack.parameters()).extracting(Parameter::parameterKey, Parameter::parameterValue)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Env", "dev"),
                            org.assertj.core.groups.Tuple.tuple("Secret", "****"));
            List<StackResourceSummary> resources = client.listStackResources(l -> l.stackName("app")).stackResourceSummaries();
            assertThat(resources).extracting(StackResourceSummary::logicalResourceId).containsExactlyInAnyOrder("Queue", "Table");
            List<String> timeline = chronological(client, "app").stream()
                    .map(e -> e.logicalResourceId() + " " + e.resourceStatusAsString()).toList();
            assertThat(timeline).containsSubsequence("app CREATE_IN_PROGRESS", "Queue CREATE_IN_PROGRESS",
                    "Queue CREATE_COMPLETE", "Table CREATE_IN_PROGRESS", "Table CREATE_COMPLETE", "app CREATE_COMPLETE");
            assertThat(cfn.recordedCalls().get(0).parameters())
                    .as("the endpoint records what was sent, NoEcho values included")
                    .containsEntry("Parameters.member.2.ParameterValue", "hunter2");
        }
    }

    @Test
    void updatesAStackAndRefusesAnUpdateThatChangesNothing(LocalCloudFormation cfn) throws Exception {
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            client.createStack(c -> c.stackName("app").templateBody(QUEUE_AND_TABLE)
                    .parameters(param("Env", "dev"), param("Secret", "s")));
            settle(client, "app");

            assertThatThrownBy(() -> client.updateStack(u -> u.stackName("app").usePreviousTemplate(true)
                    .parameters(Parameter.builder().parameterKey("Env").usePreviousValue(true).build(),
                            Parameter.builder().parameterKey("Secret").usePreviousValue(true).build())))
                    .isInstanceOf(CloudFormationException.class)
                    .hasMessageContaining("No updates are to be performed.")
                    .extracting(e -> ((CloudFormationException) e).awsErrorDetails().errorCode()).isEqualTo("ValidationError");

            client.updateStack(u -> u.stackName("app").usePreviousTemplate(true)
                    .parameters(param("Env", "prod"), Parameter.builder().parameterKey("Secret").usePreviousValue(true).build()));
            Stack updated = settle(client, "app");

            assertThat(updated.stackStatusAsString()).isEqualTo("UPDATE_COMPLETE");
            assertThat(outputs(updated)).containsEntry("Mode", "production").containsEntry("TableName", "app-prod-table");
            List<String> timeline = chronological(client, "app").stream()
                    .map(e -> e.logicalResourceId() + " " + e.resourceStatusAsString() + " " + e.resourceStatusReason()).toList();
            assertThat(timeline).containsSubsequence("app UPDATE_IN_PROGRESS User Initiated",
                    "Table UPDATE_IN_PROGRESS Requested update requires the creation of a new physical resource; hence creating one.",
                    "app UPDATE_COMPLETE_CLEANUP_IN_PROGRESS null", "Table DELETE_COMPLETE null", "app UPDATE_COMPLETE null");
            assertThat(timeline).contains("Alarm CREATE_COMPLETE null");
            assertThat(cfn.recordedCalls().stream().filter(c -> c.action().equals("UpdateStack")))
                    .extracting(RecordedCall::errorCode).containsExactly("ValidationError", null);
        }
    }

    @Test
    void deletesAStackWhichThenOnlyShowsUpByItsId(LocalCloudFormation cfn) throws Exception {
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            String id = client.createStack(c -> c.stackName("gone").templateBody(QUEUE_AND_TABLE)
                    .parameters(param("Env", "dev"), param("Secret", "s"))).stackId();
            settle(client, "gone");

            client.deleteStack(d -> d.stackName("gone"));
            Stack deleted = settle(client, id);

            assertThat(deleted.stackStatusAsString()).isEqualTo("DELETE_COMPLETE");
            assertThat(deleted.deletionTime()).isNotNull();
            assertThatThrownBy(() -> client.describeStacks(d -> d.stackName("gone")))
                    .hasMessageContaining("Stack with id gone does not exist");
            assertThat(chronological(client, id)).extracting(e -> e.logicalResourceId() + " " + e.resourceStatusAsString())
                    .containsSubsequence("Table DELETE_COMPLETE", "Queue DELETE_COMPLETE", "gone DELETE_COMPLETE");
        }
    }

    @Test
    void rejectsWhatAwsRejects(LocalCloudFormation cfn) throws Exception {
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            client.createStack(c -> c.stackName("dup").templateBody(QUEUE_AND_TABLE)
                    .parameters(param("Env", "dev"), param("Secret", "s")));

            assertThatThrownBy(() -> client.createStack(c -> c.stackName("dup").templateBody(QUEUE_AND_TABLE)
                    .parameters(param("Env", "dev"), param("Secret", "s"))))
                    .isInstanceOf(AlreadyExistsException.class).hasMessageContaining("Stack [dup] already exists");
            assertThatThrownBy(() -> client.createStack(c -> c.stackName("p").templateBody(QUEUE_AND_TABLE)
                    .parameters(param("Env", "test"), param("Secret", "s"))))
                    .hasMessageContaining("Parameter 'Env' must be one of AllowedValues");
            assertThatThrownBy(() -> client.createStack(c -> c.stackName("p").templateBody(QUEUE_AND_TABLE)))
                    .hasMessageContaining("Parameters: [Env, Secret] must have values");
            String big = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n" + "#".repeat(51_200);
            assertThatThrownBy(() -> client.createStack(c -> c.stackName("big").templateBody(big)))
                    .hasMessageContaining("Member must have length less than or equal to 51200");
            assertThatThrownBy(() -> client.createStack(c -> c.stackName("url")
                    .templateURL("https://example.com/template.yaml")))
                    .hasMessageContaining("TemplateURL must be a supported URL.");
            assertThatThrownBy(() -> client.createStack(c -> c.stackName("refs")
                    .templateBody("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Ref Nope\n")))
                    .hasMessageContaining("Unresolved resource dependencies [Nope]");
            assertThatThrownBy(() -> client.createStack(c -> c.stackName("iam")
                    .templateBody("Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: x\n")))
                    .isInstanceOf(software.amazon.awssdk.services.cloudformation.model.InsufficientCapabilitiesException.class)
                    .hasMessageContaining("Requires capabilities : [CAPABILITY_NAMED_IAM]");
        }
    }

    @Test
    void terminationProtectionBlocksDeleteUntilItIsLifted(LocalCloudFormation cfn) throws Exception {
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            String id = client.createStack(c -> c.stackName("kept").templateBody(QUEUE_AND_TABLE)
                    .enableTerminationProtection(true).parameters(param("Env", "dev"), param("Secret", "s"))).stackId();
            assertThat(settle(client, "kept").enableTerminationProtection()).isTrue();

            assertThatThrownBy(() -> client.deleteStack(d -> d.stackName("kept")))
                    .hasMessageContaining("Stack [kept] cannot be deleted while TerminationProtection is enabled");
            client.updateTerminationProtection(u -> u.stackName("kept").enableTerminationProtection(false));
            client.deleteStack(d -> d.stackName("kept"));

            assertThat(settle(client, id).stackStatusAsString()).isEqualTo("DELETE_COMPLETE");
        }
    }

    @Test
    void pagesEventsNewestFirst(LocalCloudFormation cfn) throws Exception {
        try (LocalCloudFormation paged = LocalCloudFormation.builder().pageSize(4).start();
                CloudFormationClient client = EndpointClients.cloudFormation(paged)) {
            client.createStack(c -> c.stackName("events").templateBody(QUEUE_AND_TABLE)
                    .parameters(param("Env", "prod"), param("Secret", "s")));
            settle(client, "events");

            var first = client.describeStackEvents(d -> d.stackName("events"));
            List<StackEvent> all = new ArrayList<>(first.stackEvents());
            String token = first.nextToken();
            while (token != null) {
                String next = token;
                var page = client.describeStackEvents(d -> d.stackName("events").nextToken(next));
                assertThat(page.stackEvents()).hasSizeLessThanOrEqualTo(4);
                all.addAll(page.stackEvents());
                token = page.nextToken();
            }

            assertThat(first.stackEvents()).hasSize(4);
            assertThat(all).hasSize(3 * 3 + 2);
            assertThat(all.get(0).resourceStatusAsString()).isEqualTo("CREATE_COMPLETE");
            assertThat(all.get(0).logicalResourceId()).isEqualTo("events");
            assertThat(all.get(all.size() - 1).resourceStatusReason()).isEqualTo("User Initiated");
            assertThat(all).extracting(StackEvent::timestamp).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(all).extracting(StackEvent::eventId).doesNotHaveDuplicates();
        }
    }

    @Test
    void describesTemplatesAndUsesTheRegionTheRequestWasSignedFor(LocalCloudFormation cfn) throws Exception {
        String iam = QUEUE_AND_TABLE.replace("Resources:\n", "Resources:\n  Role:\n    Type: AWS::IAM::Role\n");
        try (CloudFormationClient client = CloudFormationClient.builder().endpointOverride(cfn.endpoint())
                .region(software.amazon.awssdk.regions.Region.EU_WEST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("dummy", "dummy")))
                .build()) {
            var summary = client.getTemplateSummary(g -> g.templateBody(iam));
            assertThat(summary.resourceTypes()).containsExactly("AWS::IAM::Role", "AWS::SQS::Queue",
                    "AWS::DynamoDB::Table", "AWS::SNS::Topic");
            assertThat(summary.capabilitiesAsStrings()).containsExactly("CAPABILITY_IAM");
            assertThat(summary.parameters()).extracting(p -> p.parameterKey() + " " + p.noEcho() + " "
                            + p.parameterConstraints().allowedValues())
                    .containsExactly("Env false [dev, prod]", "Secret true []");
            assertThat(client.validateTemplate(v -> v.templateBody(QUEUE_AND_TABLE)).parameters()).hasSize(2);

            client.createStack(c -> c.stackName("eu").templateBody(iam).capabilitiesWithStrings("CAPABILITY_IAM")
                    .parameters(param("Env", "dev"), param("Secret", "s")));
            Stack stack = settle(client, "eu");

            assertThat(stack.stackId()).startsWith("arn:aws:cloudformation:eu-west-1:123456789012:stack/eu/");
            assertThat(outputs(stack)).containsEntry("Region", "eu-west-1");
            assertThat(client.getTemplate(g -> g.stackName("eu")).templateBody()).isEqualTo(iam);
            assertThat(cfn.count("CreateStack")).isEqualTo(1);
            cfn.reset();
            assertThat(cfn.recordedCalls()).isEmpty();
        }
    }

    static Parameter param(String key, String value) {
        return Parameter.builder().parameterKey(key).parameterValue(value).build();
    }

    static Map<String, String> outputs(Stack stack) {
        return stack.outputs().stream().collect(Collectors.toMap(Output::outputKey, Output::outputValue));
    }

    static List<StackEvent> chronological(CloudFormationClient client, String stack) {
        List<StackEvent> events = new ArrayList<>(client.describeStackEventsPaginator(d -> d.stackName(stack))
                .stackEvents().stream().toList());
        java.util.Collections.reverse(events);
        return events;
    }
}
