package dev.collabinfra.lint.rules.security;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.Resources.Resource;
import dev.collabinfra.lint.rules.support.Resources;
import dev.collabinfra.template.MapNode;
import java.util.ArrayList;
import java.util.List;

/** An ElastiCache replication group without encryption at rest or in transit. */
public final class ElastiCacheEncryptionRule implements Rule {

    @Override
    public String id() {
        return "W9209";
    }

    @Override
    public String description() {
        return "ElastiCache replication group without encryption at rest or in transit";
    }

    @Override
    public void check(LintContext ctx) {
        for (Resource group : Resources.ofType(ctx.template(), "AWS::ElastiCache::ReplicationGroup")) {
            MapNode props = group.properties();
            List<String> missing = new ArrayList<>();
            if (Resources.notTrue(props, "AtRestEncryptionEnabled")) {
                missing.add("AtRestEncryptionEnabled (cfn-nag F25, checkov CKV_AWS_29)");
            }
            if (Resources.notTrue(props, "TransitEncryptionEnabled")) {
                missing.add("TransitEncryptionEnabled (cfn-nag F33, checkov CKV_AWS_30)");
            }
            if (!missing.isEmpty()) {
                ctx.report(group.idPosition(), "Replication group '" + group.logicalId() + "' does not set "
                        + String.join(" and ", missing) + " to true; enable both (encryption in transit also allows an AuthToken)");
            }
        }
    }
}
