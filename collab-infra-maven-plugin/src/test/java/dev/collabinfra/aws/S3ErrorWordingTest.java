package dev.collabinfra.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.core.UserException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * S3 errors are worded in one place ({@link AwsErrors#s3}): every message names the operation and
 * the bucket (or object), and says what to fix. The refusals come over HTTP from a small server,
 * so the real SDK parses them as it parses AWS's.
 */
class S3ErrorWordingTest {

    @Test
    void aDeniedBucketNamesTheOperationTheBucketAndTheOwnerCheck() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(403, -1);
            exchange.close();
        });
        server.start();
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        try (AwsClients clients = new AwsClients(new AwsSettings("eu-west-1", endpoint, null, "AKIDEXAMPLE", "wrong-secret", null, false))) {
            S3ArtifactStore store = new S3ArtifactStore(clients.s3(),
                    new S3ArtifactStore.Settings("artifacts", "eu-west-1", null, "123456789012", true), ProgressListener.silent());
            assertThatThrownBy(() -> store.ensureBucket(false))
                    .isInstanceOf(UserException.class)
                    .hasMessageStartingWith("S3 HeadBucket on bucket artifacts was denied (403); the bucket may not be owned by account 123456789012.")
                    .hasMessageContaining("s3:ListBucket, s3:GetObject and s3:PutObject")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-secret"));
            assertThatThrownBy(() -> store.exists("shop/abc.yaml"))
                    .hasMessageStartingWith("S3 HeadObject on s3://artifacts/shop/abc.yaml was denied (403)");
            assertThatThrownBy(() -> store.put("shop/abc.yaml", new byte[] {1}, "text/yaml", Map.of()))
                    .hasMessageStartingWith("S3 PutObject on s3://artifacts/shop/abc.yaml was denied (403)");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anUnreachableS3NamesTheBucketAndTheEndpointFix() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI endpoint = URI.create("http://127.0.0.1:" + closedPort);
        try (AwsClients clients = new AwsClients(new AwsSettings("eu-west-1", endpoint, null, "AKIDEXAMPLE", "secret", null, false))) {
            S3ArtifactStore store = new S3ArtifactStore(clients.s3(),
                    new S3ArtifactStore.Settings("artifacts", "eu-west-1", null, null, true), ProgressListener.silent());
            assertThatThrownBy(() -> store.ensureBucket(false))
                    .isInstanceOf(UserException.class)
                    .hasMessageStartingWith("S3 HeadBucket on bucket artifacts: Cannot connect to S3 (bucket artifacts)")
                    .hasMessageContaining("check -Dcollab-infra.endpoint");
        }
    }
}
