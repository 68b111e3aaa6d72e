package dev.collabinfra.lint.rules.environment;

import java.util.List;
import java.util.Optional;

/**
 * Where the resolved-value check finds the constraint of a resource property. The plugin ships
 * {@link NamingRules} (physical-name rules of the common resource types); the registry-schema
 * constraints of the {@code spec} package plug in as another implementation, combined with
 * {@link #or}. See {@link EnvironmentRules#all(PropertyConstraints)}.
 */
public interface PropertyConstraints {

    /**
     * The constraint of a property.
     *
     * @param resourceType the resource's {@code Type}, e.g. {@code AWS::S3::Bucket}
     * @param path property names from {@code Properties} down: {@code [BucketName]},
     *     {@code [Tags, Key]}; list items add no segment
     */
    Optional<PropertyConstraint> lookup(String resourceType, List<String> path);

    /** False when no property of {@code resourceType} is constrained, so its values need not be visited. */
    default boolean covers(String resourceType) {
        return true;
    }

    /**
     * Both lookups: a value is judged by this one's constraint first and, where it passes, by
     * {@code other}'s ({@code RetentionInDays} must be an Integer, then one of CloudWatch Logs' values).
     */
    default PropertyConstraints or(PropertyConstraints other) {
        PropertyConstraints first = this;
        return new PropertyConstraints() {
            @Override
            public Optional<PropertyConstraint> lookup(String resourceType, List<String> path) {
                Optional<PropertyConstraint> a = first.lookup(resourceType, path);
                Optional<PropertyConstraint> b = other.lookup(resourceType, path);
                if (a.isEmpty() || b.isEmpty()) {
                    return a.isPresent() ? a : b;
                }
                return Optional.of(value -> a.get().validate(value).or(() -> b.get().validate(value)));
            }

            @Override
            public boolean covers(String resourceType) {
                return first.covers(resourceType) || other.covers(resourceType);
            }
        };
    }
}
