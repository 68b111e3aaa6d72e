package dev.collabinfra.lint.rules.security;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.Resources.Resource;
import dev.collabinfra.lint.rules.support.Resources;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import java.util.Optional;
import java.util.Set;

/**
 * A CloudFront distribution whose viewers may negotiate TLS below 1.2: the default
 * {@code *.cloudfront.net} certificate (which CloudFront serves with TLSv1 allowed), or a custom
 * certificate without a {@code MinimumProtocolVersion} of TLSv1.2_2018 or later.
 */
public final class CloudFrontTlsRule implements Rule {

    private static final Set<String> MODERN = Set.of("TLSv1.2_2018", "TLSv1.2_2019", "TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025");

    private static final String IDS = " (cfn-nag W70, checkov CKV_AWS_174)";

    @Override
    public String id() {
        return "W9212";
    }

    @Override
    public String description() {
        return "CloudFront distribution allows TLS below 1.2";
    }

    @Override
    public void check(LintContext ctx) {
        for (Resource distribution : Resources.ofType(ctx.template(), "AWS::CloudFront::Distribution")) {
            Optional<Node> configNode = distribution.properties().get("DistributionConfig");
            if (configNode.isEmpty() || !(configNode.get() instanceof MapNode config) || Resources.isFunction(config)) {
                continue;
            }
            Optional<Node> certificate = config.get("ViewerCertificate");
            String name = "Distribution '" + distribution.logicalId() + "'";
            if (certificate.isEmpty()) {
                ctx.report(config, name + " uses the default CloudFront certificate, which accepts TLSv1; add a"
                        + " ViewerCertificate with AcmCertificateArn and MinimumProtocolVersion TLSv1.2_2021" + IDS);
                continue;
            }
            if (!(certificate.get() instanceof MapNode viewer) || Resources.isFunction(viewer)) {
                continue;
            }
            if (Resources.bool(viewer, "CloudFrontDefaultCertificate").orElse(false)) {
                ctx.report(viewer, name + " uses the default CloudFront certificate, which accepts TLSv1; use an ACM"
                        + " certificate (us-east-1) with MinimumProtocolVersion TLSv1.2_2021" + IDS);
                continue;
            }
            Optional<Node> minimum = viewer.get("MinimumProtocolVersion");
            if (minimum.isEmpty()) {
                ctx.report(viewer, name + " sets no MinimumProtocolVersion, so CloudFront allows TLSv1; set"
                        + " MinimumProtocolVersion: TLSv1.2_2021" + IDS);
            } else {
                Resources.literal(minimum.get()).filter(v -> !MODERN.contains(v)).ifPresent(v -> ctx.report(minimum.get(),
                        name + " allows " + v + "; set MinimumProtocolVersion to TLSv1.2_2021 (or TLSv1.2_2019/_2018)" + IDS));
            }
        }
    }
}
