package dev.collabinfra.testendpoint;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lets the CloudFormation port answer S3 requests too, like LocalStack's single endpoint: anything
 * that is not a Query-protocol POST is passed to the local S3 server byte for byte, Host header
 * included, so the SigV4 signature S3Proxy checks still matches. Needs the system property
 * {@code jdk.httpclient.allowRestrictedHeaders=host} (surefire and the IT launch set it).
 */
final class S3Forwarder {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "expect", "upgrade",
            "transfer-encoding", "keep-alive", "date");

    private final URI s3Endpoint;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    S3Forwarder(URI s3Endpoint) {
        this.s3Endpoint = s3Endpoint;
    }

    /** Query-protocol calls are POSTs of a form to "/"; everything else is S3's. */
    static boolean isS3(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        return !("POST".equals(exchange.getRequestMethod()) && "/".equals(exchange.getRequestURI().getPath())
                && type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"));
    }

    void forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(s3Endpoint.resolve(exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery())))
                .method(exchange.getRequestMethod(), body.length == 0 && !exchange.getRequestMethod().equals("PUT")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                header.getValue().forEach(value -> request.header(header.getKey(), value));
            }
        }
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("S3 requests on the CloudFormation port need the system property "
                    + "jdk.httpclient.allowRestrictedHeaders=host (the signature covers the Host header): " + e.getMessage(), e);
        }
        response.headers().map().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                values.forEach(value -> exchange.getResponseHeaders().add(name, value));
            }
        });
        byte[] bytes = response.body();
        boolean noBody = exchange.getRequestMethod().equals("HEAD") || bytes.length == 0;
        if (exchange.getRequestMethod().equals("HEAD")) {
            response.headers().firstValue("Content-Length").ifPresent(length ->
                    exchange.getResponseHeaders().set("Content-Length", length));
        }
        exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : bytes.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
