package dev.collabinfra.lint.rules.environment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.spec.ResourceSpecification;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Property paths (list items add no segment, map keys do) find their primitive type in the bundled specification. */
class SpecTypeConstraintsTest {

    static SpecTypeConstraints constraints;

    @BeforeAll
    static void load() {
        constraints = new SpecTypeConstraints(ResourceSpecification.bundled());
    }

    @Test
    void pathsThroughPropertyTypesListsAndMaps() {
        assertThat(constraints.primitive("AWS::Logs::LogGroup", List.of("RetentionInDays"))).contains("Integer");
        assertThat(constraints.primitive("AWS::S3::Bucket", List.of("LifecycleConfiguration", "Rules", "ExpirationInDays")))
                .contains("Integer");
        assertThat(constraints.primitive("AWS::S3::Bucket", List.of("VersioningConfiguration", "Status"))).contains("String");
        assertThat(constraints.primitive("AWS::Lambda::Function", List.of("Environment", "Variables", "MY_VAR"))).contains("String");
        assertThat(constraints.primitive("AWS::S3::Bucket", List.of("Tags", "Value"))).contains("String");
        assertThat(constraints.primitive("AWS::S3::Bucket", List.of("NoSuchProperty"))).isEmpty();
        assertThat(constraints.primitive("AWS::No::Such", List.of("X"))).isEmpty();
    }

    @Test
    void numbersAndBooleansAreChecked() {
        PropertyConstraint days = constraints.lookup("AWS::Logs::LogGroup", List.of("RetentionInDays")).orElseThrow();
        assertThat(days.validate("90")).isEmpty();
        assertThat(days.validate("90.5")).contains("the property takes a whole number (Integer in the resource specification)");
        PropertyConstraint dns = constraints.lookup("AWS::EC2::VPC", List.of("EnableDnsSupport")).orElseThrow();
        assertThat(dns.validate("True")).isEmpty();
        assertThat(dns.validate("yes")).isPresent();
        assertThat(constraints.lookup("AWS::S3::Bucket", List.of("BucketName"))).isEmpty();
    }
}
