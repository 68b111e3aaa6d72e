package dev.collabinfra.lint.rules.services;

import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The values a property may take as CloudFormation would see them: a literal is itself, an
 * {@code Fn::If} is each of its branches (a {@code Ref: AWS::NoValue} branch is no value), and any
 * other function is undecidable, so it contributes nothing and is never a finding.
 */
public final class Values {

    private Values() {}

    /** The nodes the value may become: literals, lists and maps, with every Fn::If opened. */
    public static List<Node> candidates(Node node) {
        List<Node> out = new ArrayList<>();
        collect(node, out, 0);
        return out;
    }

    /** The literal scalars the value may become. */
    public static List<ScalarNode> scalars(Node node) {
        List<ScalarNode> out = new ArrayList<>();
        for (Node n : candidates(node)) {
            if (n instanceof ScalarNode s) {
                out.add(s);
            }
        }
        return out;
    }

    /** The literal scalars of {@code key} in {@code map}, none when absent. */
    public static List<ScalarNode> scalars(MapNode map, String key) {
        return map.get(key).map(Values::scalars).orElse(List.of());
    }

    /** The single literal the value has whatever the conditions, or empty. */
    public static Optional<ScalarNode> literal(Node node) {
        return node instanceof ScalarNode s ? Optional.of(s) : Optional.empty();
    }

    /** The items of a list value (each opened through Fn::If), or the candidates of a single value. */
    public static List<Node> items(Node node) {
        List<Node> out = new ArrayList<>();
        for (Node candidate : candidates(node)) {
            if (candidate instanceof ListNode list) {
                for (Node item : list.items()) {
                    out.addAll(candidates(item));
                }
            } else {
                out.add(candidate);
            }
        }
        return out;
    }

    /** True for {@code Ref: AWS::NoValue}. */
    public static boolean isNoValue(Node node) {
        return node instanceof MapNode map && map.size() == 1 && map.get("Ref").filter(r -> r instanceof ScalarNode s
                && s.value().equals("AWS::NoValue")).isPresent();
    }

    private static void collect(Node node, List<Node> out, int depth) {
        if (depth > 20 || isNoValue(node)) {
            return;
        }
        if (node instanceof MapNode map && map.size() == 1 && map.containsKey("Fn::If")) {
            if (map.get("Fn::If").get() instanceof ListNode args && args.size() == 3) {
                collect(args.get(1), out, depth + 1);
                collect(args.get(2), out, depth + 1);
            }
            return;
        }
        if (Intrinsics.isFunction(node)) {
            return;
        }
        out.add(node);
    }
}
