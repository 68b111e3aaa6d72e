package dev.collabinfra.goals;

import dev.collabinfra.core.UserException;
import dev.collabinfra.environment.EnvironmentOverrides;
import dev.collabinfra.lint.FailOn;
import dev.collabinfra.lint.ValidationRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the {@code validate} goal needs, and so everything {@code package}, {@code upload},
 * {@code plan} and {@code deploy} hand to it: they validate with exactly these settings. Two
 * equal records validate the same way, which is how a later goal of the same build knows it may
 * reuse the earlier result.
 *
 * @param environment the environment {@code -Denv} names, or null to check every environment file
 * @param ignoreRules rule ids or id prefixes never to report
 * @param reportDirectory where {@code validate.sarif} and the JUnit report go
 * @param specFile a resource specification to validate against instead of the bundled one, or null
 * @param interpolation what {@code ${...}} in environment files may use (project, system, {@code -D} properties)
 * @param environmentVariables what {@code ${env.NAME}} may use
 * @param lintTimeout the longest one template's checks may take ({@code lintTimeout}); null or zero for no bound
 * @param commandLine the {@code -Dcollab-infra.*} values that change how the chosen environment resolves
 * @param pom the POM's values of the same kind (only the AWS goals have them)
 */
public record ValidateSettings(
        Project project,
        Sources sources,
        String environment,
        FailOn failOn,
        Set<String> ignoreRules,
        boolean allowEmpty,
        Path reportDirectory,
        Path specFile,
        Map<String, String> interpolation,
        Map<String, String> environmentVariables,
        Duration lintTimeout,
        EnvironmentOverrides commandLine,
        EnvironmentOverrides pom) {

    public ValidateSettings {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(failOn, "failOn");
        ignoreRules = Collections.unmodifiableSet(new LinkedHashSet<>(ignoreRules));
        interpolation = Collections.unmodifiableMap(new LinkedHashMap<>(interpolation));
        environmentVariables = Map.copyOf(environmentVariables);
        // only what changes resolution, so that an endpoint or a tag does not make two validations differ
        commandLine = (commandLine == null ? EnvironmentOverrides.none(EnvironmentOverrides.COMMAND_LINE) : commandLine).forResolution();
        pom = (pom == null ? EnvironmentOverrides.none(EnvironmentOverrides.POM) : pom).forResolution();
    }

    /**
     * Settings with the default bound on one template's checks and without command-line or POM
     * environment values: every environment judged by its file.
     */
    public ValidateSettings(Project project, Sources sources, String environment, FailOn failOn, Set<String> ignoreRules,
            boolean allowEmpty, Path reportDirectory, Path specFile, Map<String, String> interpolation,
            Map<String, String> environmentVariables) {
        this(project, sources, environment, failOn, ignoreRules, allowEmpty, reportDirectory, specFile, interpolation,
                environmentVariables, ValidationRequest.DEFAULT_LINT_TIMEOUT, null, null);
    }

    /** The same settings with the reports elsewhere. */
    ValidateSettings reportingTo(Path directory) {
        return new ValidateSettings(project, sources, environment, failOn, ignoreRules, allowEmpty, directory, specFile,
                interpolation, environmentVariables, lintTimeout, commandLine, pom);
    }

    /**
     * The same settings with the levels an AWS goal merges its environment from, so that the
     * resolved checks judge the values that goal will send.
     */
    ValidateSettings over(EnvironmentRequest request) {
        return new ValidateSettings(project, sources, environment, failOn, ignoreRules, allowEmpty, reportDirectory, specFile,
                interpolation, environmentVariables, lintTimeout,
                EnvironmentOverrides.fromProperties(EnvironmentOverrides.COMMAND_LINE, request.commandLine()), request.pom());
    }

    /** Reads {@code <failOn>} as a user writes it; an unknown value names the POM element and the property. */
    public static FailOn failOn(String value) {
        return FailOn.parse(value).orElseThrow(() -> new UserException("Unknown <failOn> value '" + value + "' (-D"
                + PropertyNames.FAIL_ON + "); use error, warning, info or none"));
    }

    /** Rule ids from a POM list or the comma-separated property, trimmed, without blanks. */
    public static Set<String> ids(List<String> configured) {
        Set<String> ids = new LinkedHashSet<>();
        if (configured != null) {
            for (String entry : configured) {
                for (String id : entry.split(",")) {
                    if (!id.isBlank()) {
                        ids.add(id.strip());
                    }
                }
            }
        }
        return ids;
    }

    @Override
    public String toString() {
        // environment variables may hold secrets: never print them
        return "ValidateSettings[templates=" + sources.templates() + ", environment=" + environment + ", failOn=" + failOn
                + ", ignoreRules=" + ignoreRules + ", reports=" + reportDirectory + "]";
    }
}
