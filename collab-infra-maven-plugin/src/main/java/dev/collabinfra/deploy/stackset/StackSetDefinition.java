package dev.collabinfra.deploy.stackset;

import dev.collabinfra.environment.StackSetTarget;
import java.util.List;
import java.util.Map;

/**
 * The stack set to create or update: the rendered template (inline or by URL in the bundle's
 * bucket), parameters, capabilities and tags, and how the set is managed.
 *
 * @param templateUrl the uploaded main template, or null to send {@code templateBody}
 * @param regionOverrides per region, the ParameterOverrides of its instances (the environment's
 *     {@code regionParameters}); a region without an entry gets the stack set's values
 */
public record StackSetDefinition(
        StackSetTarget target,
        String description,
        String templateBody,
        String templateUrl,
        Map<String, String> parameters,
        List<String> capabilities,
        Map<String, String> tags,
        Map<String, Map<String, String>> regionOverrides) {

    public StackSetDefinition {
        parameters = Map.copyOf(parameters);
        capabilities = List.copyOf(capabilities);
        tags = Map.copyOf(tags);
        Map<String, Map<String, String>> copy = new java.util.LinkedHashMap<>();
        (regionOverrides == null ? Map.<String, Map<String, String>>of() : regionOverrides)
                .forEach((region, values) -> copy.put(region, Map.copyOf(values)));
        regionOverrides = java.util.Collections.unmodifiableMap(copy);
    }

    /** A definition without per-region overrides. */
    public StackSetDefinition(StackSetTarget target, String description, String templateBody, String templateUrl,
            Map<String, String> parameters, List<String> capabilities, Map<String, String> tags) {
        this(target, description, templateBody, templateUrl, parameters, capabilities, tags, Map.of());
    }

    /** The ParameterOverrides the instances of {@code region} should have; empty for none. */
    public Map<String, String> overridesFor(String region) {
        return regionOverrides.getOrDefault(region, Map.of());
    }

    public String name() {
        return target.name();
    }
}
