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
import java.util.List;
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
            ok &= unique(list, path, sink, v);
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

    /**
     * Duplicate literal items, reported at the list (as cfn-lint does). An {@code Fn::If} item
     * counts with the value of each branch under that branch's condition: two items that repeat a
     * value in the same branch of the same condition, or a plain item and a branch, are duplicates
     * when that branch is taken.
     */
    private static boolean unique(ListNode list, String path, Sink sink, SchemaValidator v) {
        Map<String, Integer> plain = new HashMap<>();
        Map<String, Integer> scenario = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Node item = list.get(i);
            Optional<String> condition = condition(item);
            List<String[]> values = new java.util.ArrayList<>();
            if (condition.isPresent()) {
                ListNode args = (ListNode) ((MapNode) item).get("Fn::If").orElseThrow();
                for (int b = 1; b < 3; b++) {
                    if (!SchemaValidator.isNoValue(args.get(b))) {
                        values.add(new String[] {condition.get() + "#" + b, canonical(args.get(b))});
                    }
                }
            } else {
                values.add(new String[] {null, canonical(item)});
            }
            for (String[] value : values) {
                if (value[1] == null) {
                    continue;
                }
                Integer first = plain.get(value[1]);
                if (first == null && value[0] != null) {
                    first = scenario.get(value[0] + "\n" + value[1]);
                }
                if (first == null && value[0] == null) {
                    first = scenario.entrySet().stream().filter(e -> e.getKey().endsWith("\n" + value[1]))
                            .map(Map.Entry::getValue).findFirst().orElse(null);
                }
                if (first != null && first != i) {
                    sink.fail("uniqueItems", list.position(), sink.silent() ? null
                            : v.name(path) + "[" + i + "] repeats item [" + first + "]; list items must be unique, remove one", null);
                    return false;
                }
                if (value[0] == null) {
                    plain.putIfAbsent(value[1], i);
                } else {
                    scenario.putIfAbsent(value[0] + "\n" + value[1], i);
                }
            }
        }
        return true;
    }

    private static Optional<String> condition(Node item) {
        if (item instanceof MapNode map && map.size() == 1 && map.get("Fn::If").orElse(null) instanceof ListNode args
                && args.size() == 3 && args.get(0) instanceof ScalarNode c) {
            return Optional.of(c.value());
        }
        return Optional.empty();
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
