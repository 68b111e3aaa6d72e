package dev.collabinfra.deploy.stackset;

import dev.collabinfra.environment.StackSetTarget;
import java.util.List;
import java.util.Map;

/**
 * The stack set to create or update: the rendered template (inline or by URL in the bundle's
 * bucket), parameters, capabilities and tags, and how the set is managed.
 *
 * @param templateUrl the uploaded main template, or null to send {@code templateBody}
 */
public record StackSetDefinition(
        StackSetTarget target,
        String description,
        String templateBody,
        String templateUrl,
        Map<String, String> parameters,
        List<String> capabilities,
        Map<String, String> tags) {

    public StackSetDefinition {
        parameters = Map.copyOf(parameters);
        capabilities = List.copyOf(capabilities);
        tags = Map.copyOf(tags);
    }

    public String name() {
        return target.name();
    }
}
