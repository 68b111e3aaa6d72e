package dev.collabinfra.lint.rules.services;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Values under conditions: each Fn::If branch holds when its condition has a value, so two values
 * of one resource are judged together only when their conditions can hold at once ({@code Cpu:
 * !If [IsProd, 1024, 512]} with {@code Memory: !If [IsProd, 2048, 1024]} is two pairs, not four).
 * {@code Fn::Not [Condition X]} counts as X's opposite; anything subtler is taken as independent.
 */
public final class Scenarios {

    /** A value and the condition values it needs (condition name to true/false). */
    public record Branch(Node node, Map<String, Boolean> conditions) {}

    private Scenarios() {}

    /** The literal branches of a value that can hold together with {@code given}. */
    public static List<Branch> branches(LintContext ctx, Node node, Map<String, Boolean> given) {
        List<Branch> out = new ArrayList<>();
        collect(ctx, node, given, out, 0, false);
        return out;
    }

    /** Like {@link #branches} but also keeps function nodes (Ref, GetAtt, ...) as branches. */
    public static List<Branch> branchesWithFunctions(LintContext ctx, Node node, Map<String, Boolean> given) {
        List<Branch> out = new ArrayList<>();
        collect(ctx, node, given, out, 0, true);
        return out;
    }

    /** The literal scalar branches of {@code key} in {@code map} that can hold with {@code given}. */
    public static List<Branch> scalars(LintContext ctx, MapNode map, String key, Map<String, Boolean> given) {
        List<Branch> out = new ArrayList<>();
        map.get(key).ifPresent(v -> branches(ctx, v, given).stream().filter(b -> b.node() instanceof ScalarNode).forEach(out::add));
        return out;
    }

    /** The conditions a resource's own Condition needs, or empty when it has none (null when contradictory). */
    public static Map<String, Boolean> of(LintContext ctx, MapNode resource) {
        Map<String, Boolean> base = new HashMap<>();
        resource.getString("Condition").ifPresent(c -> assume(ctx, base, c, true));
        return base.containsKey(null) ? null : base;
    }

    /** True when both sets of condition values can hold at once. */
    public static boolean compatible(Map<String, Boolean> a, Map<String, Boolean> b) {
        for (Map.Entry<String, Boolean> e : a.entrySet()) {
            Boolean other = b.get(e.getKey());
            if (other != null && !other.equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static void collect(LintContext ctx, Node node, Map<String, Boolean> given, List<Branch> out, int depth, boolean functions) {
        if (depth > 10 || Values.isNoValue(node)) {
            return;
        }
        if (node instanceof MapNode map && map.size() == 1 && map.containsKey("Fn::If")) {
            if (map.get("Fn::If").get() instanceof ListNode args && args.size() == 3 && args.get(0) instanceof ScalarNode c) {
                for (int i = 1; i <= 2; i++) {
                    Map<String, Boolean> next = new HashMap<>(given);
                    assume(ctx, next, c.value(), i == 1);
                    if (!next.containsKey(null)) {
                        collect(ctx, args.get(i), next, out, depth + 1, functions);
                    }
                }
            }
            return;
        }
        if (functions || !Intrinsics.isFunction(node)) {
            out.add(new Branch(node, given));
        }
    }

    /** Records that {@code condition} is {@code value}; a contradiction is marked with the key null. */
    static void assume(LintContext ctx, Map<String, Boolean> scenario, String condition, boolean value) {
        String name = condition;
        boolean v = value;
        for (int i = 0; i < 10; i++) {
            Optional<String> negated = negationOf(ctx, name);
            if (negated.isEmpty()) {
                break;
            }
            name = negated.get();
            v = !v;
        }
        Boolean before = scenario.putIfAbsent(name, v);
        if (before != null && before != v) {
            scenario.put(null, true);
        }
    }

    /** X when the condition is defined as {@code Fn::Not: [{Condition: X}]}. */
    private static Optional<String> negationOf(LintContext ctx, String condition) {
        return ctx.template().conditions().get(condition).flatMap(def -> def instanceof MapNode m ? m.get("Fn::Not") : Optional.empty())
                .filter(arg -> arg instanceof ListNode list && list.size() == 1).map(arg -> ((ListNode) arg).get(0))
                .flatMap(inner -> inner instanceof MapNode m ? m.getString("Condition") : Optional.empty());
    }
}
