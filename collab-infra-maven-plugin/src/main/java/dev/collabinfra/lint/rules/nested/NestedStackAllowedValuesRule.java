package dev.collabinfra.lint.rules.nested;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * E3903: a parent parameter passed by {@code !Ref} to a nested stack allows values the child
 * parameter's AllowedValues reject, so a value the parent accepts fails deep in the deployment.
 */
public final class NestedStackAllowedValuesRule implements Rule {

    @Override
    public String id() {
        return "E3903";
    }

    @Override
    public String description() {
        return "A parent parameter passed by Ref allows only values the child parameter allows";
    }

    @Override
    public void check(LintContext ctx) {
        for (PassedParameterRefs.PassedRef ref : PassedParameterRefs.of(ctx)) {
            if (ref.childDeclaration() == null) {
                continue;
            }
            Optional<List<String>> childAllowed = ChildParameters.allowedValues(ref.childDeclaration());
            Optional<List<String>> parentAllowed = ChildParameters.allowedValues(ref.parentDeclaration());
            if (childAllowed.isEmpty() || parentAllowed.isEmpty()) {
                continue;
            }
            List<String> outside = new ArrayList<>(parentAllowed.get());
            outside.removeAll(childAllowed.get());
            if (!outside.isEmpty()) {
                ctx.report(ref.value(), "nested stack '" + ref.stack().stack().logicalId() + "' passes parent parameter '"
                        + ref.parentParameter() + "' (" + PassedParameterRefs.parentAt(ctx, ref.parentPosition()) + ") allowing "
                        + parentAllowed.get() + " to child parameter '" + ref.name() + "' (" + ref.stack().stack().at(ref.childPosition())
                        + ") that has AllowedValues " + childAllowed.get() + ": " + outside
                        + " would be rejected; narrow the parent's AllowedValues or widen the child's");
            }
        }
    }
}
