package dev.collabinfra.lint.rules.security;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.Resources.Resource;
import dev.collabinfra.lint.rules.support.Resources;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import java.util.Optional;

/** A DynamoDB table without point-in-time recovery: a bad write or delete cannot be undone. */
public final class DynamoDbPointInTimeRecoveryRule implements Rule {

    @Override
    public String id() {
        return "W9207";
    }

    @Override
    public String description() {
        return "DynamoDB table without point-in-time recovery";
    }

    @Override
    public void check(LintContext ctx) {
        for (Resource table : Resources.ofType(ctx.template(), "AWS::DynamoDB::Table")) {
            Optional<Node> spec = table.properties().get("PointInTimeRecoverySpecification");
            boolean off = spec.isEmpty()
                    || spec.get() instanceof MapNode map && !Resources.isFunction(map) && Resources.notTrue(map, "PointInTimeRecoveryEnabled");
            if (off) {
                ctx.report(spec.map(Node::position).orElse(table.idPosition()), "Table '" + table.logicalId()
                        + "' does not enable point-in-time recovery; add PointInTimeRecoverySpecification:"
                        + " {PointInTimeRecoveryEnabled: true} (cfn-nag W78, checkov CKV_AWS_28)");
            }
        }
    }
}
