package dev.collabinfra.testendpoint;

import java.io.IOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Runs the local S3 server and CloudFormation endpoint as a process, for the invoker ITs: the
 * plugin's build starts it (exec-maven-plugin, async) before {@code invoker:run} and it stays up
 * until killed. Options ({@code --name=value}, or system properties {@code local.<name>}):
 * <ul>
 *   <li>{@code cfn-port}, {@code s3-port}: ports to listen on (0 or absent: free ports)</li>
 *   <li>{@code properties}: file to write the endpoints to when both are ready</li>
 *   <li>{@code resource-delay-ms}: per-resource provisioning time (default 20)</li>
 *   <li>{@code compat}: comma-separated {@link Compatibility} switches (or {@code all}), to answer as
 *       another CloudFormation implementation does</li>
 *   <li>{@code max-lifetime-minutes}: stop after this long even if nobody kills it (default 180)</li>
 *   <li>{@code buckets}: comma-separated S3 buckets to create before the endpoint opens (a
 *       rehearsal deploys to the bucket its environment names; S3Proxy's in-memory store takes no
 *       location constraint, so the plugin's {@code createBucket} cannot make one outside us-east-1)</li>
 *   <li>{@code await=PORT} with {@code timeout-seconds}: instead, wait until 127.0.0.1:PORT accepts
 *       connections (the build's next step, so ITs start only when the endpoint is up)</li>
 *   <li>{@code stop=FILE} with {@code timeout-seconds}: instead, stop the endpoint that wrote the
 *       properties file FILE (it stops when the file is gone) and wait until its port is closed</li>
 * </ul>
 * It also stops when its parent process (the Maven JVM) is gone, so a killed build leaves nothing running.
 * Needs the system property {@code s3proxy.jar} (see {@link LocalS3}).
 */
public final class LocalEndpointMain {

    /** The running pair, and the file describing them. */
    record Running(LocalS3 s3, LocalCloudFormation cfn, Path properties) implements AutoCloseable {
        @Override
        public void close() {
            cfn.close();
            s3.close();
        }
    }

    private LocalEndpointMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        if (options.containsKey("await")) {
            int port = Integer.parseInt(options.get("await"));
            Duration timeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout-seconds", "60")));
            if (!await(port, timeout)) {
                System.err.println("The local endpoint did not open 127.0.0.1:" + port + " within " + timeout.toSeconds()
                        + " s; see the output of the start-local-endpoint execution above");
                System.exit(1);
            }
            return;
        }
        if (options.containsKey("stop")) {
            Duration timeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout-seconds", "60")));
            String stopped = stop(Path.of(options.get("stop")), timeout);
            if (stopped == null) {
                System.err.println("The local endpoint of " + options.get("stop") + " did not stop within " + timeout.toSeconds()
                        + " s; it stops by itself when this build's JVM exits");
                System.exit(1);
            }
            System.out.println(stopped);
            return;
        }
        Running running = start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "local-endpoint-shutdown"));
        System.out.println("Local endpoint ready: CloudFormation " + running.cfn().endpoint() + ", S3 "
                + running.s3().endpoint() + (options.getOrDefault("buckets", "").isBlank() ? "" : " with bucket " + options.get("buckets"))
                + (running.properties() == null ? "" : " (" + running.properties() + ")"));
        long deadline = System.nanoTime()
                + Duration.ofMinutes(Long.parseLong(options.getOrDefault("max-lifetime-minutes", "180"))).toNanos();
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        while (System.nanoTime() < deadline && (parent == null || parent.isAlive())
                && (running.properties() == null || Files.exists(running.properties()))) {
            Thread.sleep(500);
        }
        System.exit(0);
    }

    /** Starts S3 and then CloudFormation, and writes the properties file when both answer. */
    static Running start(Map<String, String> options) throws IOException, InterruptedException {
        int s3Port = Integer.parseInt(options.getOrDefault("s3-port", "0"));
        int cfnPort = Integer.parseInt(options.getOrDefault("cfn-port", "0"));
        String compat = options.getOrDefault("compat", "");
        new Compatibility().enable(compat); // a misspelt switch fails before any server starts
        LocalS3 s3 = s3Port == 0 ? LocalS3.start() : LocalS3.start(s3Port);
        LocalCloudFormation cfn;
        try {
            for (String bucket : options.getOrDefault("buckets", "").split(",")) {
                if (!bucket.isBlank()) {
                    createBucket(s3, bucket.strip());
                }
            }
            cfn = LocalCloudFormation.builder()
                    .s3Endpoint(s3.endpoint())
                    .port(cfnPort)
                    .resourceDelay(Duration.ofMillis(Long.parseLong(options.getOrDefault("resource-delay-ms", "20"))))
                    .start();
        } catch (IOException | RuntimeException e) {
            s3.close();
            throw e;
        }
        cfn.compatibility().enable(compat);
        Path file = options.containsKey("properties") ? Path.of(options.get("properties")) : null;
        if (file != null) {
            write(file, s3, cfn);
        }
        return new Running(s3, cfn, file);
    }

    private static void createBucket(LocalS3 s3, String bucket) {
        try (S3Client client = S3Client.builder()
                .endpointOverride(s3.endpoint())
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY)))
                .build()) {
            client.createBucket(b -> b.bucket(bucket));
        }
    }

    /**
     * Stops the endpoint that wrote {@code file}: deletes it, then waits until the CloudFormation
     * port it named is closed. Returns what to print, or null when the port stayed open.
     */
    static String stop(Path file, Duration timeout) throws IOException, InterruptedException {
        if (!Files.exists(file)) {
            return "No local endpoint to stop: " + file + " does not exist";
        }
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        URI endpoint = URI.create(properties.getProperty("local.cfn.endpoint"));
        Files.delete(file);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (portAccepts(endpoint.getPort())) {
            if (System.nanoTime() > deadline) {
                return null;
            }
            Thread.sleep(100);
        }
        return "Local endpoint stopped: CloudFormation " + endpoint + ", S3 " + properties.getProperty("local.s3.endpoint");
    }

    private static boolean portAccepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void write(Path file, LocalS3 s3, LocalCloudFormation cfn) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("local.cfn.endpoint", cfn.endpoint().toString());
        properties.setProperty("local.s3.endpoint", s3.endpoint().toString());
        properties.setProperty("local.s3.accessKey", LocalS3.ACCESS_KEY);
        properties.setProperty("local.s3.secretKey", LocalS3.SECRET_KEY);
        // The CloudFormation port forwards S3 requests too: one endpoint for the plugin's `endpoint` override.
        properties.setProperty("collab-infra.endpoint", cfn.endpoint().toString());
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "endpoint", ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary)) {
            properties.store(writer, "Local S3 and CloudFormation endpoints for the invoker ITs");
        }
        // Readers never see a half-written file.
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static boolean await(int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        return false;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String name : new String[] {"cfn-port", "s3-port", "properties", "resource-delay-ms", "max-lifetime-minutes",
                "buckets", "await", "stop", "timeout-seconds"}) {
            String value = System.getProperty("local." + name);
            if (value != null && !value.isBlank()) {
                options.put(name, value);
            }
        }
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Unknown argument '" + arg + "'; use --name=value, e.g. --cfn-port=8080");
            }
            int equals = arg.indexOf('=');
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return options;
    }
}
