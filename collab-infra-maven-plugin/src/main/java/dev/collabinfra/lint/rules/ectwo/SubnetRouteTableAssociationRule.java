package dev.collabinfra.lint.rules.ectwo;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.services.Scenarios;
import dev.collabinfra.lint.rules.services.ServiceScope;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * E3022: one subnet in two {@code AWS::EC2::SubnetRouteTableAssociation}s (cfn-lint E3022). A
 * subnet has one route table association; EC2 rejects the second one (already associated). The
 * subnet is compared by its literal id, its {@code Ref} or its {@code Fn::GetAtt}, through each
 * branch of an {@code Fn::If}; two associations are compared when one exists whenever the other
 * does (the resource Conditions and branch conditions of one include the other's). Reported at
 * each association's SubnetId.
 */
public final class SubnetRouteTableAssociationRule implements Rule {

    /** Associations compared per subnet at most (more of one subnet is reported on the first ones). */
    private static final int MAX_PER_SUBNET = 100;

    private record Use(String logicalId, Position at, Map<String, Boolean> conditions) {}

    @Override
    public String id() {
        return "E3022";
    }

    @Override
    public String description() {
        return "A subnet has at most one route table association";
    }

    @Override
    public void check(LintContext ctx) {
        Map<String, List<Use>> bySubnet = new LinkedHashMap<>();
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, "AWS::EC2::SubnetRouteTableAssociation")) {
            Map<String, Boolean> base = Scenarios.of(ctx, r.node());
            Optional<MapNode.Entry> subnet = r.properties().entry("SubnetId");
            if (base == null || subnet.isEmpty()) {
                continue;
            }
            for (Scenarios.Branch b : Scenarios.branchesWithFunctions(ctx, subnet.get().value(), base)) {
                key(b.node()).ifPresent(k -> {
                    List<Use> uses = bySubnet.computeIfAbsent(k, x -> new ArrayList<>());
                    if (uses.size() < MAX_PER_SUBNET) {
                        uses.add(new Use(r.logicalId(), subnet.get().keyPosition(), b.conditions()));
                    }
                });
            }
        }
        Map<String, Set<String>> others = new LinkedHashMap<>();
        Map<String, Position> at = new LinkedHashMap<>();
        Map<String, String> subnetOf = new LinkedHashMap<>();
        for (Map.Entry<String, List<Use>> e : bySubnet.entrySet()) {
            List<Use> uses = e.getValue();
            for (Use a : uses) {
                for (Use b : uses) {
                    if (!a.logicalId().equals(b.logicalId()) && together(a.conditions(), b.conditions())) {
                        others.computeIfAbsent(a.logicalId(), x -> new LinkedHashSet<>()).add(b.logicalId());
                        at.putIfAbsent(a.logicalId(), a.at());
                        subnetOf.putIfAbsent(a.logicalId(), e.getKey());
                    }
                }
            }
        }
        others.forEach((id, with) -> ctx.report(at.get(id), "SubnetId " + subnetOf.get(id) + " of '" + id
                + "' is also associated with a route table by " + String.join(", ", with.stream().map(o -> "'" + o + "'").toList())
                + "; a subnet has one route table association: keep one, or associate another subnet"));
    }

    /**
     * True when one association exists whenever the other does: the conditions of one include
     * those of the other. Unrelated conditions may exclude each other (two Equals on one
     * parameter), so they are not judged.
     */
    private static boolean together(Map<String, Boolean> a, Map<String, Boolean> b) {
        return a.entrySet().containsAll(b.entrySet()) || b.entrySet().containsAll(a.entrySet());
    }

    /** The subnet a value names: a literal, a Ref or a GetAtt; empty when it cannot be told. */
    private static Optional<String> key(Node node) {
        if (node instanceof ScalarNode s) {
            return Optional.of("'" + s.value() + "'");
        }
        if (node instanceof MapNode m && m.size() == 1) {
            Optional<String> ref = m.getString("Ref");
            if (ref.isPresent()) {
                return ref.get().equals("AWS::NoValue") ? Optional.empty() : Optional.of("Ref " + ref.get());
            }
            Node getAtt = m.get("Fn::GetAtt").orElse(null);
            if (getAtt instanceof ListNode l && l.size() == 2 && l.get(0) instanceof ScalarNode a && l.get(1) instanceof ScalarNode b) {
                return Optional.of("GetAtt " + a.value() + "." + b.value());
            }
            if (getAtt instanceof ScalarNode s) {
                return Optional.of("GetAtt " + s.value());
            }
        }
        return Optional.empty();
    }
}
