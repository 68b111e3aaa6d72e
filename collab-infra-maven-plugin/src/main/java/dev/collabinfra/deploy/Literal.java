package dev.collabinfra.deploy;

import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.TreeSet;

/** A template value's canonical text when it is fully literal, for comparing two templates' values. */
final class Literal {

    private Literal() {}

    /**
     * The canonical text ({@code "absent"} for a missing value), or null when the value holds an
     * intrinsic function: its deployed value cannot be told from the template.
     */
    static String text(Node node) {
        if (node == null) {
            return "absent";
        }
        if (node instanceof ScalarNode s) {
            return s.value().contains("{{resolve:") ? null : "s:" + s.value();
        }
        StringBuilder b = new StringBuilder();
        if (node instanceof ListNode list) {
            b.append('[');
            for (Node item : list.items()) {
                String t = text(item);
                if (t == null) {
                    return null;
                }
                b.append(t).append(',');
            }
            return b.append(']').toString();
        }
        MapNode map = (MapNode) node;
        if (Intrinsics.isFunction(map)) {
            return null;
        }
        b.append('{');
        for (String key : new TreeSet<>(map.keys())) {
            String t = text(map.get(key).orElseThrow());
            if (t == null) {
                return null;
            }
            b.append(key).append('=').append(t).append(',');
        }
        return b.append('}').toString();
    }
}
