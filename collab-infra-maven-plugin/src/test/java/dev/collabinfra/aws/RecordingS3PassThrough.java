package dev.collabinfra.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP pass-through on 127.0.0.1 in front of S3Proxy that records every request (method, path,
 * query, body) and forwards it byte for byte (Host header included, so the SigV4 signature still
 * matches). S3Proxy holds one region and refuses a CreateBucket whose LocationConstraint is a
 * region, so that one request is recorded as sent and then answered here the way S3 answers it
 * (200, {@code Location: /bucket}), after the bucket is made in S3Proxy by {@code createPlain}
 * (a plain CreateBucket of its own): every later call goes to a real bucket.
 */
final class RecordingS3PassThrough implements AutoCloseable {

    /** One request as the plugin sent it. */
    record Request(String method, String path, String query, String body) {

        /** {@code PUT ?encryption}: the S3 sub-resource the request names, or "" for none. */
        String subresource() {
            return query == null ? "" : query.split("[=&]")[0];
        }
    }

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "expect", "upgrade", "transfer-encoding",
            "keep-alive", "date");
    private static final Pattern CONSTRAINT = Pattern.compile("<LocationConstraint>([^<]+)</LocationConstraint>");

    private final URI target;
    private final Consumer<String> createPlain;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Request> requests = new ArrayList<>();

    /** @param createPlain makes a bucket in S3Proxy without a location constraint */
    RecordingS3PassThrough(URI target, Consumer<String> createPlain) throws IOException {
        this.target = target;
        this.createPlain = createPlain;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            String text = new String(body, StandardCharsets.UTF_8);
            synchronized (this) {
                requests.add(new Request(exchange.getRequestMethod(), path, query, text));
            }
            Matcher constraint = CONSTRAINT.matcher(text);
            if ("PUT".equals(exchange.getRequestMethod()) && query == null && path.chars().filter(c -> c == '/').count() == 1
                    && constraint.find()) {
                createPlain.accept(path.substring(1));
                exchange.getResponseHeaders().set("Location", path);
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            forward(exchange, path, query, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(500, -1);
        }
    }

    private void forward(HttpExchange exchange, String path, String query, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(path + (query == null ? "" : "?" + query)))
                .method(exchange.getRequestMethod(), body.length == 0 && !exchange.getRequestMethod().equals("PUT")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                header.getValue().forEach(value -> request.header(header.getKey(), value));
            }
        }
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        response.headers().map().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                values.forEach(value -> exchange.getResponseHeaders().add(name, value));
            }
        });
        byte[] bytes = response.body();
        boolean noBody = exchange.getRequestMethod().equals("HEAD") || bytes.length == 0;
        exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : bytes.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
