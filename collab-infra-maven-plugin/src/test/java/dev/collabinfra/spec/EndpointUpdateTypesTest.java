package dev.collabinfra.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.testendpoint.UpdateTypeLookup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The local endpoint keeps its own copy of the specification's update types (it shares no code
 * with the plugin); this test holds the copy to the bundled specification, so a regenerated
 * specification cannot leave the endpoint planning replacements from old data. After regenerating
 * the specification, rewrite the copy with
 * {@code mvn -o -pl collab-infra-maven-plugin -am test -Dtest=EndpointUpdateTypesTest -Dendpoint.update-types.write=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class EndpointUpdateTypesTest {

    private static final Path TABLE = Path.of("../collab-infra-local-endpoint/src/main/resources/dev/collabinfra/testendpoint/update-types.txt");

    private static String expected(PropertySpec property) {
        if (property.updateType() == null) {
            return UpdateTypeLookup.MUTABLE;
        }
        return switch (property.updateType()) {
            case IMMUTABLE -> UpdateTypeLookup.IMMUTABLE;
            case CONDITIONAL -> UpdateTypeLookup.CONDITIONAL;
            case MUTABLE -> UpdateTypeLookup.MUTABLE;
        };
    }

    @Test
    void theEndpointsUpdateTypesAreTheBundledSpecifications() throws IOException {
        ResourceSpecification spec = ResourceSpecification.bundled();
        if (Boolean.getBoolean("endpoint.update-types.write")) {
            write(spec);
        }
        UpdateTypeLookup endpoint = UpdateTypeLookup.defaults();
        List<String> differences = new ArrayList<>();
        int immutable = 0;
        for (String type : new TreeSet<>(spec.resourceTypeNames())) {
            for (PropertySpec property : spec.resourceType(type).orElseThrow().properties().values()) {
                String want = expected(property);
                String got = endpoint.updateType(type, property.name());
                if (!want.equals(got)) {
                    differences.add(type + "." + property.name() + ": endpoint " + got + ", specification " + want);
                }
                immutable += want.equals(UpdateTypeLookup.IMMUTABLE) ? 1 : 0;
            }
        }
        assertThat(immutable).as("immutable properties in the specification").isGreaterThan(1000);
        assertThat(differences).as("update types where the endpoint's copy (%s) differs; rewrite it as this class's Javadoc says", TABLE)
                .isEmpty();
        assertThat(endpoint.updateType("AWS::S3::Bucket", "BucketName")).isEqualTo(UpdateTypeLookup.IMMUTABLE);
        assertThat(endpoint.updateType("AWS::S3::Bucket", "Tags")).isEqualTo(UpdateTypeLookup.MUTABLE);
    }

    private static void write(ResourceSpecification spec) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "# Update types of resource properties that are not Mutable (I Immutable, C Conditional), from the plugin's bundled",
                "# CloudFormation resource specification; regenerate with -Dendpoint.update-types.write=true on EndpointUpdateTypesTest."));
        for (String type : new TreeSet<>(spec.resourceTypeNames())) {
            StringBuilder line = new StringBuilder(type);
            for (PropertySpec property : new TreeMap<>(spec.resourceType(type).orElseThrow().properties()).values()) {
                String kind = expected(property);
                if (!kind.equals(UpdateTypeLookup.MUTABLE)) {
                    line.append('\t').append(property.name()).append('=').append(kind.equals(UpdateTypeLookup.IMMUTABLE) ? "I" : "C");
                }
            }
            if (line.length() > type.length()) {
                lines.add(line.toString());
            }
        }
        Files.write(TABLE, lines);
    }
}
