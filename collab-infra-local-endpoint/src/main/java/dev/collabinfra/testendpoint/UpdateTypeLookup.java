package dev.collabinfra.testendpoint;

import java.util.Map;

/**
 * Tells the change set planner what updating a resource property does, as the CloudFormation
 * resource specification's {@code UpdateType}: {@code "Mutable"}, {@code "Immutable"} (replacement)
 * or {@code "Conditional"}. The endpoint takes one in its builder; {@link #defaults()} is its own
 * copy of the bundled specification's update types.
 */
@FunctionalInterface
public interface UpdateTypeLookup {

    String MUTABLE = "Mutable";
    String IMMUTABLE = "Immutable";
    String CONDITIONAL = "Conditional";

    /** The update type of {@code property} of {@code resourceType}; unknown properties are Mutable. */
    String updateType(String resourceType, String property);

    /**
     * Update types from the endpoint's own table ({@code update-types.txt}, taken from the plugin's
     * bundled CloudFormation resource specification and checked against it by the plugin's
     * {@code EndpointUpdateTypesTest}), read once for the lookup; properties it does not list are Mutable.
     */
    static UpdateTypeLookup defaults() {
        return of(BundledUpdateTypes.read());
    }

    /** Update types from a table: resource type, then property, then {@link #IMMUTABLE} or {@link #CONDITIONAL}. */
    static UpdateTypeLookup of(Map<String, Map<String, String>> byType) {
        Map<String, Map<String, String>> table = Map.copyOf(byType);
        return (type, property) -> table.getOrDefault(type, Map.of()).getOrDefault(property, MUTABLE);
    }
}
