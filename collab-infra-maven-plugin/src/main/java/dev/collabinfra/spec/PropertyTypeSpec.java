package dev.collabinfra.spec;

import java.util.Map;

/**
 * A property type ({@code AWS::S3::Bucket.LifecycleConfiguration}, or the shared {@code Tag}):
 * either an object with properties, or, for a few types, an alias of a list or primitive, which
 * {@link #self()} describes.
 *
 * @param name the qualified name as the specification spells it
 * @param properties the object's properties (empty for an alias)
 * @param self for an alias type, what the value itself is; null for an object type
 */
public record PropertyTypeSpec(String name, Map<String, PropertySpec> properties, PropertySpec self) {

    public PropertyTypeSpec {
        properties = Map.copyOf(properties);
    }

    /** True when values of this type are objects with named properties. */
    public boolean isObject() {
        return self == null;
    }
}
