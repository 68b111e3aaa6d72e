package dev.collabinfra.deploy;

import static dev.collabinfra.deploy.DeployAgainstLocalEndpointTest.DATABASE;
import static dev.collabinfra.deploy.DeployAgainstLocalEndpointTest.NETWORK;
import static dev.collabinfra.deploy.DeployAgainstLocalEndpointTest.main;
import static org.assertj.core.api.Assertions.assertThat;

import dev.collabinfra.testendpoint.LocalCloudFormation;
import dev.collabinfra.testendpoint.LocalEndpointExtension;
import dev.collabinfra.testendpoint.LocalS3;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code delete} against the local endpoint: what it kept (DeletionPolicy Retain), events in time order, stale outputs files removed. */
@ExtendWith(LocalEndpointExtension.class)
class DeleteAgainstLocalEndpointTest {

    @Test
    void aDeleteListsTheResourcesItKeptAndItsEventsNeverGoBackInTime(LocalCloudFormation cfn, LocalS3 s3) throws Exception {
        try (EndpointHarness h = new EndpointHarness(cfn, s3, "delete-retain")) {
            h.deploy(EndpointHarness.request("shop", main(h.upload("network.yaml", NETWORK), h.upload("db.yaml", DATABASE)))
                    .nested("Network", NETWORK).nested("Database", DATABASE).parameter("Env", "prod"));
            h.out.lines.clear();

            new StackDeleter(h.context()).delete("test", "shop", "shop", Duration.ofMinutes(1), SecretMasker.none());

            assertThat(h.out.lines).contains("INFO Deleted stack shop.")
                    .contains("WARN Kept by DeletionPolicy (they still exist and may cost money; delete them yourself when no longer needed):")
                    .contains("WARN   - shop/Database/Table (AWS::DynamoDB::Table): prod-orders");
            List<String> times = h.out.lines.stream().filter(l -> l.matches("[A-Z]+ \\d\\d:\\d\\d:\\d\\d  .*"))
                    .map(l -> l.replaceAll("^[A-Z]+ (\\d\\d:\\d\\d:\\d\\d).*", "$1")).toList();
            assertThat(times).isNotEmpty().isSorted();
            assertThat(h.out.lines.stream().filter(l -> l.matches("INFO \\d\\d:\\d\\d:\\d\\d  shop +AWS::CloudFormation::Stack +DELETE_COMPLETE.*")))
                    .hasSize(1);
        }
    }

    @Test
    void theEnvironmentsStaleOutputsFilesAreRemoved(@TempDir Path dir) throws Exception {
        OutputsFiles.write(dir, List.of(new StackOutput("Url", "https://x", null, null)), SecretMasker.none());
        Files.writeString(dir.resolve("plan.json"), "{}");

        List<Path> removed = StackDeleter.removeOutputsFiles(dir);

        assertThat(removed).containsExactlyInAnyOrder(dir.resolve("outputs.json"), dir.resolve("outputs.properties"));
        assertThat(dir.resolve("outputs.json")).doesNotExist();
        assertThat(dir.resolve("outputs.properties")).doesNotExist();
        assertThat(dir.resolve("plan.json")).exists();
        assertThat(StackDeleter.removeOutputsFiles(dir)).isEmpty();
    }
}
