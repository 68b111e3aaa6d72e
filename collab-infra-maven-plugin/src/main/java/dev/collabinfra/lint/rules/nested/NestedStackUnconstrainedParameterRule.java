package dev.collabinfra.lint.rules.nested;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import java.util.List;
import java.util.Optional;

/**
 * W3904: a parent parameter without AllowedValues is passed by {@code !Ref} to a child parameter
 * with AllowedValues. Not an error: the parent may be fed only valid values (an environment file
 * checked against the child too, or an AllowedPattern that happens to fit). But nothing stops a
 * bad value until the nested stack fails mid-deployment, so it is worth a warning; copying the
 * child's AllowedValues to the parent moves the failure to the start of the deployment.
 */
public final class NestedStackUnconstrainedParameterRule implements Rule {

    @Override
    public String id() {
        return "W3904";
    }

    @Override
    public String description() {
        return "A parent parameter without AllowedValues is passed by Ref to a child parameter with AllowedValues";
    }

    @Override
    public void check(LintContext ctx) {
        for (PassedParameterRefs.PassedRef ref : PassedParameterRefs.of(ctx)) {
            if (ref.childDeclaration() == null || ref.parentDeclaration().containsKey("AllowedValues")) {
                continue;
            }
            Optional<List<String>> childAllowed = ChildParameters.allowedValues(ref.childDeclaration());
            if (childAllowed.isEmpty()) {
                continue;
            }
            ctx.report(ref.value(), "nested stack '" + ref.stack().stack().logicalId() + "' passes parent parameter '"
                    + ref.parentParameter() + "' (" + PassedParameterRefs.parentAt(ctx, ref.parentPosition())
                    + "), which has no AllowedValues, to child parameter '" + ref.name() + "' (" + ref.stack().stack().at(ref.childPosition())
                    + ") that has AllowedValues " + childAllowed.get() + "; add the same AllowedValues to '" + ref.parentParameter()
                    + "' so a bad value fails before the deployment starts");
        }
    }
}
