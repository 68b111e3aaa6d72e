package dev.collabinfra.spec;

import java.util.Map;
import java.util.Set;

/**
 * A resource type of the specification: its properties and the attributes {@code Fn::GetAtt}
 * may read (names with dots such as {@code Endpoint.Address} included).
 *
 * @param requiredTransform the transform the type needs ({@code AWS::Serverless-2016-10-31} for
 *     SAM types), or null
 */
public record ResourceTypeSpec(String name, Map<String, PropertySpec> properties, Set<String> attributes, String requiredTransform) {

    public ResourceTypeSpec {
        properties = Map.copyOf(properties);
        attributes = Set.copyOf(attributes);
    }
}
