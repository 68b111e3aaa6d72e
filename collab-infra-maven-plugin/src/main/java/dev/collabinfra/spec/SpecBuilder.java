package dev.collabinfra.spec;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Collects what a reader finds. Strings are interned in a local pool: the specification repeats
 * a few hundred names (String, Tag, property names) tens of thousands of times, and sharing them
 * keeps the loaded specification a few megabytes.
 */
final class SpecBuilder {

    private final Map<String, String> pool = new HashMap<>(1 << 15);
    private final Map<String, ResourceTypeSpec> resourceTypes = new HashMap<>(2048);
    private final Map<String, PropertyTypeSpec> propertyTypes = new HashMap<>(8192);
    private final Set<String> newerTypes = new HashSet<>();
    private String version = "unknown";
    private String overlay;

    String intern(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        String known = pool.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    void version(String version) {
        this.version = version;
    }

    void overlay(String overlay) {
        this.overlay = overlay;
    }

    void newerType(String name) {
        newerTypes.add(name);
    }

    void resourceType(String name, Map<String, PropertySpec> properties, Set<String> attributes, String transform) {
        resourceTypes.put(name, new ResourceTypeSpec(intern(name), properties, new LinkedHashSet<>(attributes), intern(transform)));
    }

    void propertyType(String name, Map<String, PropertySpec> properties, PropertySpec self) {
        propertyTypes.put(name, new PropertyTypeSpec(intern(name), properties, self));
    }

    PropertySpec property(String name, boolean required, String primitive, String type, String itemType,
            String primitiveItem, String update, boolean polymorphic) {
        return new PropertySpec(intern(name), required, intern(primitive), intern(type), intern(itemType),
                intern(primitiveItem), UpdateType.parse(update), polymorphic);
    }

    ResourceSpecification build() {
        return new ResourceSpecification(version, overlay, resourceTypes, propertyTypes, newerTypes);
    }
}
