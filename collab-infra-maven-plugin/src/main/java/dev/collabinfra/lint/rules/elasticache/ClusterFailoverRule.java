package dev.collabinfra.lint.rules.elasticache;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.services.Scenarios;
import dev.collabinfra.lint.rules.services.ServiceScope;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * E3026: a Redis replication group whose parameter group (a {@code Ref} to an
 * {@code AWS::ElastiCache::ParameterGroup} of the template) sets {@code cluster-enabled: yes}
 * leaves AutomaticFailoverEnabled out or true (cfn-lint E3026): ElastiCache requires automatic
 * failover in cluster mode. Judged per combination of the conditions of both values; reported at
 * CacheParameterGroupName.
 */
public final class ClusterFailoverRule implements Rule {

    @Override
    public String id() {
        return "E3026";
    }

    @Override
    public String description() {
        return "ElastiCache replication groups in cluster mode have automatic failover";
    }

    @Override
    public void check(LintContext ctx) {
        MapNode resources = ctx.template().resources();
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, "AWS::ElastiCache::ReplicationGroup")) {
            Map<String, Boolean> base = Scenarios.of(ctx, r.node());
            Optional<MapNode.Entry> group = r.properties().entry("CacheParameterGroupName");
            if (base == null || group.isEmpty()) {
                continue;
            }
            for (Scenarios.Branch ref : Scenarios.branchesWithFunctions(ctx, group.get().value(), base)) {
                Optional<MapNode> clusterGroup = parameterGroup(resources, ref.node());
                if (clusterGroup.isEmpty()) {
                    continue;
                }
                Node enabled = clusterGroup.get().get("Properties").orElse(null) instanceof MapNode p
                        && p.get("Properties").orElse(null) instanceof MapNode params ? params.get("cluster-enabled").orElse(null) : null;
                if (enabled == null) {
                    continue;
                }
                for (Scenarios.Branch on : Scenarios.branches(ctx, enabled, ref.conditions())) {
                    if (!(on.node() instanceof ScalarNode s) || !s.value().toLowerCase(Locale.ROOT).equals("yes")) {
                        continue;
                    }
                    Node failover = r.properties().get("AutomaticFailoverEnabled").orElse(null);
                    if (failover == null) {
                        continue;
                    }
                    for (Scenarios.Branch f : Scenarios.branches(ctx, failover, new HashMap<>(on.conditions()))) {
                        if (f.node() instanceof ScalarNode b && b.value().equalsIgnoreCase("false")) {
                            ctx.report(group.get().keyPosition(), "Replication group '" + r.logicalId() + "' uses a parameter group with "
                                    + "cluster-enabled 'yes' but sets AutomaticFailoverEnabled false" + when(f.conditions())
                                    + "; cluster mode needs automatic failover: set it true or leave it out");
                            break;
                        }
                    }
                }
            }
        }
    }

    private static Optional<MapNode> parameterGroup(MapNode resources, Node ref) {
        if (ref instanceof MapNode m && m.size() == 1 && m.getString("Ref").isPresent()
                && resources.get(m.getString("Ref").get()).orElse(null) instanceof MapNode res
                && res.getString("Type").filter("AWS::ElastiCache::ParameterGroup"::equals).isPresent()) {
            return Optional.of(res);
        }
        return Optional.empty();
    }

    private static String when(Map<String, Boolean> conditions) {
        if (conditions.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(" when");
        new java.util.TreeMap<>(conditions).forEach((c, v) -> b.append(" ").append(c).append(" is ").append(v).append(","));
        return b.substring(0, b.length() - 1);
    }
}
