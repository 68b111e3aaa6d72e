package dev.collabinfra.lint.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.spec.RegistrySchemas;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One known value against the schema of one property, as the environment-resolved check asks. */
class SchemaValueCheckTest {

    private static SchemaValueCheck check;

    @BeforeAll
    static void load() {
        check = new SchemaValueCheck(RegistrySchemas.bundled());
    }

    @Test
    void anEnumValueWithADidYouMean() {
        assertThat(check.check("AWS::Lambda::Function", List.of("Runtime"), "jav21")).hasValueSatisfying(m ->
                assertThat(m).startsWith("AWS::Lambda::Function.Runtime 'jav21' is not one of").endsWith("did you mean 'java21'?"));
        assertThat(check.check("AWS::Lambda::Function", List.of("Runtime"), "java21")).isEmpty();
    }

    @Test
    void aNumberEnumARangeAndANestedProperty() {
        assertThat(check.check("AWS::Logs::LogGroup", List.of("RetentionInDays"), "45")).hasValueSatisfying(m ->
                assertThat(m).startsWith("AWS::Logs::LogGroup.RetentionInDays '45' is not one of 1, 3, 5, 7, 14, 30"));
        assertThat(check.check("AWS::Logs::LogGroup", List.of("RetentionInDays"), "30")).isEmpty();
        assertThat(check.check("AWS::SQS::Queue", List.of("MessageRetentionPeriod"), "30"))
                .hasValue("AWS::SQS::Queue.MessageRetentionPeriod 30 is less than the minimum 60");
        assertThat(check.check("AWS::S3::Bucket", List.of("VersioningConfiguration", "Status"), "On"))
                .hasValue("AWS::S3::Bucket.VersioningConfiguration.Status 'On' is not one of Enabled, Suspended");
        assertThat(check.check("AWS::S3::Bucket", List.of("VersioningConfiguration", "Status"), "Suspended")).isEmpty();
    }

    @Test
    void unknownTypesAndPathsAreNoFinding() {
        assertThat(check.check("Custom::Thing", List.of("BillingMode"), "x")).isEmpty();
        assertThat(check.check("AWS::DynamoDB::Table", List.of("NoSuchProperty"), "x")).isEmpty();
        assertThat(check.covers("Custom::Thing")).isFalse();
    }
}
