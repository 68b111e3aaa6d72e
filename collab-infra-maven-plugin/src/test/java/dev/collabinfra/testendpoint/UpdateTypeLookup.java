package dev.collabinfra.testendpoint;

import dev.collabinfra.spec.PropertySpec;
import dev.collabinfra.spec.ResourceSpecification;

/**
 * Tells the change set planner what updating a resource property does, as the CloudFormation
 * resource specification's {@code UpdateType}: {@code "Mutable"}, {@code "Immutable"} (replacement)
 * or {@code "Conditional"}. The endpoint takes one in its builder so it can use the project's
 * bundled specification ({@link #defaults()}).
 */
@FunctionalInterface
public interface UpdateTypeLookup {

    String MUTABLE = "Mutable";
    String IMMUTABLE = "Immutable";
    String CONDITIONAL = "Conditional";

    /** The update type of {@code property} of {@code resourceType}; unknown properties are Mutable. */
    String updateType(String resourceType, String property);

    /**
     * Update types from the plugin's bundled CloudFormation resource specification, loaded once for
     * the lookup; properties the specification does not know are Mutable.
     */
    static UpdateTypeLookup defaults() {
        return fromSpecification(ResourceSpecification.bundled());
    }

    /** Update types from a resource specification. */
    static UpdateTypeLookup fromSpecification(ResourceSpecification specification) {
        return (type, property) -> specification.resourceType(type)
                .map(t -> t.properties().get(property))
                .map(PropertySpec::updateType)
                .map(updateType -> switch (updateType) {
                    case IMMUTABLE -> IMMUTABLE;
                    case CONDITIONAL -> CONDITIONAL;
                    case MUTABLE -> MUTABLE;
                })
                .orElse(MUTABLE);
    }
}
