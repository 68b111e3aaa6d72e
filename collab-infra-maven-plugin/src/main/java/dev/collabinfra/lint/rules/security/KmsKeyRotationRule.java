package dev.collabinfra.lint.rules.security;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.Resources.Resource;
import dev.collabinfra.lint.rules.support.Resources;

/**
 * A symmetric KMS key without {@code EnableKeyRotation: true}. Asymmetric and HMAC keys
 * ({@code KeySpec} other than SYMMETRIC_DEFAULT) cannot rotate and are skipped.
 */
public final class KmsKeyRotationRule implements Rule {

    @Override
    public String id() {
        return "W9213";
    }

    @Override
    public String description() {
        return "KMS key without automatic rotation";
    }

    @Override
    public void check(LintContext ctx) {
        for (Resource key : Resources.ofType(ctx.template(), "AWS::KMS::Key")) {
            boolean symmetric = key.properties().get("KeySpec").map(spec ->
                    Resources.literal(spec).map("SYMMETRIC_DEFAULT"::equals).orElse(false)).orElse(true);
            if (symmetric && Resources.notTrue(key.properties(), "EnableKeyRotation")) {
                ctx.report(key.properties().get("EnableKeyRotation").map(n -> n.position()).orElse(key.idPosition()),
                        "KMS key '" + key.logicalId() + "' does not rotate; set EnableKeyRotation: true"
                                + " (cfn-nag F19, checkov CKV_AWS_7)");
            }
        }
    }
}
