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
    void rejectsArgumentsItDoesNotUnderstand() {
        assertThatThrownBy(() -> LocalEndpointMain.options(new String[] {"8080"}))
                .hasMessageContaining("use --name=value");
        assertThat(LocalEndpointMain.options(new String[] {"--await=1234"})).isEqualTo(Map.of("await", "1234"));
    }
}
