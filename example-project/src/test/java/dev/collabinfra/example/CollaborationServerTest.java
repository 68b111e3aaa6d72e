package dev.collabinfra.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the real server on a free loopback port and talks HTTP to it. */
class CollaborationServerTest {

    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newHttpClient();
    private CollaborationServer server;

    @BeforeEach
    void start() throws IOException {
        AppConfig config = AppConfig.fromEnvironment(Map.of(
                "NODE_ENV", "production",
                "REDIS_ENDPOINT", "master.prod-redis.abc123.use1.cache.amazonaws.com",
                "DYNAMODB_TABLE", "prod-collaboration-state",
                "AWS_REGION", "us-east-1"));
        server = CollaborationServer.start(config, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new DocumentStore(), new PrintStream(logBytes, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void healthReportsTheTaskEnvironment() throws Exception {
        HttpResponse<String> response = get("/health");

        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"ok\",\"environment\":\"production\",\"region\":\"us-east-1\","
                + "\"table\":\"prod-collaboration-state\",\"redisConfigured\":true}", response.body());
        assertEquals("application/json; charset=utf-8",
                response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void appendedOperationsComeBackInOrderWithVersions() throws Exception {
        assertEquals("{\"documentId\":\"doc-1\",\"version\":1}", post("/documents/doc-1/ops", "insert 0 \"a\"").body());
        HttpResponse<String> second = post("/documents/doc-1/ops", "insert 1 b");
        assertEquals(201, second.statusCode());
        assertEquals("{\"documentId\":\"doc-1\",\"version\":2}", second.body());

        assertEquals("{\"documentId\":\"doc-1\",\"version\":2,\"ops\":["
                + "{\"version\":1,\"op\":\"insert 0 \\\"a\\\"\"},{\"version\":2,\"op\":\"insert 1 b\"}]}",
                get("/documents/doc-1/ops").body());
        assertEquals("{\"documentId\":\"doc-1\",\"version\":2,\"ops\":[{\"version\":2,\"op\":\"insert 1 b\"}]}",
                get("/documents/doc-1/ops?since=1").body());
        assertEquals("{\"documentId\":\"other\",\"version\":0,\"ops\":[]}", get("/documents/other/ops").body());
    }

    @Test
    void eachAppliedOperationIsLoggedForTheMetricFilter() throws Exception {
        post("/documents/doc-7/ops", "x");

        String log = logBytes.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("{\"level\":\"INFO\",\"event\":\"op_applied\",\"documentId\":\"doc-7\",\"version\":1}"),
                log);
    }

    @Test
    void badRequestsGetAClearStatusAndMessage() throws Exception {
        HttpResponse<String> badId = post("/documents/no%20spaces/ops", "x");
        assertEquals(400, badId.statusCode());
        assertTrue(badId.body().contains("document id must be"), badId.body());

        assertEquals(400, post("/documents/doc/ops", "").statusCode());
        assertEquals(400, get("/documents/doc/ops?since=-1").statusCode());
        assertEquals(404, get("/nothing-here").statusCode());

        HttpResponse<String> delete = http.send(request("/documents/doc/ops").DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, delete.statusCode());
        assertEquals("GET, POST", delete.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void operationsLargerThanTheLimitAreRejected() throws Exception {
        String tooLarge = "x".repeat(CollaborationServer.MAX_OPERATION_BYTES + 1);
        assertEquals(413, post("/documents/doc/ops", tooLarge).statusCode());
        assertEquals(201, post("/documents/doc/ops", "x".repeat(CollaborationServer.MAX_OPERATION_BYTES)).statusCode());
        // The rejected operation was not stored: the accepted one is version 1, the next is 2.
        assertEquals("{\"documentId\":\"doc\",\"version\":2}", post("/documents/doc/ops", "y").body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }
}
