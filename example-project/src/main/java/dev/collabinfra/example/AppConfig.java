package dev.collabinfra.example;

import java.util.Map;
import java.util.Optional;

/**
 * Settings the container receives from the ECS task definition (see application.yaml), with
 * local-development defaults so the service also starts on a laptop without AWS.
 *
 * @param port           PORT: the port the ALB target group forwards to
 * @param nodeEnv        NODE_ENV: {@code development} or {@code production}
 * @param redisEndpoint  REDIS_ENDPOINT: primary endpoint of the replication group, empty when absent
 * @param dynamoDbTable  DYNAMODB_TABLE: the document state table, empty when absent
 * @param awsRegion      AWS_REGION: the deployment region, empty when absent
 */
public record AppConfig(int port, String nodeEnv, String redisEndpoint, String dynamoDbTable, String awsRegion) {

    /** Port of the container; the target group and security groups use the same default. */
    public static final int DEFAULT_PORT = 8080;

    /**
     * Reads the settings from environment variables.
     *
     * @param env the process environment (a map, so tests need not mutate the real one)
     * @return the settings
     * @throws IllegalArgumentException when PORT is not a port number; the message names the
     *                                  variable and its value
     */
    public static AppConfig fromEnvironment(Map<String, String> env) {
        return new AppConfig(
                port(env.get("PORT")),
                value(env, "NODE_ENV").orElse("development"),
                value(env, "REDIS_ENDPOINT").orElse(""),
                value(env, "DYNAMODB_TABLE").orElse(""),
                value(env, "AWS_REGION").orElse(""));
    }

    /** Whether the service runs with production settings (NODE_ENV=production, as in the seed). */
    public boolean production() {
        return "production".equals(nodeEnv);
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int port(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(raw.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw new IllegalArgumentException(
                "PORT must be a number between 0 and 65535, was '" + raw + "'");
    }
}
