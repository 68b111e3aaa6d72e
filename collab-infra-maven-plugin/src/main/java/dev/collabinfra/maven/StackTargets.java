package dev.collabinfra.maven;

import dev.collabinfra.core.UserException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link StackTarget} of a stack goal: command line over environment file over POM.
 * Property names: {@code -Dcollab-infra.stackName}, {@code .region}, {@code .bucket},
 * {@code .prefix}, {@code .createBucket}, {@code .endpoint}, {@code .profile}, {@code .roleArn},
 * {@code .parameters.<Name>}, {@code .tags.<Key>}.
 */
final class StackTargets {

    /** The POM's plugin configuration (lowest precedence). */
    record Pom(String stackName, String region, String bucket, String prefix, boolean createBucket, String endpoint, String profile,
            String roleArn, Map<String, String> parameters, Map<String, String> tags, List<String> capabilities) {}

    private StackTargets() {}

    /**
     * @param commandLine session user and system properties
     * @param properties project and session properties, for {@code ${...}} in the environment file
     */
    static StackTarget resolve(String env, Path templatesDir, Pom pom, Map<String, String> commandLine, Map<String, String> properties) {
        Map<String, String> parameters = new LinkedHashMap<>(pom.parameters());
        Map<String, String> tags = new LinkedHashMap<>(pom.tags());
        commandLine.forEach((key, value) -> {
            if (key.startsWith(PropertyNames.PARAMETERS_PREFIX) && key.length() > PropertyNames.PARAMETERS_PREFIX.length()) {
                parameters.put(key.substring(PropertyNames.PARAMETERS_PREFIX.length()), value);
            } else if (key.startsWith(PropertyNames.TAGS_PREFIX) && key.length() > PropertyNames.TAGS_PREFIX.length()) {
                tags.put(key.substring(PropertyNames.TAGS_PREFIX.length()), value);
            }
        });
        // The Mojo parameters already carry the -D values of single settings (Maven injects them).
        String stackName = pom.stackName();
        if (stackName == null || stackName.isBlank()) {
            throw new UserException("No stack name for environment '" + env + "': set stackName in the environment file or -D"
                    + PropertyNames.STACK_NAME + "=NAME.");
        }
        List<String> capabilities = new ArrayList<>(pom.capabilities());
        return new StackTarget(env, stackName, blankToNull(pom.region()), blankToNull(pom.bucket()), blankToNull(pom.prefix()),
                pom.createBucket(), blankToNull(pom.endpoint()), blankToNull(pom.profile()), parameters, tags, capabilities,
                blankToNull(pom.roleArn()), List.of(), null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
