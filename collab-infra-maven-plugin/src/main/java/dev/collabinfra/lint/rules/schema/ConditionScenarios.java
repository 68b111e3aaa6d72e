package dev.collabinfra.lint.rules.schema;

import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ways CloudFormation can see a resource's properties when they hold {@code Fn::If}: one copy
 * per combination of the conditions they name, each {@code Fn::If} replaced by the branch its
 * condition picks and {@code AWS::NoValue} removed. A check that relates properties to each other
 * (an extension schema's {@code if}/{@code then}) then sees the values that go together, which
 * judging each branch alone cannot ({@code Type: !If [c, CLOUDWATCH_METRIC, HTTP]} with
 * {@code AlarmIdentifier: !If [c, !Ref AWS::NoValue, ...]}).
 *
 * <p>Bounded: at most {@value #MAX_CONDITIONS} condition names (16 combinations); with more, or
 * none, the properties are returned as they are (each branch is then judged alone, as before).
 * A combination that cannot happen is left out: a condition and its {@code Fn::Not}, and two
 * conditions that compare the same parameter with {@code Fn::Equals} to different literals both
 * true. The copies share the original nodes, so positions are those of the template.
 */
final class ConditionScenarios {

    static final int MAX_CONDITIONS = 4;
    private static final int MAX_DEPTH = 30;

    private ConditionScenarios() {}

    /** The resolved copies of {@code properties} (just {@code properties} when nothing is conditional). */
    static List<Node> of(MapNode conditions, MapNode properties) {
        Set<String> names = new LinkedHashSet<>();
        if (!conditionNames(properties, names, 0) || names.isEmpty()) {
            return List.of(properties);
        }
        List<String> list = new ArrayList<>(names);
        List<Node> out = new ArrayList<>();
        for (int bits = 0; bits < 1 << list.size(); bits++) {
            Map<String, Boolean> scenario = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                scenario.put(list.get(i), (bits & 1 << i) != 0);
            }
            if (possible(conditions, scenario)) {
                out.add(resolve(properties, scenario));
            }
        }
        return out.isEmpty() ? List.of(properties) : out;
    }

    /** Collects the conditions of every Fn::If; false when there are too many or the tree is too deep. */
    private static boolean conditionNames(Node node, Set<String> names, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (node instanceof MapNode map) {
            if (map.size() == 1 && map.get("Fn::If").orElse(null) instanceof ListNode args && args.size() == 3
                    && args.get(0) instanceof ScalarNode c) {
                names.add(c.value());
                if (names.size() > MAX_CONDITIONS) {
                    return false;
                }
            }
            for (MapNode.Entry e : map.entries()) {
                if (!conditionNames(e.value(), names, depth + 1)) {
                    return false;
                }
            }
        } else if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                if (!conditionNames(item, names, depth + 1)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The node as the scenario sees it, or null for AWS::NoValue. */
    private static Node resolve(Node node, Map<String, Boolean> scenario) {
        if (SchemaValidator.isNoValue(node)) {
            return null;
        }
        if (node instanceof MapNode map) {
            if (map.size() == 1 && map.get("Fn::If").orElse(null) instanceof ListNode args && args.size() == 3
                    && args.get(0) instanceof ScalarNode c && scenario.containsKey(c.value())) {
                return resolve(args.get(scenario.get(c.value()) ? 1 : 2), scenario);
            }
            List<MapNode.Entry> entries = new ArrayList<>(map.size());
            boolean changed = false;
            for (MapNode.Entry e : map.entries()) {
                Node v = resolve(e.value(), scenario);
                changed |= v != e.value();
                if (v != null) {
                    entries.add(v == e.value() ? e : new MapNode.Entry(e.key(), e.keyPosition(), v));
                }
            }
            return changed ? new MapNode(entries, map.position(), map.startIndex(), map.endIndex()) : map;
        }
        if (node instanceof ListNode list) {
            List<Node> items = new ArrayList<>(list.size());
            boolean changed = false;
            for (Node item : list.items()) {
                Node v = resolve(item, scenario);
                changed |= v != item;
                if (v != null) {
                    items.add(v);
                }
            }
            return changed ? new ListNode(items, list.position(), list.startIndex(), list.endIndex()) : list;
        }
        return node;
    }

    /** False when the scenario contradicts the conditions' definitions (Not, or Equals on one parameter). */
    private static boolean possible(MapNode conditions, Map<String, Boolean> scenario) {
        Map<String, String> equalsValue = new HashMap<>();
        for (Map.Entry<String, Boolean> e : scenario.entrySet()) {
            Node def = conditions.get(e.getKey()).orElse(null);
            Optional<String> negated = negated(def);
            if (negated.isPresent() && scenario.containsKey(negated.get()) && scenario.get(negated.get()).equals(e.getValue())) {
                return false;
            }
            if (e.getValue()) {
                Optional<String[]> eq = refEquals(def);
                if (eq.isPresent()) {
                    String before = equalsValue.putIfAbsent(eq.get()[0], eq.get()[1]);
                    if (before != null && !before.equals(eq.get()[1])) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static Optional<String> negated(Node def) {
        if (def instanceof MapNode m && m.get("Fn::Not").orElse(null) instanceof ListNode args && args.size() == 1
                && args.get(0) instanceof MapNode inner) {
            return inner.getString("Condition");
        }
        return Optional.empty();
    }

    /** [parameter, literal] for {@code Fn::Equals [!Ref P, literal]} (either order). */
    private static Optional<String[]> refEquals(Node def) {
        if (def instanceof MapNode m && m.get("Fn::Equals").orElse(null) instanceof ListNode args && args.size() == 2) {
            for (int i = 0; i < 2; i++) {
                if (args.get(i) instanceof MapNode ref && ref.size() == 1 && ref.getString("Ref").isPresent()
                        && args.get(1 - i) instanceof ScalarNode literal) {
                    return Optional.of(new String[] {ref.getString("Ref").get(), literal.value()});
                }
            }
        }
        return Optional.empty();
    }
}
