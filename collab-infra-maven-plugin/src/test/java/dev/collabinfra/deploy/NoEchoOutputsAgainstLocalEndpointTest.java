package dev.collabinfra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.testendpoint.LocalCloudFormation;
import dev.collabinfra.testendpoint.LocalEndpointExtension;
import dev.collabinfra.testendpoint.LocalS3;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output built from a NoEcho parameter stays masked in runs that were not given the value:
 * {@code status}, {@code outputs} (both read the deployed template with GetTemplate) and an update
 * that reuses the previous value; also through a nested stack. Against the local endpoint, which
 * echoes the value in the output as CloudFormation does.
 */
@ExtendWith(LocalEndpointExtension.class)
class NoEchoOutputsAgainstLocalEndpointTest {

    private static final String SECRET = "pw-Qx81-never-shown";

    private static final String VAULT = """
            Parameters:
              DbPassword: {Type: String, NoEcho: true}
            Resources:
              Secret:
                Type: AWS::SecretsManager::Secret
                Properties:
                  SecretString: !Ref DbPassword
            Outputs:
              Echoed:
                Value: !Sub "pw=${DbPassword}"
              SecretArn:
                Value: !Ref Secret
            """;

    @Test
    void statusOutputsAndAnUpdateReusingTheValueMaskTheOutput(LocalCloudFormation cfn, LocalS3 s3, @TempDir Path target) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "noecho-later-runs")) {
            h.deploy(EndpointHarness.request("vault", VAULT).parameter("DbPassword", SECRET));
            StackState deployed = h.gateway.describeStack("vault").orElseThrow();
            assertThat(deployed.outputs()).as("CloudFormation shows the value in the output")
                    .contains(new StackOutput("Echoed", "pw=" + SECRET, null, null));
            h.out.lines.clear();
            h.cfn.reset();

            // status: a run that knows nothing of the value.
            new StackStatusReport(h.context()).report("test", "vault", Duration.ofMinutes(1), SecretMasker.none()).orElseThrow();
            assertThat(h.out.text()).doesNotContain(SECRET).contains("  Echoed     ****").containsPattern("  SecretArn  vault-Secret-\\w+");
            assertThat(h.actions()).contains("GetTemplate");

            // outputs: the files and values the outputs goal writes and exports.
            SecretMasker masker = DeployedTemplates.maskerFor(h.gateway, deployed, SecretMasker.none(), h.out);
            OutputsFiles.write(target, deployed.outputs(), masker);
            assertThat(OutputsFiles.values(deployed.outputs(), masker)).containsEntry("Echoed", "****")
                    .hasEntrySatisfying("SecretArn", v -> assertThat(v).startsWith("vault-Secret-"));
            assertThat(Files.readString(target.resolve("outputs.json"))).contains("\"Echoed\" : \"****\"").doesNotContain(SECRET);
            assertThat(Files.readString(target.resolve("outputs.properties"))).contains("Echoed=****").doesNotContain(SECRET);

            // An update that sends UsePreviousValue for the password.
            h.cfn.reset();
            EndpointHarness.Request update = EndpointHarness.request("vault", VAULT);
            update.tags.put("Rev", "2");
            DeployResult updated = h.deploy(update);
            assertThat(updated.outcome()).isEqualTo(DeployResult.Outcome.UPDATED);
            assertThat(h.cfn.recordedCalls()).filteredOn(c -> c.action().equals("CreateChangeSet"))
                    .singleElement().satisfies(c -> assertThat(c.parameters()).containsEntry("Parameters.member.1.UsePreviousValue", "true"));
            assertThat(updated.finalState().outputs()).contains(new StackOutput("Echoed", "pw=" + SECRET, null, null));
            List<String> table = OutputsFiles.table(updated.finalState().outputs(), updated.masker());
            assertThat(table).contains("  Echoed     ****").noneMatch(line -> line.contains(SECRET));
            assertThat(h.out.text()).doesNotContain(SECRET);
        }
    }

    @Test
    void anOutputOfANestedStackBuiltFromTheSecretPassedInIsMasked(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        String database = """
                Parameters:
                  Password: {Type: String}
                  Name: {Type: String}
                Resources:
                  Queue: {Type: AWS::SQS::Queue}
                Outputs:
                  Connection:
                    Value: !Sub "postgres://app:${Password}@db/${Name}"
                  Name:
                    Value: !Ref Name
                """;
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "noecho-nested")) {
            String main = """
                    Parameters:
                      DbPassword: {Type: String, NoEcho: true}
                    Resources:
                      Db:
                        Type: AWS::CloudFormation::Stack
                        Properties:
                          TemplateURL: %s
                          Parameters:
                            Password: !Ref DbPassword
                            Name: orders
                    Outputs:
                      Connection:
                        Value: !Join ["", ["jdbc:", !GetAtt Db.Outputs.Connection]]
                      DbName:
                        Value: !GetAtt Db.Outputs.Name
                    """.formatted(h.upload("database.yaml", database));
            DeployResult created = h.deploy(EndpointHarness.request("shop", main).nested("Db", database).parameter("DbPassword", SECRET));
            assertThat(created.finalState().outputs()).as("the nested output reaches the parent in clear")
                    .contains(new StackOutput("Connection", "jdbc:postgres://app:" + SECRET + "@db/orders", null, null));
            assertThat(OutputsFiles.values(created.finalState().outputs(), created.masker()))
                    .containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("Connection", "****", "DbName", "orders")));
            h.out.lines.clear();
            h.cfn.reset();

            new StackStatusReport(h.context()).report("test", "shop", Duration.ofMinutes(1), SecretMasker.none()).orElseThrow();

            assertThat(h.out.text()).doesNotContain(SECRET).contains("  Connection  ****", "  DbName      orders");
            assertThat(h.actions()).as("the nested stack's template is read through its physical id")
                    .containsSubsequence("GetTemplate", "ListStackResources", "GetTemplate");
        }
    }

    @Test
    void aKeptChangeSetIsMaskedByTheTemplateItRanNotByTheOneThisRunRendered(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "noecho-kept")) {
            EndpointHarness.Request plan = EndpointHarness.request("kept-vault", VAULT).parameter("DbPassword", SECRET);
            plan.planOnly = true;
            plan.keepChangeSet = true;
            String kept = h.deploy(plan).plan().changeSetName();

            // This run rendered a template without the echoing output; the kept change set has it.
            EndpointHarness.Request execute = EndpointHarness.request("kept-vault", """
                    Parameters:
                      DbPassword: {Type: String, NoEcho: true}
                    Resources:
                      Topic: {Type: AWS::SNS::Topic}
                    """);
            execute.keptChangeSet = kept;
            DeployResult result = h.deploy(execute);

            assertThat(result.finalState().outputs()).contains(new StackOutput("Echoed", "pw=" + SECRET, null, null));
            assertThat(OutputsFiles.values(result.finalState().outputs(), result.masker())).containsEntry("Echoed", "****");
        }
    }

    @Test
    void whenTheDeployedTemplateCannotBeReadEveryOutputIsMasked(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "noecho-unreadable")) {
            StackState gone = new StackState("arn:aws:cloudformation:us-east-1:123456789012:stack/gone/0000", "gone", "CREATE_COMPLETE",
                    null, Map.of(), Map.of(), List.of(new StackOutput("Url", "https://x", null, null)), false, null, List.of());

            SecretMasker masker = DeployedTemplates.maskerFor(h.gateway, gone, SecretMasker.none(), h.out);

            assertThat(masker.outputValue("Url", "https://x")).isEqualTo("****");
            assertThat(h.out.text()).contains("WARN Every output of stack gone is shown as ****")
                    .contains("Allow cloudformation:GetTemplate");
        }
    }

    @Test
    void aStackWithoutOutputsCostsNoGetTemplate(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "noecho-no-outputs")) {
            h.deploy(EndpointHarness.request("bare", "Resources:\n  Topic: {Type: AWS::SNS::Topic}\n"));
            h.cfn.reset();
            new StackStatusReport(h.context()).report("test", "bare", Duration.ofMinutes(1), SecretMasker.none()).orElseThrow();
            assertThat(h.actions()).containsExactly("DescribeStacks", "DescribeStackEvents");
        }
    }
}
