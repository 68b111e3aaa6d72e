package dev.collabinfra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeSetPlanTest {

    private static PlannedChange change(String action, String id, String type, String replacement, List<String> path) {
        return new PlannedChange(action, id, null, type, replacement, path, "stack");
    }

    @Test
    void tableShowsEveryChangeAndMakesReplacementsAndRemovalsStandOut() {
        ChangeSetPlan plan = new ChangeSetPlan("shop-prod", "collab-infra-1", "arn:cs", false, List.of(
                change("Add", "Topic", "AWS::SNS::Topic", null, List.of()),
                change("Modify", "Vpc", "AWS::EC2::VPC", "False", List.of("Network")),
                change("Modify", "Table", "AWS::DynamoDB::Table", "True", List.of("Database")),
                change("Modify", "Cache", "AWS::ElastiCache::ReplicationGroup", "Conditional", List.of("Database", "Cache")),
                change("Remove", "Bucket", "AWS::S3::Bucket", null, List.of())));

        List<String> lines = plan.render();

        assertThat(lines.get(0)).isEqualTo("Update plan for stack shop-prod (change set collab-infra-1):");
        assertThat(lines.get(1)).matches("  +Action +Logical id +Type +Replacement +Data +Nested stack");
        assertThat(lines.get(2)).matches("  +Add +Topic +AWS::SNS::Topic +- +- +-");
        assertThat(lines.get(3)).matches("  +Modify +Vpc +AWS::EC2::VPC +False +- +Network");
        assertThat(lines.get(4)).matches("  !! +REPLACE +Table +AWS::DynamoDB::Table +True +stateful +Database");
        assertThat(lines.get(5)).matches("  !! +REPLACE +Cache +AWS::ElastiCache::ReplicationGroup +Conditional +stateful +Database/Cache");
        assertThat(lines.get(6)).matches("  !! +REMOVE +Bucket +AWS::S3::Bucket +- +stateful +-");
        assertThat(lines.get(7)).isEqualTo("  1 to add, 3 to modify (2 replacements), 1 to remove");
        // Columns line up: every row has its type at the same offset.
        int typeColumn = lines.get(1).indexOf("Type");
        assertThat(lines.subList(2, 7)).allSatisfy(l -> assertThat(l.substring(typeColumn)).startsWith("AWS::"));
    }
}
