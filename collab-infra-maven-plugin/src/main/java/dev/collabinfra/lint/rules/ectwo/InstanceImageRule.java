package dev.collabinfra.lint.rules.ectwo;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.services.ServiceScope;
import dev.collabinfra.template.MapNode;

/**
 * E3673: an EC2 instance names its image: {@code ImageId}, or a {@code LaunchTemplate} that can
 * carry it. Without either, CloudFormation's create fails ("The request must contain the
 * parameter ImageId") after the stack has started; cfn-lint reports the same under E3673.
 */
public final class InstanceImageRule implements Rule {

    @Override
    public String id() {
        return "E3673";
    }

    @Override
    public String description() {
        return "EC2 instances have an ImageId or a LaunchTemplate";
    }

    @Override
    public void check(LintContext ctx) {
        for (ServiceScope.Resource r : ServiceScope.resources(ctx, "AWS::EC2::Instance")) {
            MapNode properties = r.properties();
            if (properties.keys().stream().anyMatch(k -> k.startsWith("Fn::"))) {
                continue; // Properties chosen by Fn::If: each branch is its own shape, not judged here
            }
            if (!properties.containsKey("ImageId") && !properties.containsKey("LaunchTemplate")) {
                ctx.report(r.node().entry("Properties").map(MapNode.Entry::keyPosition).orElse(r.at()),
                        "EC2 instance '" + r.logicalId() + "' has neither ImageId nor LaunchTemplate; add 'ImageId: ami-...'"
                                + " (or a Ref to an AWS::EC2::Image::Id / SSM parameter), or launch it from a LaunchTemplate");
            }
        }
    }
}
