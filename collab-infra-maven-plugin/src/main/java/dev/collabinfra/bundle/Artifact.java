package dev.collabinfra.bundle;

/**
 * A rendered object to put in S3: its content-addressed key, the URL CloudFormation reads it
 * from, its bytes and content type, and the bundle file it came from.
 */
public record Artifact(String key, String url, byte[] bytes, String contentType, String source) {

    static String contentType(String extension) {
        return switch (extension) {
            case "yaml" -> "application/x-yaml";
            case "json" -> "application/json";
            case "jar" -> "application/java-archive";
            default -> "application/zip";
        };
    }
}
