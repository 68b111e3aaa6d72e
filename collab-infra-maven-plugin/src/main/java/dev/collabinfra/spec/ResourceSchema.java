package dev.collabinfra.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One resource type's registry schema (CloudFormation resource provider schema, descriptions
 * dropped): the JSON Schema of its {@code Properties} plus the lists CloudFormation keeps beside
 * it. Property lists are given as property paths without the {@code /properties/} prefix, so
 * {@code /properties/Endpoint/Address} is {@code Endpoint/Address}.
 *
 * <p>{@link #root()} is the schema as parsed (maps, lists, strings, {@link java.math.BigDecimal}s,
 * booleans); {@link #resolve(String)} follows a {@code $ref} into its {@code definitions}.
 */
public final class ResourceSchema {

    private final String typeName;
    private final Map<String, Object> root;

    ResourceSchema(String typeName, Map<String, Object> root) {
        this.typeName = typeName;
        this.root = Collections.unmodifiableMap(root);
    }

    public String typeName() {
        return typeName;
    }

    /** The schema of the resource's Properties object (properties, required, definitions, ...). */
    public Map<String, Object> root() {
        return root;
    }

    /** Resolves a local reference such as {@code #/definitions/KeySchema}; empty when it leads nowhere. */
    @SuppressWarnings("unchecked")
    public Optional<Object> resolve(String ref) {
        if (!ref.startsWith("#")) {
            return Optional.empty();
        }
        Object at = root;
        for (String part : ref.substring(1).split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!(at instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            at = ((Map<String, Object>) map).get(part.replace("~1", "/").replace("~0", "~"));
            if (at == null) {
                return Optional.empty();
            }
        }
        return Optional.of(at);
    }

    /** The properties that together identify a resource of this type (its primaryIdentifier). */
    public List<String> primaryIdentifier() {
        return paths("primaryIdentifier");
    }

    /** Properties whose change replaces the resource (createOnlyProperties). */
    public List<String> createOnlyProperties() {
        return paths("createOnlyProperties");
    }

    /** Properties only CloudFormation sets (readOnlyProperties): attributes, never template input. */
    public List<String> readOnlyProperties() {
        return paths("readOnlyProperties");
    }

    /** Properties the provider still accepts but no longer wants (deprecatedProperties). */
    public List<String> deprecatedProperties() {
        return paths("deprecatedProperties");
    }

    /** True when changing the top-level property replaces the resource. */
    public boolean isCreateOnly(String property) {
        for (String path : createOnlyProperties()) {
            if (path.equals(property) || path.startsWith(property + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The attributes {@code Fn::GetAtt} can read: the read-only properties, as dotted names
     * ({@code Endpoint.Address}); list paths ({@code Foo/*}) are left out.
     */
    public Set<String> attributes() {
        Set<String> names = new LinkedHashSet<>();
        for (String path : readOnlyProperties()) {
            if (!path.contains("*")) {
                names.add(path.replace('/', '.'));
            }
        }
        return names;
    }

    private List<String> paths(String key) {
        Object value = root.get(key);
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        List<String> paths = new ArrayList<>(list.size());
        for (Object item : list) {
            if (item instanceof String s) {
                paths.add(s.startsWith("/properties/") ? s.substring("/properties/".length()) : s);
            }
        }
        return List.copyOf(paths);
    }

    @Override
    public String toString() {
        return "ResourceSchema " + typeName;
    }
}
