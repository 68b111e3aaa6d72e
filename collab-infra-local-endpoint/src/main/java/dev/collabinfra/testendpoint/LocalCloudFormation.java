package dev.collabinfra.testendpoint;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A local CloudFormation endpoint for tests: the AWS Query protocol (API version 2010-05-15) over
 * HTTP on 127.0.0.1, answering the AWS SDK as AWS does, with stacks that provision asynchronously,
 * nested stacks read from the local S3 server, change sets, injected faults and a record of every
 * call. Start one with {@link #builder()}; see {@link Builder} for the settings.
 *
 * <p>Run it with the system property {@code sun.net.httpserver.nodelay=true} (surefire and the
 * IT launch set it): the JDK server writes headers and body apart, and without TCP_NODELAY every
 * call waits ~40 ms for a delayed ACK (measured: 49 ms against 3 ms per DescribeStacks).
 *
 * <pre>
 * try (LocalCloudFormation cfn = LocalCloudFormation.builder().s3Endpoint(s3.endpoint()).start()) {
 *     CloudFormationClient client = CloudFormationClient.builder().endpointOverride(cfn.endpoint())...;
 *     cfn.faults().throttleNext(2);
 *     assertThat(cfn.count("DescribeStacks")).isEqualTo(3);
 * }
 * </pre>
 */
public final class LocalCloudFormation implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService requestThreads;
    /** One provisioning thread per region: regions work independently, as in AWS, and each keeps its own order. */
    private final Map<String, ScheduledExecutorService> workers = new java.util.concurrent.ConcurrentHashMap<>();
    private final TemplateSource templates;
    private final StackStore store;
    private final Faults faults = new Faults();
    private final Compatibility compatibility = new Compatibility();
    private final List<RecordedCall> calls = new ArrayList<>();
    private final Map<String, RegionalBackend> regions = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Faults> regionFaults = new java.util.concurrent.ConcurrentHashMap<>();
    private final Function<String, RegionalBackend> regionFactory;
    private final StackSetActions stackSets;
    private final String defaultRegion;
    private final S3Forwarder s3Forwarder;

    private LocalCloudFormation(Builder builder) throws IOException {
        this.defaultRegion = builder.region;
        this.templates = new TemplateSource(builder.s3Endpoint);
        this.s3Forwarder = builder.s3Endpoint == null ? null : new S3Forwarder(builder.s3Endpoint);
        StsActions sts = new StsActions(Clock.systemUTC());
        this.stackSets = new StackSetActions(new StackSetStore(Clock.systemUTC()), this::region);
        Map<String, Function<QueryRequest, Consumer<Xml>>> shared = new java.util.HashMap<>(stackSets.actions());
        // STS on the same port, for assumeRoleArn.
        shared.put("AssumeRole", sts::assumeRole);
        this.regionFactory = region -> new RegionalBackend(region, workers.computeIfAbsent(region,
                r -> Executors.newSingleThreadScheduledExecutor(t -> daemon(t, "local-cfn-worker-" + r))), templates, builder.resourceDelay,
                builder.updateTypes, builder.pageSize, compatibility, shared);
        this.store = region(defaultRegion).store;
        this.requestThreads = Executors.newFixedThreadPool(8, r -> daemon(r, "local-cfn-http"));
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), builder.port), 64);
        server.setExecutor(requestThreads);
        server.createContext("/", this::handle);
        server.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@code http://127.0.0.1:PORT}, for the SDK's {@code endpointOverride}. With an S3 endpoint
     * configured it serves S3 too (path style, LocalS3's credentials): one endpoint for every
     * service, as the plugin's {@code endpoint} parameter expects.
     */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The fault plan; change it at any time. */
    public Faults faults() {
        return faults;
    }

    /** The fault plan of the calls signed for one region only, on top of {@link #faults()}; change it at any time. */
    public Faults faults(String region) {
        return regionFaults.computeIfAbsent(region, r -> new Faults());
    }

    /** The region's stacks, made on first use: each region has its own, as in AWS. */
    RegionalBackend region(String region) {
        return regions.computeIfAbsent(region, regionFactory);
    }

    /** How far from AWS the endpoint answers (other implementations' differences); change it at any time. */
    public Compatibility compatibility() {
        return compatibility;
    }

    /** Every call received so far, oldest first (throttled and dropped ones included). */
    public List<RecordedCall> recordedCalls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** How many calls of this action were received (including throttled and dropped ones). */
    public long count(String action) {
        return recordedCalls().stream().filter(c -> c.action().equals(action)).count();
    }

    /** Forgets the recorded calls and clears the fault plan and the compatibility switches; stacks stay. */
    public void reset() {
        synchronized (calls) {
            calls.clear();
        }
        faults.clear();
        regionFaults.values().forEach(Faults::clear);
        compatibility.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String requestId = store.nextUuid();
        try (exchange) {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            if (s3Forwarder != null && S3Forwarder.isS3(exchange)) {
                // Recorded as "S3 PUT", "S3 GET", ... so benchmarks can count uploads through the one endpoint.
                Map<String, String> target = new java.util.LinkedHashMap<>();
                target.put("Path", exchange.getRequestURI().getPath());
                if (exchange.getRequestURI().getQuery() != null) {
                    target.put("Query", exchange.getRequestURI().getQuery());
                }
                record(new QueryRequest("S3 " + exchange.getRequestMethod(), target, defaultRegion), null);
                s3Forwarder.forward(exchange, raw);
                return;
            }
            String body = new String(raw, StandardCharsets.UTF_8);
            QueryRequest request = QueryRequest.parse(body,
                    exchange.getRequestHeaders().getFirst("Authorization"), defaultRegion);
            Duration latency = faults.latency();
            if (regionFaults.containsKey(request.region())) {
                latency = latency.plus(regionFaults.get(request.region()).latency());
            }
            if (!latency.isZero()) {
                Thread.sleep(latency.toMillis());
            }
            Faults.Decision decision = faults.decide(request.action());
            if (decision == Faults.Decision.PASS && regionFaults.containsKey(request.region())) {
                decision = regionFaults.get(request.region()).decide(request.action());
            }
            if (decision == Faults.Decision.DROP) {
                record(request, "DroppedConnection");
                // Closing before the response headers makes the JDK server close the socket.
                return;
            }
            String xml;
            int status = 200;
            try {
                if (decision == Faults.Decision.THROTTLE) {
                    throw CfnError.throttling();
                }
                if (!"POST".equals(exchange.getRequestMethod())) {
                    throw CfnError.validation("The local endpoint speaks the AWS Query protocol: POST form bodies");
                }
                Function<QueryRequest, Consumer<Xml>> action = region(request.region()).actions.get(request.action());
                if (action == null) {
                    throw CfnError.invalidAction(request.action());
                }
                Consumer<Xml> result = action.apply(request);
                xml = Xml.response(request.action(), requestId, result);
                record(request, null);
            } catch (CfnError e) {
                xml = Xml.error(e, requestId);
                status = e.status();
                record(request, e.code());
            } catch (RuntimeException e) {
                xml = Xml.error(new CfnError(500, "Receiver", "InternalFailure", String.valueOf(e)), requestId);
                status = 500;
                record(request, "InternalFailure");
            }
            byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void record(QueryRequest request, String errorCode) {
        synchronized (calls) {
            calls.add(new RecordedCall(request.action(), request.params(), store.now(), errorCode, request.region()));
        }
    }

    @Override
    public void close() {
        server.stop(0);
        requestThreads.shutdownNow();
        workers.values().forEach(ScheduledExecutorService::shutdownNow);
        stackSets.close();
        try {
            for (ScheduledExecutorService worker : workers.values()) {
                worker.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        templates.close();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Settings of a {@link LocalCloudFormation}; every one has a default that suits unit tests. */
    public static final class Builder {
        private URI s3Endpoint;
        private Duration resourceDelay = Duration.ofMillis(20);
        private UpdateTypeLookup updateTypes = UpdateTypeLookup.defaults();
        private int pageSize = 100;
        private int port;
        private String region = "us-east-1";

        private Builder() {}

        /** The local S3 server nested stacks' TemplateURLs are read from (LocalS3's credentials). */
        public Builder s3Endpoint(URI s3Endpoint) {
            this.s3Endpoint = s3Endpoint;
            return this;
        }

        /** How long each resource takes to create, update or delete (default 20 ms). */
        public Builder resourceDelay(Duration resourceDelay) {
            this.resourceDelay = resourceDelay;
            return this;
        }

        /** Where change sets get the properties' update types (default: {@link UpdateTypeLookup#defaults()}). */
        public Builder updateTypes(UpdateTypeLookup updateTypes) {
            this.updateTypes = updateTypes;
            return this;
        }

        /** Items per page of events, resources, changes and change sets (default 100, as AWS). */
        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** The port to listen on (default 0: a free one). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The region when a request is not SigV4-signed (signed ones use their credential scope's region). */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public LocalCloudFormation start() throws IOException {
            return new LocalCloudFormation(this);
        }
    }
}
