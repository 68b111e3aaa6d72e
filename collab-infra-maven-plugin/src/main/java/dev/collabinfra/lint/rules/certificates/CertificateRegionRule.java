package dev.collabinfra.lint.rules.certificates;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.certificates.CertificateUsages.Consumer;
import dev.collabinfra.lint.rules.certificates.CertificateUsages.Literal;
import dev.collabinfra.lint.rules.certificates.CertificateUsages.Parameter;
import dev.collabinfra.lint.rules.certificates.CertificateUsages.Usage;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;

/**
 * The template-only half of the certificate-region check: an ACM certificate that CloudFront uses
 * must be in us-east-1, whether its ARN is written literally (here, or passed to a nested stack) or
 * is the Default of the parameter that feeds it. Load balancer certificates need the stack's
 * region, which only an environment knows; {@code EnvironmentValidator} checks those under the same id.
 */
public final class CertificateRegionRule implements Rule {

    /** CloudFront reads certificates only from this region. */
    public static final String CLOUDFRONT_REGION = "us-east-1";

    @Override
    public String id() {
        return "E9111";
    }

    @Override
    public String description() {
        return "Certificate ARN in the wrong region for CloudFront (us-east-1) or the load balancer (stack region)";
    }

    @Override
    public void check(LintContext ctx) {
        for (Usage usage : CertificateUsages.trace(ctx.template(), ctx.services())) {
            if (usage.consumer() != Consumer.CLOUDFRONT) {
                continue;
            }
            ScalarNode value = null;
            String via = "";
            if (usage.origin() instanceof Literal literal && literal.file().equals(ctx.template().file())) {
                value = literal.node();
            } else if (usage.origin() instanceof Parameter p) {
                Node def = ctx.template().parameters().getMap(p.name()).flatMap(m -> m.get("Default")).orElse(null);
                value = def instanceof ScalarNode s ? s : null;
                via = "the Default of parameter '" + p.name() + "', ";
            }
            if (value == null) {
                continue;
            }
            String arn = value.value();
            String finalVia = via;
            ScalarNode at = value;
            CertificateUsages.acmRegion(arn).filter(r -> !r.equals(CLOUDFRONT_REGION)).ifPresent(region ->
                    ctx.report(at, "CloudFront distribution " + usage.where() + " uses certificate " + finalVia + arn
                            + ", which is in " + region + "; CloudFront accepts only certificates from us-east-1:"
                            + " request or import the certificate in us-east-1 and use that ARN"));
        }
    }
}
