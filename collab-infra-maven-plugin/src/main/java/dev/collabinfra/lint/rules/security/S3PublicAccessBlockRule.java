package dev.collabinfra.lint.rules.security;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.Resources.Resource;
import dev.collabinfra.lint.rules.support.Resources;
import dev.collabinfra.template.MapNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A bucket whose public access block is missing or does not set all four flags to true. Website
 * buckets ({@code WebsiteConfiguration}) are public on purpose and are left alone.
 */
public final class S3PublicAccessBlockRule implements Rule {

    private static final List<String> FLAGS = List.of(
            "BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets");

    @Override
    public String id() {
        return "W9205";
    }

    @Override
    public String description() {
        return "S3 bucket without a full public access block";
    }

    @Override
    public void check(LintContext ctx) {
        for (Resource bucket : Resources.ofType(ctx.template(), "AWS::S3::Bucket")) {
            MapNode props = bucket.properties();
            if (props.containsKey("WebsiteConfiguration")) {
                continue;
            }
            String ids = " (checkov CKV_AWS_53/CKV_AWS_54/CKV_AWS_55/CKV_AWS_56, cfn-nag F14)";
            if (!props.containsKey("PublicAccessBlockConfiguration")) {
                ctx.report(bucket.idPosition(), "Bucket '" + bucket.logicalId() + "' has no PublicAccessBlockConfiguration;"
                        + " add one with " + String.join(", ", FLAGS) + " set to true" + ids);
                continue;
            }
            if (!(props.get("PublicAccessBlockConfiguration").get() instanceof MapNode block) || Resources.isFunction(block)) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (String flag : FLAGS) {
                if (Resources.notTrue(block, flag)) {
                    missing.add(flag);
                }
            }
            if (!missing.isEmpty()) {
                ctx.report(block, "Bucket '" + bucket.logicalId() + "' public access block does not set "
                        + String.join(", ", missing) + " to true; set all four flags" + ids);
            }
        }
    }
}
