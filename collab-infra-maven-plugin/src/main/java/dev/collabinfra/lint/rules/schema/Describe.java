package dev.collabinfra.lint.rules.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Short readable forms of sub-schemas, for the messages of anyOf, oneOf and not. */
final class Describe {

    private Describe() {}

    static String names(List<?> names) {
        List<String> quoted = new ArrayList<>();
        for (Object n : names) {
            quoted.add("'" + n + "'");
        }
        return String.join(", ", quoted);
    }

    /** True when every alternative is a requirement group ({@code required: [...]}). */
    static boolean allRequire(List<?> alternatives) {
        for (Object a : alternatives) {
            if (!(a instanceof Map<?, ?> m) || !(m.get("required") instanceof List<?>)) {
                return false;
            }
        }
        return true;
    }

    static String alternatives(List<?> alternatives) {
        List<String> parts = new ArrayList<>();
        for (Object a : alternatives) {
            parts.add(schema(a));
        }
        return String.join(" | ", parts);
    }

    /** What a sub-schema asks, in a few words: {@code set 'A', 'B'}, {@code a String}, ... */
    static String schema(Object schema) {
        if (!(schema instanceof Map<?, ?> m)) {
            return String.valueOf(schema);
        }
        List<String> parts = new ArrayList<>();
        if (m.get("required") instanceof List<?> required) {
            parts.add("set " + names(required));
        }
        if (m.get("properties") instanceof Map<?, ?> properties) {
            for (Map.Entry<?, ?> e : properties.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> p) {
                    if (p.containsKey("const")) {
                        parts.add("'" + e.getKey() + "' = " + ScalarChecks.text(p.get("const")));
                    } else if (p.get("enum") instanceof List<?> values) {
                        parts.add("'" + e.getKey() + "' in " + values);
                    }
                } else if (Boolean.FALSE.equals(e.getValue())) {
                    parts.add("no '" + e.getKey() + "'");
                }
            }
        }
        if (m.get("format") instanceof String format && parts.isEmpty()) {
            parts.add(format.equals("json") ? "a JSON object or string" : "a " + format);
        }
        if (m.get("type") != null && parts.isEmpty()) {
            parts.add(Types.describe(m.get("type") instanceof List<?> l ? l : List.of(m.get("type"))));
        }
        if (m.get("$ref") instanceof String ref && parts.isEmpty()) {
            parts.add(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return parts.isEmpty() ? "the alternative schema" : String.join(" and ", parts);
    }
}
