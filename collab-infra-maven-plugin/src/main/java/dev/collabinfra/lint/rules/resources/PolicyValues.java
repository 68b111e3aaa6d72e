package dev.collabinfra.lint.rules.resources;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.ScalarNode;
import java.util.List;
import java.util.Set;

/** Shared check of DeletionPolicy and UpdateReplacePolicy values. */
final class PolicyValues {

    /** Types that can take a snapshot when deleted or replaced (the DeletionPolicy documentation's list). */
    static final Set<String> SNAPSHOT_TYPES = Set.of("AWS::EC2::Volume", "AWS::ElastiCache::CacheCluster",
            "AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::ServerlessCache", "AWS::Neptune::DBCluster",
            "AWS::RDS::DBCluster", "AWS::RDS::DBInstance", "AWS::Redshift::Cluster", "AWS::DocDB::DBCluster",
            "AWS::MemoryDB::Cluster");

    private PolicyValues() {}

    static void check(LintContext ctx, String attribute, List<String> allowed) {
        for (MapNode.Entry entry : ctx.template().resources().entries()) {
            if (!(entry.value() instanceof MapNode resource)) {
                continue;
            }
            // Ref to a parameter and Fn::If are allowed here; only literal values can be checked.
            resource.getScalar(attribute).ifPresent(value -> check(ctx, attribute, allowed, entry.key(), resource, value));
            resource.get(attribute).filter(value -> value instanceof ListNode || value instanceof MapNode && !Intrinsics.isFunction(value))
                    .ifPresent(value -> ctx.report(value, attribute + " of '" + entry.key() + "' must be one value, not "
                            + FunctionRule.what(value) + "; write one of " + String.join(", ", allowed)));
        }
    }

    private static void check(LintContext ctx, String attribute, List<String> allowed, String id, MapNode resource, ScalarNode value) {
        if (!allowed.contains(value.value())) {
            String exact = allowed.stream().filter(a -> a.equalsIgnoreCase(value.value())).findFirst()
                    .map(a -> "; values are case-sensitive: write '" + a + "'").orElse("; use one of " + String.join(", ", allowed));
            ctx.report(value, attribute + " '" + value.value() + "' of '" + id + "' is not valid" + exact);
        } else if (value.value().equals("Snapshot")) {
            resource.getString("Type").filter(type -> !SNAPSHOT_TYPES.contains(type) && type.startsWith("AWS::"))
                    .ifPresent(type -> ctx.report(value, attribute + " 'Snapshot' is not supported for " + type
                            + " ('" + id + "'); use Retain or Delete"));
        }
    }
}
