package dev.collabinfra.lint.rules.security;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.Resources.Resource;
import dev.collabinfra.lint.rules.support.Resources;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import java.util.Optional;

/**
 * A DynamoDB table without {@code SSESpecification.SSEEnabled: true}. DynamoDB always encrypts
 * with an AWS-owned key; SSEEnabled puts the key in KMS, where its use is logged and can be revoked.
 */
public final class DynamoDbEncryptionRule implements Rule {

    @Override
    public String id() {
        return "W9208";
    }

    @Override
    public String description() {
        return "DynamoDB table without KMS server-side encryption";
    }

    @Override
    public void check(LintContext ctx) {
        for (Resource table : Resources.ofType(ctx.template(), "AWS::DynamoDB::Table")) {
            Optional<Node> spec = table.properties().get("SSESpecification");
            boolean off = spec.isEmpty()
                    || spec.get() instanceof MapNode map && !Resources.isFunction(map) && Resources.notTrue(map, "SSEEnabled");
            if (off) {
                ctx.report(spec.map(Node::position).orElse(table.idPosition()), "Table '" + table.logicalId()
                        + "' does not enable KMS server-side encryption; add SSESpecification: {SSEEnabled: true,"
                        + " SSEType: KMS} (optionally with KMSMasterKeyId) (cfn-nag W74, checkov CKV_AWS_119)");
            }
        }
    }
}
