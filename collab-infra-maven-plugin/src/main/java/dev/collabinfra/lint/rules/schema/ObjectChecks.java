package dev.collabinfra.lint.rules.schema;

import dev.collabinfra.lint.rules.schema.SchemaValidator.Sink;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * properties, patternProperties, additionalProperties, required, requiredXor, requiredOr,
 * dependencies, dependentRequired and dependentExcluded on one object. A property set to
 * {@code !Ref AWS::NoValue} counts as absent.
 */
final class ObjectChecks {

    private ObjectChecks() {}

    @SuppressWarnings("unchecked")
    static boolean check(SchemaValidator v, MapNode map, Map<String, Object> schema, String path, Sink sink, int depth) {
        boolean ok = true;
        Map<String, Object> properties = schema.get("properties") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
        Map<String, Object> patternProperties = schema.get("patternProperties") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
        Object additional = schema.get("additionalProperties");
        for (MapNode.Entry entry : map.entries()) {
            if (SchemaValidator.isNoValue(entry.value())) {
                continue;
            }
            String child = path.isEmpty() ? entry.key() : path + "." + entry.key();
            boolean known = false;
            if (properties.containsKey(entry.key())) {
                known = true;
                if (Boolean.FALSE.equals(properties.get(entry.key()))) {
                    // a property the schema forbids here: reported on its key, where the fix is
                    sink.fail("false", entry.keyPosition(), sink.silent() ? null : v.name(child) + " must not be specified here; remove it", null);
                    ok = false;
                } else {
                    ok &= v.child(entry.value(), properties.get(entry.key()), child, sink, depth);
                }
            }
            for (Map.Entry<String, Object> pp : patternProperties.entrySet()) {
                Optional<Pattern> pattern = v.pattern(pp.getKey());
                if (pattern.isPresent() && pattern.get().matcher(entry.key()).find()) {
                    known = true;
                    ok &= v.child(entry.value(), pp.getValue(), child, sink, depth);
                }
            }
            if (known || additional == null || Boolean.TRUE.equals(additional)) {
                continue;
            }
            if (Boolean.FALSE.equals(additional)) {
                ok = false;
                if (!sink.silent()) {
                    String hint = Suggestions.closest(entry.key(), properties.keySet()).map(s -> "; did you mean '" + s + "'?").orElse("");
                    sink.fail("additionalProperties", entry.keyPosition(), "'" + entry.key() + "' is not a property of "
                            + v.where(path) + hint, "'" + entry.key() + "'");
                } else {
                    sink.fail("additionalProperties", entry.keyPosition(), null, null);
                }
            } else {
                ok &= v.child(entry.value(), additional, child, sink, depth);
            }
        }
        if (schema.get("required") instanceof List<?> required) {
            for (Object name : required) {
                if (!present(map, String.valueOf(name))) {
                    ok = false;
                    sink.fail("required", v.at(map), sink.silent() ? null
                            : v.where(path) + " is missing required property '" + name + "'; add it", "'" + name + "'");
                }
            }
        }
        if (schema.get("requiredXor") instanceof List<?> xor) {
            int count = count(map, xor);
            if (count == 0) {
                ok = false;
                sink.fail("requiredXor", v.at(map), sink.silent() ? null : v.where(path) + " must set exactly one of " + Describe.names(xor), null);
            } else if (count > 1) {
                ok = false;
                // reported on each property after the first, where the fix (removing it) applies
                int seen = 0;
                for (Object name : xor) {
                    if (present(map, String.valueOf(name)) && seen++ > 0) {
                        sink.fail("requiredXor", map.entry(String.valueOf(name)).orElseThrow().keyPosition(), sink.silent() ? null
                                : v.where(path) + " must set exactly one of " + Describe.names(xor) + ", not " + count
                                        + "; remove '" + name + "' or the others", null);
                    }
                }
            }
        }
        if (schema.get("requiredOr") instanceof List<?> or && count(map, or) == 0) {
            ok = false;
            sink.fail("requiredOr", v.at(map), sink.silent() ? null : v.where(path) + " must set at least one of " + Describe.names(or), null);
        }
        ok &= dependencies(v, map, schema.get("dependencies"), path, sink, depth, "dependentRequired");
        ok &= dependencies(v, map, schema.get("dependentRequired"), path, sink, depth, "dependentRequired");
        if (schema.get("dependentExcluded") instanceof Map<?, ?> excluded) {
            java.util.Set<String> pairs = new java.util.HashSet<>();
            for (Map.Entry<?, ?> e : excluded.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (present(map, key) && e.getValue() instanceof List<?> others) {
                    for (Object other : others) {
                        if (present(map, String.valueOf(other)) && pairs.add(pair(key, String.valueOf(other)))) {
                            ok = false;
                            sink.fail("dependentExcluded", map.entry(String.valueOf(other)).orElseThrow().keyPosition(), sink.silent() ? null
                                    : v.where(path) + " sets both '" + key + "' and '" + other + "', which exclude each other; remove one", null);
                        }
                    }
                }
            }
        }
        return ok;
    }

    private static boolean dependencies(SchemaValidator v, MapNode map, Object value, String path, Sink sink, int depth, String keyword) {
        if (!(value instanceof Map<?, ?> deps)) {
            return true;
        }
        boolean ok = true;
        for (Map.Entry<?, ?> e : deps.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!present(map, key)) {
                continue;
            }
            if (e.getValue() instanceof List<?> needed) {
                List<String> missing = new ArrayList<>();
                for (Object n : needed) {
                    if (!present(map, String.valueOf(n))) {
                        missing.add(String.valueOf(n));
                    }
                }
                if (!missing.isEmpty()) {
                    ok = false;
                    // reported on the object, as cfn-lint does: the fix is to add the missing properties there
                    sink.fail(keyword, v.at(map), sink.silent() ? null
                            : v.where(path) + " sets '" + key + "', which needs " + Describe.names(missing) + "; add "
                                    + (missing.size() == 1 ? "it" : "them"), null);
                }
            } else {
                ok &= v.child(map, e.getValue(), path, sink, depth);
            }
        }
        return ok;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
    }

    private static int count(MapNode map, List<?> names) {
        int count = 0;
        for (Object name : names) {
            if (present(map, String.valueOf(name))) {
                count++;
            }
        }
        return count;
    }

    /** Set to a value other than {@code AWS::NoValue} (an Fn::If with one real branch counts as set). */
    static boolean present(MapNode map, String name) {
        Optional<Node> value = map.get(name);
        return value.isPresent() && !SchemaValidator.isNoValue(value.get());
    }
}
