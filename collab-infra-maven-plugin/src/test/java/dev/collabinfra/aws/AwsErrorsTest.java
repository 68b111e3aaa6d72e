package dev.collabinfra.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.collabinfra.core.UserException;
import dev.collabinfra.deploy.Sleeper;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad credentials, a bad region and an unreachable endpoint give a message that says what to fix,
 * not a stack trace. The errors come over HTTP from a small server that answers every request with
 * the error document AWS sends, so the real SDK parses them as it parses AWS's.
 */
class AwsErrorsTest {

    private static final String ERROR = """
            <ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
              <Error><Type>Sender</Type><Code>%s</Code><Message>%s</Message></Error>
              <RequestId>b0d8a6f4-0000-4000-8000-000000000000</RequestId>
            </ErrorResponse>
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "InvalidClientTokenId|403|The security token included in the request is invalid.|AWS does not know the access key id in use",
        "ExpiredToken|400|The security token included in the request is expired|The AWS credentials have expired",
        "SignatureDoesNotMatch|403|The request signature we calculated does not match|the secret access key does not match the access key id",
        "AccessDenied|403|User: arn:aws:iam::1:user/ci is not authorized to perform: cloudformation:DescribeStacks|Not allowed: CloudFormation DescribeStacks was denied"
    })
    void credentialErrorsSayWhatToFix(String code, int status, String message, String expected) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ERROR.formatted(code, message).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        try (AwsClients clients = new AwsClients(new AwsSettings("eu-west-1", endpoint, null, "AKIDEXAMPLE", "wrong-secret", null))) {
            SdkStackGateway gateway = new SdkStackGateway(clients.cloudFormation(), Sleeper.system(), "region eu-west-1");

            assertThatThrownBy(() -> gateway.describeStack("shop"))
                    .isInstanceOf(UserException.class)
                    .hasMessageContaining(expected)
                    .hasMessageContaining("Fix")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-secret"));
            assertThat(requests.get()).as("no retry storm on an auth error").isLessThanOrEqualTo(3);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aRefusedS3UploadStepSaysWhatToFix() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // HEAD requests (HeadBucket, HeadObject) get no error body: only the status.
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(403, -1);
            exchange.close();
        });
        server.start();
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        try (AwsClients clients = new AwsClients(new AwsSettings("eu-west-1", endpoint, null, "AKIDEXAMPLE", "wrong-secret", null))) {
            assertThatThrownBy(() -> AwsErrors.translating("S3", "region eu-west-1", () -> clients.s3().headBucket(b -> b.bucket("artifacts"))))
                    .isInstanceOf(UserException.class)
                    .hasMessageStartingWith("S3 refused the request (HTTP 403, request, region eu-west-1): the credentials are wrong or lack permission")
                    .hasMessageContaining("-Dcollab-infra.profile");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anUnreachableEndpointIsNamed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI endpoint = URI.create("http://127.0.0.1:" + closedPort);
        try (AwsClients clients = new AwsClients(new AwsSettings("eu-west-1", endpoint, null, "a", "b", null))) {
            SdkStackGateway gateway = new SdkStackGateway(clients.cloudFormation(), Sleeper.system(), "endpoint " + endpoint);

            assertThatThrownBy(() -> gateway.describeStack("shop"))
                    .isInstanceOf(UserException.class)
                    .hasMessageStartingWith("Cannot connect to CloudFormation (endpoint " + endpoint + ")")
                    .hasMessageContaining("check -Dcollab-infra.endpoint");
        }
    }

    @Test
    void anUnknownRegionIsCaughtBeforeAnyCallWithASuggestion() {
        assertThatThrownBy(() -> RegionCheck.requireKnown("eu-wst-1"))
                .isInstanceOf(UserException.class)
                .hasMessage("Unknown AWS region 'eu-wst-1'; did you mean 'eu-west-1'? Fix: -Dcollab-infra.region=<region> or 'region:' in the environment file.");
        RegionCheck.requireKnown("eu-west-1");
        RegionCheck.requireKnown(null);
    }

    @Test
    void aProfileWithoutCredentialsSaysWhereCredentialsComeFrom() {
        String profile = "collab-infra-no-such-profile-7f3a";
        try (AwsClients clients = new AwsClients(new AwsSettings("eu-west-1", URI.create("http://127.0.0.1:9"), profile, null, null, null))) {
            SdkStackGateway gateway = new SdkStackGateway(clients.cloudFormation(), Sleeper.system(), "region eu-west-1");

            assertThatThrownBy(() -> gateway.describeStack("shop"))
                    .isInstanceOf(UserException.class)
                    .hasMessageStartingWith("No usable AWS credentials in profile '" + profile + "' (~/.aws).")
                    .satisfies(e -> assertThat(e.getMessage().lines().findFirst().orElseThrow()).hasSizeLessThan(200))
                    .hasMessageContaining("\nWhat the AWS SDK tried: ");
        }
    }

    @Test
    void withNoCredentialsAnywhereTheFirstLineSaysHowToProvideThemAndTheChainComesAfter() {
        String chain = "Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain("
                + "credentialsProviders=[SystemPropertyCredentialsProvider(), EnvironmentVariableCredentialsProvider(),"
                + " WebIdentityTokenCredentialsProvider(), ContainerCredentialsProvider(), InstanceProfileCredentialsProvider()]) :"
                + " [SystemPropertyCredentialsProvider(): Unable to load credentials from system settings. Access key must be specified"
                + " either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId).]";

        RuntimeException mapped = AwsErrors.map("DescribeStacks",
                software.amazon.awssdk.core.exception.SdkClientException.create(chain), "region eu-west-1");

        String first = mapped.getMessage().lines().findFirst().orElseThrow();
        assertThat(first).isEqualTo("No AWS credentials found. Provide them with -Dcollab-infra.profile=NAME,"
                + " AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or -Dcollab-infra.serverId=ID (settings.xml).").hasSizeLessThan(200);
        assertThat(mapped.getMessage()).endsWith("What the AWS SDK tried: " + chain);
    }
}
