package dev.collabinfra.goals;

import dev.collabinfra.core.UserException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The project a goal works on, as plain values: where it is, where its build output goes, and its
 * coordinates (recorded in uploaded objects and stack tags).
 *
 * @param baseDir the project directory; messages show paths relative to it
 * @param buildDirectory {@code target}
 * @param groupId null for a run without a pom
 * @param artifactId null for a run without a pom
 * @param version null for a run without a pom
 * @param pluginVersion the plugin's own version, recorded in the SARIF report
 */
public record Project(Path baseDir, Path buildDirectory, String groupId, String artifactId, String version, String pluginVersion) {

    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** {@code target/collab-infra}: reports, the bundle and one folder per environment. */
    public Path outputRoot() {
        return buildDirectory.resolve("collab-infra");
    }

    /** {@code target/collab-infra/<env>}: the rendered main template, outputs and plan of one environment. */
    public Path environmentDirectory(String environment) {
        if (environment == null || !ENVIRONMENT_NAME.matcher(environment).matches()) {
            throw new UserException("Environment name '" + environment + "' (-D" + PropertyNames.ENV
                    + ") must be letters, digits, '.', '_' or '-'");
        }
        return outputRoot().resolve(environment);
    }
}
