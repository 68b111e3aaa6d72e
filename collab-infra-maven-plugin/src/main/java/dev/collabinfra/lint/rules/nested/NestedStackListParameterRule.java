package dev.collabinfra.lint.rules.nested;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;

/**
 * E3905: a {@code List<...>} or {@code CommaDelimitedList} parent parameter is passed by
 * {@code !Ref} to a nested stack. Nested stack parameters are strings, and CloudFormation
 * rejects a list there; {@code !Join [",", !Ref Param]} passes it as the comma-separated string
 * the child's list parameter expects.
 */
public final class NestedStackListParameterRule implements Rule {

    @Override
    public String id() {
        return "E3905";
    }

    @Override
    public String description() {
        return "A list parameter is joined into a string before it is passed to a nested stack";
    }

    @Override
    public void check(LintContext ctx) {
        for (PassedParameterRefs.PassedRef ref : PassedParameterRefs.of(ctx)) {
            String type = ChildParameters.type(ref.parentDeclaration());
            if (ChildParameters.isListType(type)) {
                ctx.report(ref.value(), "nested stack '" + ref.stack().stack().logicalId() + "' passes '" + ref.parentParameter()
                        + "' (" + PassedParameterRefs.parentAt(ctx, ref.parentPosition()) + ", Type " + type + ") by Ref to '" + ref.name()
                        + "' of " + ref.stack().stack().childName() + ": nested stack parameters are strings; pass !Join [\",\", !Ref "
                        + ref.parentParameter() + "]");
            }
        }
    }
}
