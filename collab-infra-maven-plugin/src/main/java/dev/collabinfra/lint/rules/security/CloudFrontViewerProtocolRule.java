package dev.collabinfra.lint.rules.security;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.Resources.Resource;
import dev.collabinfra.lint.rules.support.Resources;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import java.util.ArrayList;
import java.util.List;

/** A CloudFront cache behavior with {@code ViewerProtocolPolicy: allow-all}: viewers may use plain HTTP. */
public final class CloudFrontViewerProtocolRule implements Rule {

    @Override
    public String id() {
        return "W9211";
    }

    @Override
    public String description() {
        return "CloudFront distribution allows plain HTTP to viewers";
    }

    @Override
    public void check(LintContext ctx) {
        for (Resource distribution : Resources.ofType(ctx.template(), "AWS::CloudFront::Distribution")) {
            MapNode config = distribution.properties().getMap("DistributionConfig").orElse(null);
            if (config == null) {
                continue;
            }
            List<Node> behaviors = new ArrayList<>();
            config.get("DefaultCacheBehavior").ifPresent(behaviors::add);
            config.get("CacheBehaviors").ifPresent(b -> behaviors.addAll(Resources.items(b)));
            for (Node behavior : behaviors) {
                if (behavior instanceof MapNode map) {
                    map.get("ViewerProtocolPolicy")
                            .filter(p -> Resources.literal(p).filter("allow-all"::equals).isPresent())
                            .ifPresent(p -> ctx.report(p, "Distribution '" + distribution.logicalId()
                                    + "' lets viewers use plain HTTP (ViewerProtocolPolicy allow-all); use redirect-to-https"
                                    + " or https-only (checkov CKV_AWS_34)"));
                }
            }
        }
    }
}
