package dev.collabinfra.lint.rules.schema;

import dev.collabinfra.lint.rules.schema.SchemaValidator.Sink;
import dev.collabinfra.spec.StringFormat;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** minItems/maxItems, uniqueItems and list formats ({@code AWS::EC2::SecurityGroup.Ids}) on one list. */
final class ArrayChecks {

    private ArrayChecks() {}

    static boolean check(ListNode list, Map<String, Object> schema, String path, Sink sink, SchemaValidator v) {
        boolean ok = true;
        int surely = 0;
        int atMost = 0;
        for (Node item : list.items()) {
            if (SchemaValidator.isNoValue(item)) {
                continue;
            }
            atMost++;
            Optional<java.util.List<Node>> branches = SchemaValidator.ifBranches(item);
            if (branches.isEmpty() || branches.get().size() == 2) {
                surely++;
            }
        }
        BigDecimal min = SchemaValidator.number(schema.get("minItems"));
        BigDecimal max = SchemaValidator.number(schema.get("maxItems"));
        if (min != null && atMost < min.intValue()) {
            ok = false;
            sink.fail("minItems", list.position(), sink.silent() ? null
                    : v.name(path) + " has " + atMost + " item" + (atMost == 1 ? "" : "s") + "; it needs at least " + min.intValue(), null);
        }
        if (max != null && surely > max.intValue()) {
            ok = false;
            sink.fail("maxItems", list.position(), sink.silent() ? null
                    : v.name(path) + " has " + surely + " items; it may have at most " + max.intValue(), null);
        }
        if (Boolean.TRUE.equals(schema.get("uniqueItems"))) {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                String key = canonical(list.get(i));
                if (key == null) {
                    continue;
                }
                Integer first = seen.putIfAbsent(key, i);
                if (first != null) {
                    ok = false;
                    sink.fail("uniqueItems", list.get(i).position(), sink.silent() ? null
                            : v.name(path) + "[" + i + "] repeats item [" + first + "]; list items must be unique, remove one", null);
                }
            }
        }
        if (schema.get("format") instanceof String name && (name.endsWith(".Ids") || name.endsWith(".Names"))) {
            Optional<StringFormat> format = v.format(name.substring(0, name.length() - 1));
            if (format.isPresent()) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof ScalarNode s && !s.value().contains("{{resolve:")
                            && !format.get().pattern().matcher(s.value()).find()) {
                        ok = false;
                        sink.fail("format:" + format.get().ruleId(), s.position(), sink.silent() ? null
                                : v.name(path + "[" + i + "]") + " '" + s.value() + "' is not a valid " + format.get().name()
                                        + " (pattern " + format.get().pattern() + ")", null);
                    }
                }
            }
        }
        return ok;
    }

    /** A literal value's canonical text, or null when it holds a function (its value is not known). */
    static String canonical(Node node) {
        if (node instanceof ScalarNode s) {
            return "s:" + s.value();
        }
        if (node instanceof ListNode l) {
            StringBuilder b = new StringBuilder("[");
            for (Node item : l.items()) {
                String c = canonical(item);
                if (c == null) {
                    return null;
                }
                b.append(c).append(',');
            }
            return b.append(']').toString();
        }
        MapNode m = (MapNode) node;
        if (Intrinsics.isFunction(m)) {
            return null;
        }
        StringBuilder b = new StringBuilder("{");
        for (String key : new java.util.TreeSet<>(m.keys())) {
            String c = canonical(m.get(key).orElseThrow());
            if (c == null) {
                return null;
            }
            b.append(key).append('=').append(c).append(',');
        }
        return b.append('}').toString();
    }
}
