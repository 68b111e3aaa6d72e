package dev.collabinfra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.testendpoint.LocalCloudFormation;
import dev.collabinfra.testendpoint.LocalEndpointExtension;
import dev.collabinfra.testendpoint.LocalS3;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan against the local endpoint over HTTP with the real SDK: parameters old → new with NoEcho
 * masked, property-level detail from the change set's {@code Details} (the endpoint returns them for
 * modifications), stateful resources flagged, and {@code plan.md} next to {@code plan.json}.
 */
@ExtendWith(LocalEndpointExtension.class)
class PlanAgainstLocalEndpointTest {

    static final String TEMPLATE = """
            Parameters:
              Env: {Type: String}
              DbPassword: {Type: String, NoEcho: true}
              Timeout: {Type: Number, Default: 30}
            Resources:
              Table:
                Type: AWS::DynamoDB::Table
                DeletionPolicy: Retain
                UpdateReplacePolicy: Retain
                Properties:
                  TableName: !Sub "${Env}-orders"
              Queue:
                Type: AWS::SQS::Queue
                Properties:
                  VisibilityTimeout: !Ref Timeout
            Outputs:
              Table:
                Value: !Ref Table
            """;

    @Test
    void thePlanShowsParameterChangesPropertyDetailsAndStatefulResourcesAndIsWrittenAsMarkdown(LocalCloudFormation cfn, LocalS3 s3,
            @TempDir Path target) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "plan-details")) {
            h.deploy(EndpointHarness.request("orders", TEMPLATE).parameter("Env", "prod").parameter("DbPassword", "hunter2-secret"));
            h.out.lines.clear();
            EndpointHarness.Request plan = EndpointHarness.request("orders", TEMPLATE.replace("Default: 30", "Default: 45"))
                    .parameter("Env", "staging").parameter("DbPassword", "rotated-secret-value");
            plan.planOnly = true;

            DeployResult planned = h.deploy(plan);

            String log = h.out.text();
            assertThat(log).contains("  Parameters that change:")
                    .containsPattern("    Env +prod → staging")
                    .containsPattern("    Timeout +30 → 45")
                    .containsPattern("    DbPassword +\\*\\*\\*\\* → \\*\\*\\*\\* \\(NoEcho: not shown; CloudFormation decides whether it changed\\)")
                    .containsPattern("!!  REPLACE +Table +AWS::DynamoDB::Table +True +stateful +-")
                    .contains("        Properties.TableName: recreation Always")
                    .containsPattern("Modify +Queue +AWS::SQS::Queue +False +stateful +-") // a queue holds messages: stateful in cfn-lint's list
                    .contains("        Properties.VisibilityTimeout: recreation Never")
                    .doesNotContain("hunter2-secret").doesNotContain("rotated-secret-value");
            assertThat(planned.plan().changes()).filteredOn(c -> c.logicalId().equals("Table")).singleElement()
                    .satisfies(c -> assertThat(c.details()).extracting(ChangeDetail::name, ChangeDetail::requiresRecreation)
                            .contains(org.assertj.core.groups.Tuple.tuple("TableName", "Always")));

            Path json = PlanFile.write(target.resolve("plan.json"), "orders", planned.plan(), false, planned.parameters(), planned.masker());

            String markdown = Files.readString(target.resolve("plan.md"));
            assertThat(markdown).startsWith("### collab-infra update plan for stack `orders`")
                    .contains("**0 to add, 2 to modify (1 replacement), 0 to remove**")
                    .contains("| `Env` | prod → staging |")
                    .contains("| `DbPassword` | **** → **** (NoEcho")
                    .contains("| ⚠️ 🗄️ stateful | **Replace** | `Table` | AWS::DynamoDB::Table | True | Properties.TableName: recreation Always")
                    .doesNotContain("hunter2-secret").doesNotContain("rotated-secret-value");
            assertThat(Files.readString(json)).contains("\"parameterChanges\"").contains("\"before\" : \"prod\"")
                    .contains("\"requiresRecreation\" : \"Always\"").contains("\"stateful\" : true")
                    .doesNotContain("rotated-secret-value");
        }
    }

    @Test
    void aStackToBeCreatedListsEveryParameterAndANoChangePlanSaysSo(LocalCloudFormation cfn, LocalS3 s3, @TempDir Path target)
            throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "plan-create")) {
            EndpointHarness.Request plan = EndpointHarness.request("orders", TEMPLATE).parameter("Env", "prod").parameter("DbPassword", "pw-1234567");
            plan.planOnly = true;

            DeployResult planned = h.deploy(plan);

            assertThat(h.out.text()).contains("  Parameters:").containsPattern("    Env +prod").containsPattern("    DbPassword +\\*\\*\\*\\*\n")
                    .containsPattern("    Timeout +30");
            PlanFile.write(target.resolve("plan.json"), "orders", null, false, planned.parameters(), planned.masker());
            assertThat(Files.readString(target.resolve("plan.md"))).contains("No changes");
        }
    }
}
