package dev.collabinfra.deploy;

import static dev.collabinfra.deploy.Events.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FailureReportTest {

    private static StackEventStream.LabelledEvent at(String label, StackEvent event) {
        return new StackEventStream.LabelledEvent(label, event);
    }

    @Test
    void namesTheRealReasonFromTheNestedStackAndSkipsTheFollowUpNoise() {
        List<StackEventStream.LabelledEvent> events = List.of(
                at("shop", resource("1", "root", "Database", "AWS::CloudFormation::Stack", "CREATE_IN_PROGRESS", null, 0)),
                at("shop/Database", resource("2", "db", "Queue", "AWS::SQS::Queue", "CREATE_FAILED", "Resource creation cancelled", 4)),
                at("shop/Database", resource("3", "db", "Table", "AWS::DynamoDB::Table", "CREATE_FAILED",
                        "Resource handler returned message: \"Table already exists: orders\"", 3)),
                at("shop", resource("4", "root", "Database", "AWS::CloudFormation::Stack", "CREATE_FAILED",
                        "Embedded stack arn:aws:cloudformation:eu-west-1:1:stack/shop-Database-X/1 was not successfully created:"
                                + " The following resource(s) failed to create: [Table].", 5)),
                at("shop", resource("5", "root", "Web", "AWS::CloudFormation::Stack", "CREATE_FAILED", "Resource creation cancelled", 5)));

        FailureReport report = FailureReport.of(events, "shop", "ROLLBACK_COMPLETE", null);

        assertThat(report.reasons()).extracting(l -> l.event().eventId()).containsExactly("3");
        assertThat(report.render(SecretMasker.none())).containsExactly(
                "Why it failed:",
                "  shop/Database/Table (AWS::DynamoDB::Table) CREATE_FAILED: Resource handler returned message: \"Table already exists: orders\"",
                "Final status of stack shop: ROLLBACK_COMPLETE");
        assertThat(report.headline(SecretMasker.none()))
                .isEqualTo("shop/Database/Table: Resource handler returned message: \"Table already exists: orders\" (stack shop ended ROLLBACK_COMPLETE)");
    }

    @Test
    void saysSoWhenNoResourceGaveAReason() {
        FailureReport report = FailureReport.of(List.of(), "shop", "UPDATE_ROLLBACK_COMPLETE", "Update cancelled");

        assertThat(report.render(SecretMasker.none())).last().isEqualTo("Final status of stack shop: UPDATE_ROLLBACK_COMPLETE (Update cancelled)");
        assertThat(report.render(SecretMasker.none()).get(1)).contains("no resource reported a reason");
    }

    @Test
    void recognisesEveryKindOfNoise() {
        assertThat(FailureReport.isRealReason("Embedded stack arn:x was not successfully updated. Currently in UPDATE_ROLLBACK_IN_PROGRESS"))
                .isFalse();
        assertThat(FailureReport.isRealReason("Resource update cancelled")).isFalse();
        assertThat(FailureReport.isRealReason("Resource creation cancelled")).isFalse();
        assertThat(FailureReport.isRealReason("")).isFalse();
        assertThat(FailureReport.isRealReason("Bucket name already exists")).isTrue();
    }
}
