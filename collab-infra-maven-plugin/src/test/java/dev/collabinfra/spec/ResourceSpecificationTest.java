package dev.collabinfra.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collabinfra.core.UserException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceSpecificationTest {

    private static ResourceSpecification bundled;

    @BeforeAll
    static void load() {
        bundled = ResourceSpecification.bundled();
    }

    @Test
    void bundledSpecificationIsVersion117WithEveryResourceType() {
        assertThat(bundled.version()).isEqualTo("117.0.0");
        assertThat(bundled.resourceTypeNames()).hasSize(1051).contains("AWS::S3::Bucket", "AWS::Serverless::Function");
    }

    @Test
    void resourcePropertiesCarryRequiredTypesAndUpdateBehaviour() {
        ResourceTypeSpec queue = bundled.resourceType("AWS::SQS::Queue").orElseThrow();
        assertThat(queue.properties().get("QueueName").updateType()).isEqualTo(UpdateType.IMMUTABLE);
        assertThat(queue.properties().get("VisibilityTimeout").primitiveType()).isEqualTo("Integer");
        assertThat(queue.properties().get("VisibilityTimeout").updateType()).isEqualTo(UpdateType.MUTABLE);
        PropertySpec tags = queue.properties().get("Tags");
        assertThat(tags.type()).isEqualTo("List");
        assertThat(tags.itemType()).isEqualTo("Tag");
        ResourceTypeSpec instance = bundled.resourceType("AWS::RDS::DBInstance").orElseThrow();
        assertThat(instance.properties().get("AvailabilityZone").updateType()).isEqualTo(UpdateType.CONDITIONAL);
        assertThat(instance.attributes()).contains("Endpoint.Address", "Endpoint.Port");
        assertThat(bundled.resourceType("AWS::SNS::Subscription").orElseThrow().properties().get("Protocol").required()).isTrue();
        assertThat(bundled.resourceType("AWS::Nope::Nope")).isEmpty();
    }

    @Test
    void propertyTypesResolveResourceLocalNamesBeforeSharedOnes() {
        PropertyTypeSpec tag = bundled.propertyTypeFor("AWS::SQS::Queue", "Tag").orElseThrow();
        assertThat(tag.name()).isEqualTo("Tag");
        assertThat(tag.properties().get("Key").required()).isTrue();
        PropertyTypeSpec rule = bundled.propertyTypeFor("AWS::S3::Bucket.LifecycleConfiguration", "Rule").orElseThrow();
        assertThat(rule.name()).isEqualTo("AWS::S3::Bucket.Rule");
        assertThat(bundled.propertyType("AWS::S3::Bucket.Rule")).containsSame(rule);
        PropertyTypeSpec alias = bundled.propertyType("AWS::CloudWatch::AnomalyDetector.MetricDataQueries").orElseThrow();
        assertThat(alias.isObject()).isFalse();
        assertThat(alias.self().itemType()).isEqualTo("MetricDataQuery");
    }

    @Test
    void samPropertiesWithSeveralTypesAreMarkedPolymorphic() {
        ResourceTypeSpec function = bundled.resourceType("AWS::Serverless::Function").orElseThrow();
        assertThat(function.requiredTransform()).isEqualTo("AWS::Serverless-2016-10-31");
        assertThat(function.properties().get("CodeUri").polymorphic()).isTrue();
        assertThat(function.properties().get("Handler").polymorphic()).isFalse();
    }

    /** compact-sample.txt is {@code node src/spec/compact-spec.js aws-format-sample.json} (no overlay). */
    @Test
    void awsFullFormatReadsTheSameAsTheCompactOne() throws Exception {
        ResourceSpecification aws = ResourceSpecification.load(sample());
        ResourceSpecification compact = ResourceSpecification.load(resource("/spec/compact-sample.txt"));
        assertThat(aws.version()).isEqualTo("117.0.0");
        assertThat(aws.overlay()).isEmpty();
        assertThat(aws.resourceTypeNames()).containsExactlyInAnyOrder("AWS::S3::Bucket", "AWS::RDS::DBInstance", "AWS::Serverless::Function");
        assertThat(compact.resourceTypeNames()).isEqualTo(aws.resourceTypeNames());
        for (String type : aws.resourceTypeNames()) {
            assertThat(compact.resourceType(type)).as(type).isEqualTo(aws.resourceType(type));
        }
        for (String type : new String[] {"AWS::S3::Bucket.Rule", "Tag", "AWS::CloudWatch::AnomalyDetector.MetricDataQueries"}) {
            assertThat(compact.propertyType(type)).as(type).isPresent().isEqualTo(aws.propertyType(type));
        }
        // untouched by the overlay, so the bundled copy agrees with AWS's file too
        assertThat(bundled.resourceType("AWS::RDS::DBInstance").orElseThrow().properties().get("Engine"))
                .isEqualTo(aws.resourceType("AWS::RDS::DBInstance").orElseThrow().properties().get("Engine"));
    }

    @Test
    void overlayKnowsNewerTypesAndRelaxedRequirements() {
        assertThat(bundled.overlay()).contains("@aws-cdk/aws-service-spec 0.1.216");
        // AWS::IAM::RolePolicy appeared after 117.0.0: a valid name, but not described
        assertThat(bundled.isKnownType("AWS::IAM::RolePolicy")).isTrue();
        assertThat(bundled.resourceType("AWS::IAM::RolePolicy")).isEmpty();
        assertThat(bundled.isKnownType("AWS::IAM::RolePolicyy")).isFalse();
        // KMS key policies became optional after 117.0.0
        assertThat(bundled.resourceType("AWS::KMS::Key").orElseThrow().properties().get("KeyPolicy").required()).isFalse();
        // Neptune's DBPort was added later: known, but its type is not checked
        PropertySpec dbPort = bundled.resourceType("AWS::Neptune::DBCluster").orElseThrow().properties().get("DBPort");
        assertThat(dbPort.polymorphic()).isTrue();
        assertThat(dbPort.updateType()).isEqualTo(UpdateType.MUTABLE);
        assertThat(bundled.resourceType("AWS::S3::Bucket").orElseThrow().properties().get("BucketNamePrefix").updateType())
                .isEqualTo(UpdateType.IMMUTABLE);
    }

    @Test
    void gzippedAwsDownloadIsReadToo(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("CloudFormationResourceSpecification.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(sample(), out);
        }
        assertThat(ResourceSpecification.load(gz).resourceType("AWS::S3::Bucket")).isPresent()
                .isEqualTo(ResourceSpecification.load(sample()).resourceType("AWS::S3::Bucket"));
    }

    @Test
    void missingSpecFileSaysHowToFixIt(@TempDir Path dir) {
        Path missing = dir.resolve("spec.json");
        assertThatThrownBy(() -> ResourceSpecification.load(missing))
                .isInstanceOf(UserException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist")
                .hasMessageContaining("remove the specFile parameter");
    }

    @Test
    void malformedJsonNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("spec.json");
        Files.writeString(bad, "{\n  \"ResourceTypes\": {\n    \"AWS::X::Y\": [1,\n");
        assertThatThrownBy(() -> ResourceSpecification.load(bad))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith(bad + ":3:")
                .hasMessageContaining("not a CloudFormation resource specification");
        Files.writeString(bad, "{\"Foo\": 1}");
        assertThatThrownBy(() -> ResourceSpecification.load(bad)).isInstanceOf(UserException.class).hasMessageContaining("no ResourceTypes");
        Files.writeString(bad, "{\"ResourceTypes\": {,}}");
        assertThatThrownBy(() -> ResourceSpecification.load(bad)).isInstanceOf(UserException.class).hasMessageContaining("not valid JSON");
        Files.writeString(bad, "hello");
        assertThatThrownBy(() -> ResourceSpecification.load(bad)).isInstanceOf(UserException.class).hasMessageStartingWith(bad + ":1:");
    }

    private static Path sample() throws URISyntaxException {
        return resource("/spec/aws-format-sample.json");
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ResourceSpecificationTest.class.getResource(name).toURI());
    }
}
