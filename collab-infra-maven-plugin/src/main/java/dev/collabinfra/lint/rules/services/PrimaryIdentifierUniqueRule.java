package dev.collabinfra.lint.rules.services;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * E3019: two resources of one type with the same literal primary identifier ({@code BucketName},
 * {@code TableName}, {@code RoleName}, ...) cannot both be created (cfn-lint E3019). Each value is
 * judged with the conditions under which it holds (the resource's Condition, each Fn::If branch,
 * {@code Fn::Not} of a condition as its opposite): two values clash only when both can hold at once.
 */
public final class PrimaryIdentifierUniqueRule implements Rule {

    @Override
    public String id() {
        return "E3019";
    }

    @Override
    public String description() {
        return "Resources of one type have unique literal primary identifiers (BucketName, TableName, ...)";
    }

    /** One way a resource can name itself: the values, the conditions it needs, where it is written. */
    private record Named(String logicalId, List<String> values, Map<String, Boolean> scenario, Position at) {}

    @Override
    public void check(LintContext ctx) {
        Map<String, List<Named>> byType = new LinkedHashMap<>();
        for (ServiceScope.Resource r : ServiceScope.resources(ctx)) {
            Optional<List<String>> ids = r.node().containsKey("Properties") ? PrimaryIdentifierSource.of(ctx, r.type()) : Optional.empty();
            if (ids.isEmpty()) {
                continue;
            }
            Map<String, Boolean> base = Scenarios.of(ctx, r.node());
            if (base == null) {
                continue;
            }
            Node properties = r.node().get("Properties").get();
            // Properties chosen by Fn::If: reported at the Properties key, as cfn-lint does
            Position propertiesAt = Intrinsics.isFunction(properties) ? r.node().entry("Properties").get().keyPosition() : null;
            for (Scenarios.Branch props : Scenarios.branches(ctx, properties, base)) {
                if (props.node() instanceof MapNode map) {
                    named(ctx, r.logicalId(), map, ids.get(), 0, new ArrayList<>(), props.conditions(), propertiesAt,
                            byType.computeIfAbsent(r.type(), k -> new ArrayList<>()));
                }
            }
        }
        for (Map.Entry<String, List<Named>> type : byType.entrySet()) {
            report(ctx, type.getKey(), type.getValue());
        }
    }

    /** Every combination of literal identifier values (through Fn::If) of one Properties object. */
    private void named(LintContext ctx, String id, MapNode properties, List<String> ids, int i, List<String> values,
            Map<String, Boolean> scenario, Position at, List<Named> out) {
        if (i == ids.size()) {
            out.add(new Named(id, List.copyOf(values), scenario, at));
            return;
        }
        Optional<MapNode.Entry> entry = properties.entry(ids.get(i));
        if (entry.isEmpty()) {
            return; // the service names it: unique
        }
        for (Scenarios.Branch b : Scenarios.branchesWithFunctions(ctx, entry.get().value(), scenario)) {
            String value = b.node() instanceof ScalarNode s ? s.value() : canonical(b.node());
            if (value != null) {
                values.add(value);
                named(ctx, id, properties, ids, i + 1, values, b.conditions(), at == null ? entry.get().keyPosition() : at, out);
                values.remove(values.size() - 1);
            }
        }
    }

    private void report(LintContext ctx, String type, List<Named> named) {
        Set<Integer> reported = new LinkedHashSet<>();
        for (int i = 0; i < named.size(); i++) {
            for (int j = 0; j < i; j++) {
                Named a = named.get(j);
                Named b = named.get(i);
                if (!a.logicalId().equals(b.logicalId()) && a.values().equals(b.values()) && Scenarios.compatible(a.scenario(), b.scenario())) {
                    for (int k : new int[] {j, i}) {
                        if (reported.add(k)) {
                            Named n = named.get(k);
                            Named other = k == i ? a : b;
                            String shown = n.values().size() == 1 ? "'" + n.values().get(0) + "'" : n.values().toString();
                            shown = shown.replace("'Ref ", "'!Ref ").replace("'Fn::GetAtt ", "'!GetAtt ").replace("'Fn::Sub ", "'!Sub ");
                            ctx.report(n.at(), type + " '" + n.logicalId() + "' has the same primary identifier " + shown + " as '"
                                    + other.logicalId() + "'" + (n.scenario().isEmpty() && other.scenario().isEmpty() ? ""
                                    : " when both exist") + "; give each resource its own name (or leave it out and let CloudFormation name it)");
                        }
                    }
                }
            }
        }
    }

    /**
     * A Ref, GetAtt or Sub as text ("Ref myBucket"): two resources naming the same thing the same way
     * clash (two bucket policies for one bucket). Other shapes are not compared.
     */
    private static String canonical(Node node) {
        Optional<String> fn = Intrinsics.functionName(node);
        if (fn.isEmpty() || !Set.of("Ref", "Fn::GetAtt", "Fn::Sub").contains(fn.get())) {
            return null;
        }
        Node arg = Intrinsics.argument((MapNode) node);
        if (arg instanceof ScalarNode s) {
            return fn.get() + " " + s.value();
        }
        if (fn.get().equals("Fn::GetAtt") && arg instanceof ListNode list && list.size() == 2
                && list.get(0) instanceof ScalarNode a && list.get(1) instanceof ScalarNode b) {
            return fn.get() + " " + a.value() + "." + b.value();
        }
        return null;
    }





}
