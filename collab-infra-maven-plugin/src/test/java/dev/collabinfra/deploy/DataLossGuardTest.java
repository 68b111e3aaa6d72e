package dev.collabinfra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataLossGuardTest {

    private final FakeGateway gateway = new FakeGateway();

    private static final String DEPLOYED = """
            Resources:
              Orders: {Type: AWS::DynamoDB::Table, Properties: {}}
              Kept: {Type: AWS::DynamoDB::Table, DeletionPolicy: Retain}
              Db: {Type: AWS::RDS::DBInstance, Properties: {Engine: postgres}}
              Topic: {Type: AWS::SNS::Topic}
              Data: {Type: AWS::CloudFormation::Stack, Properties: {TemplateURL: https://b.s3.amazonaws.com/x}}
            """;

    private static RenderedTemplates rendered(String main, String nested) {
        return new RenderedTemplates() {
            @Override
            public String mainText() {
                return main;
            }

            @Override
            public String mainUrl() {
                return null;
            }

            @Override
            public Optional<String> nestedText(List<String> path) {
                return path.equals(List.of("Database")) ? Optional.of(nested) : Optional.empty();
            }
        };
    }

    private static PlannedChange change(String action, String id, String type, String replacement, List<String> path, String stack) {
        return new PlannedChange(action, id, "phys-" + id, type, replacement, path, stack);
    }

    @Test
    void removalIsJudgedByTheDeployedDeletionPolicy() {
        gateway.templates.put("root", DEPLOYED);
        List<PlannedChange> changes = List.of(
                change("Remove", "Orders", "AWS::DynamoDB::Table", null, List.of(), "root"),
                change("Remove", "Kept", "AWS::DynamoDB::Table", null, List.of(), "root"),
                change("Remove", "Db", "AWS::RDS::DBInstance", null, List.of(), "root"),
                change("Remove", "Topic", "AWS::SNS::Topic", null, List.of(), "root"));

        List<DataLossGuard.Risk> risks = new DataLossGuard(gateway).risks(changes, rendered("Resources: {}", null));

        // Kept is retained, Db defaults to Snapshot, Topic holds no data.
        assertThat(risks).extracting(DataLossGuard.Risk::address).containsExactly("Orders");
        assertThat(risks.get(0).why()).isEqualTo("removal deletes the AWS::DynamoDB::Table; DeletionPolicy is not set (Delete)");
        // The deployed template is read once per stack.
        assertThat(gateway.calls).containsExactly("GetTemplate root");
    }

    @Test
    void replacementIsJudgedByTheNewUpdateReplacePolicyAndConditionalCountsAsReplacement() {
        String nested = """
                Resources:
                  Table: {Type: AWS::DynamoDB::Table}
                  Safe: {Type: AWS::DynamoDB::Table, UpdateReplacePolicy: Retain}
                  Cache: {Type: AWS::ElastiCache::ReplicationGroup, UpdateReplacePolicy: Snapshot}
                  Logs: {Type: AWS::Logs::LogGroup, Properties: {LogGroupName: !Ref Name}}
                """;
        gateway.templates.put("db", "Resources:\n  Logs: {Type: AWS::Logs::LogGroup, Properties: {LogGroupName: app}}\n");
        List<PlannedChange> changes = List.of(
                change("Modify", "Table", "AWS::DynamoDB::Table", "True", List.of("Database"), "db"),
                change("Modify", "Safe", "AWS::DynamoDB::Table", "True", List.of("Database"), "db"),
                change("Modify", "Cache", "AWS::ElastiCache::ReplicationGroup", "True", List.of("Database"), "db"),
                change("Modify", "Logs", "AWS::Logs::LogGroup", "Conditional", List.of("Database"), "db"),
                change("Modify", "Logs", "AWS::Logs::LogGroup", "False", List.of(), "root"));

        List<DataLossGuard.Risk> risks = new DataLossGuard(gateway).risks(changes, rendered("Resources: {}", nested));

        assertThat(risks).extracting(DataLossGuard.Risk::address).containsExactly("Database/Table", "Database/Logs");
        assertThat(risks.get(1).why()).contains("replacement (Conditional)").contains("create-only LogGroupName may change")
                .contains("UpdateReplacePolicy is not set (Delete)");
        // only the Conditional change needs the deployed template (to compare its create-only properties)
        assertThat(gateway.calls).containsExactly("GetTemplate db");
    }

    @Test
    void conditionalReplacementWithoutACreateOnlyChangeIsAnUpdateInPlace() {
        // in the registry schema LogGroupName is create-only, RetentionInDays is not
        gateway.templates.put("root", """
                Resources:
                  Logs: {Type: AWS::Logs::LogGroup, Properties: {LogGroupName: app, RetentionInDays: 7}}
                  Audit: {Type: AWS::Logs::LogGroup, Properties: {LogGroupName: audit}}
                """);
        String now = """
                Resources:
                  Logs: {Type: AWS::Logs::LogGroup, Properties: {LogGroupName: app, RetentionInDays: 30}}
                  Audit: {Type: AWS::Logs::LogGroup, Properties: {LogGroupName: audit-v2}}
                """;
        List<PlannedChange> changes = List.of(
                change("Modify", "Logs", "AWS::Logs::LogGroup", "Conditional", List.of(), "root"),
                change("Modify", "Audit", "AWS::Logs::LogGroup", "Conditional", List.of(), "root"));

        List<DataLossGuard.Risk> risks = new DataLossGuard(gateway).risks(changes, rendered(now, null));

        assertThat(risks).extracting(DataLossGuard.Risk::address).containsExactly("Audit");
        assertThat(risks.get(0).why()).contains("create-only LogGroupName may change");
    }

    @Test
    void statefulTypesComeFromTheStatefulResourcesListButANestedStackIsLookedInto() {
        DataLossGuard guard = new DataLossGuard(gateway);
        assertThat(guard.isStateful("AWS::SQS::Queue")).isTrue();
        assertThat(guard.isStateful("AWS::Neptune::DBCluster")).isTrue();
        assertThat(guard.isStateful("AWS::ElastiCache::ServerlessCache")).isTrue();
        assertThat(guard.isStateful("AWS::SNS::Topic")).isFalse();
        assertThat(guard.isStateful("AWS::CloudFormation::Stack")).isFalse();
    }

    @Test
    void removingANestedStackLooksInsideIt() {
        gateway.templates.put("root", DEPLOYED);
        gateway.templates.put("phys-Data", """
                Resources:
                  Files: {Type: AWS::EFS::FileSystem}
                  Inner: {Type: AWS::CloudFormation::Stack}
                """);
        gateway.resources.put("phys-Data", List.of(new StackResourceSummary("Inner", "inner-id", "AWS::CloudFormation::Stack", "CREATE_COMPLETE", null)));
        gateway.templates.put("inner-id", "Resources:\n  Key: {Type: AWS::KMS::Key}\n");

        List<DataLossGuard.Risk> risks = new DataLossGuard(gateway).risks(
                List.of(change("Remove", "Data", "AWS::CloudFormation::Stack", null, List.of(), "root")), rendered("Resources: {}", null));

        assertThat(risks).extracting(DataLossGuard.Risk::address).containsExactly("Data/Files", "Data/Inner/Key");
    }

    @Test
    void allowReplacementLetsNamedResourcesThroughByLogicalIdOrAddress() {
        List<DataLossGuard.Risk> risks = List.of(
                new DataLossGuard.Risk("Database/Table", "Table", "AWS::DynamoDB::Table", "x"),
                new DataLossGuard.Risk("Orders", "Orders", "AWS::DynamoDB::Table", "x"),
                new DataLossGuard.Risk("Web/Logs", "Logs", "AWS::Logs::LogGroup", "x"));

        assertThat(DataLossGuard.refused(risks, Set.of("Table", "Web/Logs"))).extracting(DataLossGuard.Risk::address).containsExactly("Orders");
    }
}
