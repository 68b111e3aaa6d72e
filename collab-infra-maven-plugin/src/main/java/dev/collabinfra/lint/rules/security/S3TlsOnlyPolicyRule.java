package dev.collabinfra.lint.rules.security;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.Resources.Resource;
import dev.collabinfra.lint.rules.support.Resources;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A bucket without an {@code AWS::S3::BucketPolicy} that denies requests where
 * {@code aws:SecureTransport} is false. The policy is matched to the bucket by {@code Ref}; when
 * some bucket policy names its bucket in a way this rule cannot follow, nothing is reported.
 * Website buckets are skipped: their endpoint speaks only HTTP.
 */
public final class S3TlsOnlyPolicyRule implements Rule {

    @Override
    public String id() {
        return "W9206";
    }

    @Override
    public String description() {
        return "S3 bucket without a bucket policy that denies plain HTTP";
    }

    @Override
    public void check(LintContext ctx) {
        Set<String> protectedBuckets = new HashSet<>();
        for (Resource policy : Resources.ofType(ctx.template(), "AWS::S3::BucketPolicy")) {
            Optional<Node> bucket = policy.properties().get("Bucket");
            Optional<String> target = bucket.flatMap(Resources::refTarget);
            if (target.isEmpty()) {
                return; // a name, an import or a function: cannot tell which bucket it protects
            }
            if (policy.properties().get("PolicyDocument").filter(S3TlsOnlyPolicyRule::deniesPlainHttp).isPresent()) {
                protectedBuckets.add(target.get());
            }
        }
        for (Resource bucket : Resources.ofType(ctx.template(), "AWS::S3::Bucket")) {
            if (!protectedBuckets.contains(bucket.logicalId()) && !bucket.properties().containsKey("WebsiteConfiguration")) {
                ctx.report(bucket.idPosition(), "Bucket '" + bucket.logicalId() + "' has no bucket policy denying requests"
                        + " without TLS; add an AWS::S3::BucketPolicy with Effect Deny, Principal '*', Action 's3:*' and"
                        + " Condition Bool aws:SecureTransport 'false' (AWS Config s3-bucket-ssl-requests-only,"
                        + " Guard S3_BUCKET_SSL_REQUESTS_ONLY)");
            }
        }
    }

    private static boolean deniesPlainHttp(Node document) {
        if (!(document instanceof MapNode doc)) {
            return true; // a JSON string or a function: give it the benefit of the doubt
        }
        Optional<Node> statements = doc.get("Statement");
        if (statements.isEmpty()) {
            return false;
        }
        for (Node s : Resources.items(statements.get())) {
            if (s instanceof MapNode statement && Resources.literal(statement, "Effect").filter("Deny"::equals).isPresent()) {
                Optional<MapNode> bool = statement.getMap("Condition").flatMap(c -> c.getMap("Bool"));
                Optional<Node> secure = bool.flatMap(b -> b.get("aws:SecureTransport"));
                if (secure.isPresent() && Resources.items(secure.get()).stream()
                        .anyMatch(v -> Resources.literal(v).filter("false"::equalsIgnoreCase).isPresent())) {
                    return true;
                }
            }
            if (s instanceof MapNode statement && Resources.isFunction(statement)) {
                return true;
            }
        }
        return false;
    }
}
