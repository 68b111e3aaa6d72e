package dev.collabinfra.lint.rules.security;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.Resources.Resource;
import dev.collabinfra.lint.rules.support.Resources;

/**
 * A bucket without {@code BucketEncryption}. S3 applies SSE-S3 to new objects since January 2023,
 * but declaring the encryption keeps the choice (SSE-S3 or a KMS key) explicit and reviewable.
 */
public final class S3EncryptionRule implements Rule {

    @Override
    public String id() {
        return "W9204";
    }

    @Override
    public String description() {
        return "S3 bucket without BucketEncryption";
    }

    @Override
    public void check(LintContext ctx) {
        for (Resource bucket : Resources.ofType(ctx.template(), "AWS::S3::Bucket")) {
            if (!bucket.properties().containsKey("BucketEncryption")) {
                ctx.report(bucket.idPosition(), "Bucket '" + bucket.logicalId() + "' declares no BucketEncryption; add "
                        + "BucketEncryption with SSEAlgorithm aws:kms (or AES256) so the choice is explicit"
                        + " (cfn-nag W41, checkov CKV_AWS_19)");
            }
        }
    }
}
