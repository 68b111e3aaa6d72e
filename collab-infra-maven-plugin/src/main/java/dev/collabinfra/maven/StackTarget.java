package dev.collabinfra.maven;

import java.util.List;
import java.util.Map;

/**
 * The environment a stack goal works on, after merging command line, environment file and POM:
 * what the deploy core needs (stack, parameters, tags, ...) and how to reach AWS.
 *
 * @param terminationProtection null leaves the stack's setting alone
 * @param endpoint an endpoint override for every AWS service, or null
 */
record StackTarget(
        String environment,
        String stackName,
        String region,
        String bucket,
        String prefix,
        boolean createBucket,
        String endpoint,
        String profile,
        Map<String, String> parameters,
        Map<String, String> tags,
        List<String> capabilities,
        String roleArn,
        List<String> notificationArns,
        Boolean terminationProtection) {

    StackTarget {
        parameters = Map.copyOf(parameters);
        tags = Map.copyOf(tags);
        capabilities = List.copyOf(capabilities);
        notificationArns = List.copyOf(notificationArns);
    }

    /** Where the goals write files for this environment: {@code target/collab-infra/<env>}. */
    java.nio.file.Path outputDir(java.io.File outputDirectory) {
        return outputDirectory.toPath().resolve(environment);
    }
}
