package dev.collabinfra.goals;

import dev.collabinfra.environment.EnvironmentOverrides;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to find the environment an AWS goal works on: its name and the three levels it is merged
 * from (command line, {@code environments/<env>.yaml}, POM).
 *
 * @param name the environment {@code -Denv} names, or null
 * @param commandLine the build's {@code -D} properties ({@code collab-infra.region}, {@code .parameters.<Name>}, ...)
 * @param pom the plugin's POM configuration of the environment settings
 * @param interpolation what {@code ${...}} in environment files may use
 * @param environmentVariables what {@code ${env.NAME}} may use
 */
public record EnvironmentRequest(Project project, Sources sources, String name, Map<String, String> commandLine, EnvironmentOverrides pom,
        Map<String, String> interpolation, Map<String, String> environmentVariables) {

    public EnvironmentRequest {
        commandLine = Collections.unmodifiableMap(new LinkedHashMap<>(commandLine));
        interpolation = Collections.unmodifiableMap(new LinkedHashMap<>(interpolation));
        environmentVariables = Map.copyOf(environmentVariables);
    }

    @Override
    public String toString() {
        return "EnvironmentRequest[name=" + name + ", templates=" + sources.templates() + "]";
    }
}
