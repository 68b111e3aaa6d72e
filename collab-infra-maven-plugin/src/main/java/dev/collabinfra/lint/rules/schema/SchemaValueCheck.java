package dev.collabinfra.lint.rules.schema;

import dev.collabinfra.spec.RegistrySchemas;
import dev.collabinfra.spec.ResourceSchema;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.ScalarKind;
import dev.collabinfra.template.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One string value against the registry schema of one property, outside a template: what the
 * environment-resolved validation asks once a value is known ({@code BucketName} of a bucket after
 * {@code !Sub '${AWS::StackName}-assets'} with the prod stack name). The same enum, pattern,
 * length, range and format checks, with the same messages, as the template rules of this package.
 */
public final class SchemaValueCheck {

    private static final int MAX_REFS = 16;

    private final RegistrySchemas schemas;

    public SchemaValueCheck(RegistrySchemas schemas) {
        this.schemas = schemas;
    }

    /** False when the schemas do not know {@code resourceType}. */
    public boolean covers(String resourceType) {
        return schemas.schema(resourceType).isPresent();
    }

    /**
     * What is wrong with {@code value} at {@code path} of a {@code resourceType}'s properties, or
     * empty when it fits, or when the schema does not describe a scalar there.
     *
     * @param path property names from {@code Properties} down; list items add no segment, map keys do
     */
    public Optional<String> check(String resourceType, List<String> path, String value) {
        Optional<ResourceSchema> schema = schemas.schema(resourceType);
        if (schema.isEmpty() || path.isEmpty()) {
            return Optional.empty();
        }
        Optional<Map<String, Object>> leaf = walk(schema.get(), path);
        if (leaf.isEmpty()) {
            return Optional.empty();
        }
        SchemaValidator validator = new SchemaValidator(schemas, null, resourceType, schema.get().root(), null, Position.START);
        ScalarNode scalar = new ScalarNode(value, kind(value), false, Position.START, 0, value.length());
        List<String> problems = new ArrayList<>();
        validator.validate(scalar, leaf.get(), String.join(".", path), (keyword, at, message, dedupeKey) -> {
            if (message != null && !keyword.equals("type")) {
                problems.add(message);
            }
        });
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    /** The kind a resolved string reads as: CloudFormation hands numbers and booleans on as their text. */
    private static ScalarKind kind(String value) {
        if (value.matches("[+-]?\\d{1,18}")) {
            return ScalarKind.INTEGER;
        }
        if (value.matches("[+-]?\\d{1,18}\\.\\d{1,18}")) {
            return ScalarKind.FLOAT;
        }
        return value.equals("true") || value.equals("false") ? ScalarKind.BOOLEAN : ScalarKind.STRING;
    }

    /** The sub-schema at {@code path}: through $ref, array items, map values and allOf/oneOf/anyOf. */
    private static Optional<Map<String, Object>> walk(ResourceSchema schema, List<String> path) {
        Map<String, Object> current = deref(schema, schema.root());
        for (String segment : path) {
            current = find(schema, current, segment, 0);
            if (current == null) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(deref(schema, items(schema, current)));
    }

    /** The schema of {@code segment} below {@code node}, or null. */
    private static Map<String, Object> find(ResourceSchema schema, Map<String, Object> node, String segment, int depth) {
        Map<String, Object> current = deref(schema, items(schema, node));
        if (current == null || depth > MAX_REFS) {
            return null;
        }
        Object next = null;
        if (current.get("properties") instanceof Map<?, ?> properties) {
            next = properties.get(segment);
        }
        if (next == null && current.get("patternProperties") instanceof Map<?, ?> patterns && patterns.size() == 1) {
            next = patterns.values().iterator().next();
        }
        if (next == null && current.get("additionalProperties") instanceof Map<?, ?> additional) {
            next = additional;
        }
        if (next instanceof Map<?, ?>) {
            return deref(schema, asMap(next));
        }
        for (String applicator : List.of("allOf", "oneOf", "anyOf")) {
            if (current.get(applicator) instanceof List<?> alternatives) {
                for (Object alternative : alternatives) {
                    if (alternative instanceof Map<?, ?>) {
                        Map<String, Object> found = find(schema, asMap(alternative), segment, depth + 1);
                        if (found != null) {
                            return found;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static Map<String, Object> items(ResourceSchema schema, Map<String, Object> node) {
        Map<String, Object> current = node;
        for (int i = 0; current != null && i < MAX_REFS && current.get("items") instanceof Map<?, ?> items; i++) {
            current = deref(schema, asMap(items));
        }
        return current;
    }

    private static Map<String, Object> deref(ResourceSchema schema, Map<String, Object> node) {
        Map<String, Object> current = node;
        for (int i = 0; current != null && i < MAX_REFS && current.get("$ref") instanceof String ref; i++) {
            Optional<Object> target = schema.resolve(ref);
            current = target.isPresent() && target.get() instanceof Map<?, ?> ? asMap(target.get()) : null;
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
