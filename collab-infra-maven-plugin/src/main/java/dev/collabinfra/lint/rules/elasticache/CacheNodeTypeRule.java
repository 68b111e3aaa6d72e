package dev.collabinfra.lint.rules.elasticache;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.services.ServiceData;
import dev.collabinfra.lint.rules.services.ServiceScope;
import dev.collabinfra.lint.rules.services.Values;
import dev.collabinfra.template.ScalarNode;
import java.util.Set;

/**
 * E3647: an ElastiCache cluster's or replication group's CacheNodeType is a node type ElastiCache
 * offers (cfn-lint E3647, on its list; any region's type is accepted, the region is not known here).
 */
public final class CacheNodeTypeRule implements Rule {

    @Override
    public String id() {
        return "E3647";
    }

    @Override
    public String description() {
        return "ElastiCache CacheNodeType is a node type ElastiCache offers";
    }

    @Override
    public void check(LintContext ctx) {
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, "AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ReplicationGroup")) {
            for (ScalarNode type : Values.scalars(r.properties(), "CacheNodeType")) {
                Set<String> known = ServiceData.of(ctx).cacheNodeTypes();
                if (!known.contains(type.value())) {
                    String fix = type.value().startsWith("cache.") ? "check the size and family (e.g. cache.t3.micro, cache.r7g.large)"
                            : "node types start with 'cache.' (e.g. cache.t3.micro)";
                    ctx.report(type, "CacheNodeType '" + type.value() + "' of '" + r.logicalId() + "' is not an ElastiCache node type; " + fix);
                }
            }
        }
    }
}
