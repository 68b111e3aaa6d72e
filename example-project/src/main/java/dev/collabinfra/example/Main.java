package dev.collabinfra.example;

import java.io.IOException;
import java.net.InetSocketAddress;

/** Container entry point: reads the task's environment and serves until the task stops. */
public final class Main {

    private Main() {
    }

    /** Starts the service on all interfaces (the task's ENI) at PORT. */
    public static void main(String[] args) throws IOException {
        AppConfig config;
        try {
            config = AppConfig.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("Configuration error: " + e.getMessage());
            System.exit(2);
            return;
        }
        CollaborationServer server = CollaborationServer.start(
                config, new InetSocketAddress(config.port()), new DocumentStore(), System.out);
        // ECS sends SIGTERM after the load balancer deregistered the task; finish what is in flight.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(2), "shutdown"));
    }
}
