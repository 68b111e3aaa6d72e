package dev.collabinfra.lint.resolve;

import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Template;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The Conditions section of one stack's template decided for one environment: {@code Fn::Equals}
 * on resolved values, {@code Fn::And}, {@code Fn::Or}, {@code Fn::Not} and {@code Condition}, in
 * three-valued logic (an unknown input leaves a condition undecided unless the others decide it).
 */
final class Conditions {

    private final Template template;
    private final Function<Node, Value> resolve;
    private final Map<String, Truth> conditions = new HashMap<>();
    private final Set<String> evaluating = new HashSet<>();

    Conditions(Template template, Function<Node, Value> resolve) {
        this.template = template;
        this.resolve = resolve;
    }

    /** A condition, evaluated once; a cycle or an unknown input gives UNKNOWN. */
    Truth condition(String name) {
        Truth known = conditions.get(name);
        if (known != null) {
            return known;
        }
        Optional<Node> definition = template.conditions().get(name);
        if (definition.isEmpty() || !evaluating.add(name)) {
            return Truth.UNKNOWN;
        }
        Truth truth = truth(definition.get());
        evaluating.remove(name);
        conditions.put(name, truth);
        return truth;
    }

    private Truth truth(Node node) {
        if (!(node instanceof MapNode map) || map.size() != 1) {
            return Truth.UNKNOWN;
        }
        MapNode.Entry entry = map.entries().iterator().next();
        Node arg = entry.value();
        switch (entry.key()) {
            case "Condition":
                return arg instanceof ScalarNode s ? condition(s.value()) : Truth.UNKNOWN;
            case "Fn::Not":
                if (arg instanceof ListNode l && l.size() == 1) {
                    Truth inner = truth(l.get(0));
                    return inner == Truth.UNKNOWN ? inner : Truth.of(inner == Truth.FALSE);
                }
                return Truth.UNKNOWN;
            case "Fn::And":
            case "Fn::Or": {
                if (!(arg instanceof ListNode l)) {
                    return Truth.UNKNOWN;
                }
                boolean and = entry.key().equals("Fn::And");
                Truth result = Truth.of(and);
                for (Node item : l.items()) {
                    Truth t = truth(item);
                    if (t == Truth.of(!and)) {
                        return t; // one false decides an And, one true an Or
                    }
                    if (t == Truth.UNKNOWN) {
                        result = Truth.UNKNOWN;
                    }
                }
                return result;
            }
            case "Fn::Equals": {
                if (!(arg instanceof ListNode l) || l.size() != 2) {
                    return Truth.UNKNOWN;
                }
                Optional<String> a = comparable(resolve.apply(l.get(0)));
                Optional<String> b = comparable(resolve.apply(l.get(1)));
                return a.isPresent() && b.isPresent() ? Truth.of(a.get().equals(b.get())) : Truth.UNKNOWN;
            }
            default:
                return Truth.UNKNOWN;
        }
    }

    private static Optional<String> comparable(Value v) {
        if (v instanceof Value.Text t) {
            return Optional.of(t.text());
        }
        if (v instanceof Value.Items l && l.known()) {
            return Json.toJson(l).map(Value.Text::text);
        }
        return Optional.empty();
    }
}
