package dev.collabinfra.testendpoint;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real S3 server for tests: S3Proxy 2.6.0 over jclouds' in-memory ("transient") blob store, in a
 * child JVM on 127.0.0.1 and a free port, path-style. It runs in its own process because S3Proxy
 * needs Guice 7 while Maven's API (on the test classpath) brings Guice 4. The build copies S3Proxy's
 * self-contained jar to {@code target/s3proxy/s3proxy.jar} and passes its path as the system
 * property {@code s3proxy.jar}. Requests must be signed with {@link #ACCESS_KEY}/{@link #SECRET_KEY}.
 */
public final class LocalS3 implements AutoCloseable {

    public static final String ACCESS_KEY = "local-access-key";
    public static final String SECRET_KEY = "local-secret-key";

    private final Process process;
    private final int port;
    private final Path workDir;
    private final Thread killOnExit;

    private LocalS3(Process process, int port, Path workDir, Thread killOnExit) {
        this.process = process;
        this.port = port;
        this.workDir = workDir;
        this.killOnExit = killOnExit;
    }

    /** Starts a fresh, empty server on a free port and waits until it accepts connections. */
    public static LocalS3 start() throws IOException, InterruptedException {
        return start(freePort());
    }

    /** Starts a fresh, empty server on the given port (the build reserves one for the invoker ITs). */
    public static LocalS3 start(int port) throws IOException, InterruptedException {
        String jar = System.getProperty("s3proxy.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("System property s3proxy.jar does not name S3Proxy's jar (" + jar
                    + "); run the tests through Maven, which copies it to target/s3proxy/");
        }
        Path workDir = Files.createTempDirectory("local-s3");
        Path properties = workDir.resolve("s3proxy.conf");
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                // The in-memory store cannot encrypt; accept the SSE headers the plugin always sends
                // (tests assert the headers on the wire with an SDK interceptor).
                "s3proxy.ignore-unknown-headers=true",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=transient",
                "jclouds.identity=identity",
                "jclouds.credential=credential",
                ""));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-jar");
        command.add(jar);
        command.add("--properties");
        command.add(properties.toString());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("s3proxy.log").toFile())
                .start();
        // The server is a separate process: make sure it ends with this JVM even when close() never runs
        // (a test run that is killed, or LocalEndpointMain destroyed by Maven while it starts).
        Thread killOnExit = new Thread(process::destroyForcibly, "local-s3-kill");
        Runtime.getRuntime().addShutdownHook(killOnExit);
        LocalS3 s3 = new LocalS3(process, port, workDir, killOnExit);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!accepts(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String log = Files.readString(workDir.resolve("s3proxy.log"));
                s3.close();
                throw new IllegalStateException("S3Proxy did not start on 127.0.0.1:" + port + ":\n" + log);
            }
            Thread.sleep(50);
        }
        return s3;
    }

    /** {@code http://127.0.0.1:PORT}, for the SDK's endpoint override (path-style). */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or about to: it kills the process.
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
