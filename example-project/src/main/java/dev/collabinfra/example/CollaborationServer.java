package dev.collabinfra.example;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP service the load balancer fronts: {@code GET /health} for the target group's health
 * check and {@code /documents/{id}/ops} to append ({@code POST}) and read ({@code GET ?since=n})
 * a document's operations.
 *
 * <p>Each applied operation is logged as one JSON line with {@code "event":"op_applied"}; the
 * monitoring stack turns those lines into the OperationsApplied metric.
 */
public final class CollaborationServer implements AutoCloseable {

    /** Largest operation accepted; collaboration ops are small, a larger body is a client bug. */
    static final int MAX_OPERATION_BYTES = 64 * 1024;

    private static final Pattern OPS_PATH = Pattern.compile("^/documents/([A-Za-z0-9_-]{1,128})/ops$");
    private static final Pattern DOCUMENTS_PATH = Pattern.compile("^/documents/[^/]*/ops$");
    private static final Pattern SINCE = Pattern.compile("(?:^|&)since=(\\d{1,18})(?:&|$)");

    private final AppConfig config;
    private final DocumentStore store;
    private final PrintStream log;
    private final HttpServer server;
    private final ExecutorService executor;

    private CollaborationServer(AppConfig config, DocumentStore store, PrintStream log, HttpServer server,
            ExecutorService executor) {
        this.config = config;
        this.store = store;
        this.log = log;
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds and starts the server.
     *
     * @param address where to listen; port 0 picks a free port (see {@link #port()})
     * @param log     where the JSON log lines go (standard output in the container)
     */
    public static CollaborationServer start(AppConfig config, InetSocketAddress address, DocumentStore store,
            PrintStream log) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService executor = Executors.newFixedThreadPool(16);
        CollaborationServer app = new CollaborationServer(config, store, log, server, executor);
        server.createContext("/", app::handle);
        server.setExecutor(executor);
        server.start();
        app.log("INFO", "started", "\"port\":" + app.port() + ",\"environment\":" + Json.string(config.nodeEnv()));
        return app;
    }

    /** The port actually bound. */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Stops accepting connections and waits up to {@code graceSeconds} for exchanges in flight
     * (on Java 17 the server waits the full delay, so tests use {@link #close()}).
     */
    public void stop(int graceSeconds) {
        server.stop(graceSeconds);
        executor.shutdownNow();
    }

    /** Stops at once. */
    @Override
    public void close() {
        stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            if (path.equals("/health")) {
                health(exchange);
                return;
            }
            Matcher ops = OPS_PATH.matcher(path);
            if (ops.matches()) {
                operations(exchange, ops.group(1), uri.getRawQuery());
            } else if (DOCUMENTS_PATH.matcher(path).matches()) {
                send(exchange, 400, error("document id must be 1-128 characters of A-Z a-z 0-9 _ -"));
            } else {
                send(exchange, 404, error("no such resource; try /health or /documents/{id}/ops"));
            }
        } catch (RuntimeException e) {
            log("ERROR", "request_failed", "\"error\":" + Json.string(String.valueOf(e)));
            throw e;
        } finally {
            exchange.close(); // HttpExchange is only AutoCloseable from Java 18 on
        }
    }

    private void health(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
            methodNotAllowed(exchange, "GET, HEAD");
            return;
        }
        String body = "{\"status\":\"ok\""
                + ",\"environment\":" + Json.string(config.nodeEnv())
                + ",\"region\":" + Json.string(config.awsRegion())
                + ",\"table\":" + Json.string(config.dynamoDbTable())
                + ",\"redisConfigured\":" + !config.redisEndpoint().isEmpty() + "}";
        send(exchange, 200, body);
    }

    private void operations(HttpExchange exchange, String documentId, String query) throws IOException {
        switch (exchange.getRequestMethod()) {
            case "POST" -> append(exchange, documentId);
            case "GET" -> read(exchange, documentId, query);
            default -> methodNotAllowed(exchange, "GET, POST");
        }
    }

    private void append(HttpExchange exchange, String documentId) throws IOException {
        byte[] body = readAtMost(exchange.getRequestBody(), MAX_OPERATION_BYTES + 1);
        if (body.length > MAX_OPERATION_BYTES) {
            send(exchange, 413, error("operation larger than " + MAX_OPERATION_BYTES + " bytes"));
            return;
        }
        if (body.length == 0) {
            send(exchange, 400, error("empty operation; send the operation as the request body"));
            return;
        }
        long version = store.append(documentId, new String(body, StandardCharsets.UTF_8));
        log("INFO", "op_applied", "\"documentId\":" + Json.string(documentId) + ",\"version\":" + version);
        send(exchange, 201, "{\"documentId\":" + Json.string(documentId) + ",\"version\":" + version + "}");
    }

    private void read(HttpExchange exchange, String documentId, String query) throws IOException {
        long since = 0;
        if (query != null && !query.isEmpty()) {
            Matcher m = SINCE.matcher(query);
            if (!m.find()) {
                send(exchange, 400, error("query must be since=<version>, a non-negative number"));
                return;
            }
            since = Long.parseLong(m.group(1));
        }
        List<DocumentStore.Operation> ops = store.since(documentId, since);
        StringJoiner items = new StringJoiner(",", "[", "]");
        for (DocumentStore.Operation op : ops) {
            items.add("{\"version\":" + op.version() + ",\"op\":" + Json.string(op.body()) + "}");
        }
        send(exchange, 200, "{\"documentId\":" + Json.string(documentId)
                + ",\"version\":" + store.version(documentId) + ",\"ops\":" + items + "}");
    }

    private static void methodNotAllowed(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        send(exchange, 405, error("method not allowed; use " + allowed));
    }

    private static String error(String message) {
        return "{\"error\":" + Json.string(message) + "}";
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        // The rest of an oversized body is left to HttpExchange.close(), which drains a bounded
        // amount and otherwise drops the connection.
        return in.readNBytes(limit);
    }

    private void log(String level, String event, String fields) {
        log.println("{\"level\":\"" + level + "\",\"event\":\"" + event + "\"," + fields + "}");
    }
}
