package dev.collabinfra.testendpoint;

import static dev.collabinfra.testendpoint.EndpointClients.changeSet;
import static dev.collabinfra.testendpoint.EndpointClients.settle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/** Each {@link Compatibility} switch, seen through the real SDK: off, the endpoint answers as AWS; on, as the other implementation. */
@ExtendWith(LocalEndpointExtension.class)
class CompatibilityTest {

    static final String QUEUE = """
            Parameters:
              Timeout:
                Type: Number
                Default: 30
            Resources:
              Queue:
                Type: AWS::SQS::Queue
                Properties:
                  VisibilityTimeout: !Ref Timeout
            """;

    @Test
    void changeSetCallsWithTheArnAloneNeedTheStackName(LocalCloudFormation cfn) throws Exception {
        try (CloudFormationClient client = EndpointClients.withoutRetries(cfn)) {
            String arn = client.createChangeSet(c -> c.stackName("named").changeSetName("one").changeSetType("CREATE").templateBody(QUEUE)).id();
            changeSet(client, "named", "one");
            assertThat(client.describeChangeSet(d -> d.changeSetName(arn)).statusAsString()).isEqualTo("CREATE_COMPLETE");

            cfn.compatibility().changeSetCallsNeedStackName(true);

            assertThatThrownBy(() -> client.describeChangeSet(d -> d.changeSetName(arn)))
                    .isInstanceOf(CloudFormationException.class).hasMessageContaining("Stack with id null does not exist");
            assertThatThrownBy(() -> client.executeChangeSet(e -> e.changeSetName(arn))).hasMessageContaining("Stack with id null does not exist");
            assertThatThrownBy(() -> client.deleteChangeSet(e -> e.changeSetName(arn))).hasMessageContaining("Stack with id null does not exist");
            assertThat(client.describeChangeSet(d -> d.stackName("named").changeSetName(arn)).statusAsString()).isEqualTo("CREATE_COMPLETE");
        }
    }

    @Test
    void noChangesListedAndAnEmptyChangeSetCompletesAndRunsAFullUpdate(LocalCloudFormation cfn) throws Exception {
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            cfn.compatibility().listNoChanges(true).completeEmptyChangeSets(true);
            client.createChangeSet(c -> c.stackName("q").changeSetName("create").changeSetType("CREATE").templateBody(QUEUE));
            assertThat(changeSet(client, "q", "create").changes()).isEmpty();
            client.executeChangeSet(e -> e.stackName("q").changeSetName("create"));
            settle(client, "q");

            client.createChangeSet(c -> c.stackName("q").changeSetName("same").templateBody(QUEUE));
            var same = changeSet(client, "q", "same");
            assertThat(same.statusAsString()).isEqualTo("CREATE_COMPLETE");
            assertThat(same.executionStatusAsString()).isEqualTo("AVAILABLE");
            client.executeChangeSet(e -> e.stackName("q").changeSetName("same"));

            assertThat(settle(client, "q").stackStatusAsString()).isEqualTo("UPDATE_COMPLETE");
            assertThat(client.describeStackEvents(d -> d.stackName("q")).stackEvents()).extracting(StackEvent::resourceStatusAsString)
                    .contains("UPDATE_IN_PROGRESS", "UPDATE_COMPLETE");

            cfn.compatibility().clear();
            client.createChangeSet(c -> c.stackName("q").changeSetName("same-again").templateBody(QUEUE));
            assertThat(changeSet(client, "q", "same-again").statusAsString()).isEqualTo("FAILED");
        }
    }

    @Test
    void aNestedStackFailsWhileItsParentCompletes(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            EndpointClients.s3(s3).createBucket(b -> b.bucket("compat-endpoint-nested"));
            String url = EndpointClients.upload(s3, "compat-endpoint-nested", "child.yaml", """
                    Resources:
                      Policy:
                        Type: AWS::CloudFront::ResponseHeadersPolicy
                        Metadata:
                          LocalEndpoint:
                            FailOn: CREATE
                            Reason: "The specified response headers policy does not exist."
                    """);
            cfn.compatibility().hideNestedFailures(true);

            client.createStack(c -> c.stackName("parent").templateBody("""
                    Resources:
                      Cdn:
                        Type: AWS::CloudFormation::Stack
                        Properties:
                          TemplateURL: %s
                    """.formatted(url)));

            assertThat(settle(client, "parent").stackStatusAsString()).isEqualTo("CREATE_COMPLETE");
            String child = client.listStackResources(l -> l.stackName("parent")).stackResourceSummaries().get(0).physicalResourceId();
            assertThat(settle(client, child).stackStatusAsString()).isEqualTo("ROLLBACK_COMPLETE");
        }
    }

    @Test
    void updateStackWithoutChangesIsAccepted(LocalCloudFormation cfn) throws Exception {
        try (CloudFormationClient client = EndpointClients.withoutRetries(cfn)) {
            client.createStack(c -> c.stackName("same").templateBody(QUEUE));
            settle(client, "same");
            assertThatThrownBy(() -> client.updateStack(u -> u.stackName("same").templateBody(QUEUE)))
                    .hasMessageContaining("No updates are to be performed.");

            cfn.compatibility().acceptNoOpUpdateStack(true);

            assertThat(client.updateStack(u -> u.stackName("same").templateBody(QUEUE)).stackId()).isNotBlank();
            assertThat(settle(client, "same").stackStatusAsString()).isEqualTo("UPDATE_COMPLETE");
        }
    }

    @Test
    void templateTextParameterValuesAndTagsAreShownDifferently(LocalCloudFormation cfn) throws Exception {
        try (CloudFormationClient client = EndpointClients.cloudFormation(cfn)) {
            client.createStack(c -> c.stackName("shown").templateBody(QUEUE).tags(t -> t.key("team").value("shop")));
            settle(client, "shown");
            assertThat(client.getTemplate(g -> g.stackName("shown")).templateBody()).isEqualTo(QUEUE);

            cfn.compatibility().reformatTemplates(true).hideDefaultParameterValues(true).addServiceTags(true);

            assertThat(client.getTemplate(g -> g.stackName("shown")).templateBody()).startsWith("{").contains("\"VisibilityTimeout\"")
                    .contains("\"Ref\" : \"Timeout\"");
            var stack = client.describeStacks(d -> d.stackName("shown")).stacks().get(0);
            assertThat(stack.parameters()).singleElement().satisfies(p -> {
                assertThat(p.parameterKey()).isEqualTo("Timeout");
                assertThat(p.parameterValue()).isNull();
            });
            assertThat(stack.tags()).extracting(t -> t.key()).contains("team", "aws:cloudformation:stack-name");
            assertThatThrownBy(() -> new Compatibility().enable("listNoChange")).hasMessageContaining("Unknown compatibility switch");
        }
    }
}
