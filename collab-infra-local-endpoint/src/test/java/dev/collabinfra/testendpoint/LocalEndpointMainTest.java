package dev.collabinfra.testendpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

class LocalEndpointMainTest {

    @Test
    void startsBothServersOnTheGivenPortsAndWritesTheirEndpoints(@TempDir Path dir) throws Exception {
        int cfnPort = LocalS3.freePort();
        Path file = dir.resolve("nested/endpoint.properties");
        try (LocalEndpointMain.Running running = LocalEndpointMain.start(LocalEndpointMain.options(new String[] {
                "--cfn-port=" + cfnPort, "--properties=" + file}))) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }

            assertThat(properties.getProperty("local.cfn.endpoint")).isEqualTo("http://127.0.0.1:" + cfnPort);
            assertThat(properties.getProperty("collab-infra.endpoint")).isEqualTo("http://127.0.0.1:" + cfnPort);
            assertThat(properties.getProperty("local.s3.endpoint")).isEqualTo(running.s3().endpoint().toString());
            assertThat(LocalEndpointMain.await(cfnPort, Duration.ofSeconds(1))).isTrue();
            String url = EndpointClients.upload(running.s3(), "main-test", "t.yaml", NestedStackTest.CHILD);
            try (CloudFormationClient client = EndpointClients.cloudFormation(running.cfn())) {
                assertThat(client.validateTemplate(v -> v.templateURL(url)).parameters())
                        .extracting(p -> p.parameterKey()).containsExactly("Prefix");
            }
        }
        assertThat(LocalEndpointMain.await(cfnPort, Duration.ofMillis(300))).as("closed").isFalse();
    }

    @Test
    void compatSwitchesTheEndpointIntoAnotherImplementationsBehaviour() throws Exception {
        try (LocalEndpointMain.Running running = LocalEndpointMain.start(LocalEndpointMain.options(new String[] {
                "--compat=changeSetCallsNeedStackName,listNoChanges"}));
                CloudFormationClient client = EndpointClients.withoutRetries(running.cfn())) {
            String arn = client.createChangeSet(c -> c.stackName("compat").changeSetName("one").changeSetType("CREATE")
                    .templateBody(CompatibilityTest.QUEUE)).id();

            assertThatThrownBy(() -> client.describeChangeSet(d -> d.changeSetName(arn))).hasMessageContaining("Stack with id null does not exist");
            assertThat(EndpointClients.changeSet(client, "compat", "one").changes()).isEmpty();
        }
        assertThatThrownBy(() -> LocalEndpointMain.start(LocalEndpointMain.options(new String[] {"--compat=listNoChange"})))
                .hasMessageContaining("Unknown compatibility switch 'listNoChange'");
    }

    @Test
    void createsTheNamedBucketsAndStopSaysWhenThePortIsClosed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("endpoint.properties");
        LocalEndpointMain.Running running = LocalEndpointMain.start(LocalEndpointMain.options(new String[] {
                "--properties=" + file, "--buckets=rehearsal-bucket-us-west-2, second-bucket"}));
        try {
            try (var s3 = software.amazon.awssdk.services.s3.S3Client.builder()
                    .endpointOverride(running.s3().endpoint()).forcePathStyle(true)
                    .region(software.amazon.awssdk.regions.Region.US_WEST_2)
                    .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                            software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY)))
                    .build()) {
                assertThat(s3.listBuckets().buckets()).extracting(b -> b.name())
                        .containsExactlyInAnyOrder("rehearsal-bucket-us-west-2", "second-bucket");
            }
            Files.copy(file, dir.resolve("copy.properties"));
            // Nobody watches the file in this JVM, so the port stays open and stop gives up.
            assertThat(LocalEndpointMain.stop(file, Duration.ofMillis(300))).isNull();
            assertThat(file).doesNotExist();
        } finally {
            running.close();
        }
        assertThat(LocalEndpointMain.stop(dir.resolve("copy.properties"), Duration.ofSeconds(5)))
                .isEqualTo("Local endpoint stopped: CloudFormation " + running.cfn().endpoint() + ", S3 " + running.s3().endpoint());
        assertThat(LocalEndpointMain.stop(file, Duration.ofSeconds(1))).startsWith("No local endpoint to stop");
    }

    @Test
    void rejectsArgumentsItDoesNotUnderstand() {
        assertThatThrownBy(() -> LocalEndpointMain.options(new String[] {"8080"}))
                .hasMessageContaining("use --name=value");
        assertThat(LocalEndpointMain.options(new String[] {"--await=1234"})).isEqualTo(Map.of("await", "1234"));
    }
}
