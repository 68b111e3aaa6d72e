package dev.collabinfra.lint.rules.nested;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.MapNode;

/**
 * W3908: {@code !GetAtt Child.Outputs.Name} reads an output the child declares with a
 * {@code Condition}: when the condition is false in the child the output does not exist and the
 * parent's update fails. Make sure the parent uses it only when the child's condition holds.
 */
public final class NestedStackConditionalOutputRule implements Rule {

    @Override
    public String id() {
        return "W3908";
    }

    @Override
    public String description() {
        return "GetAtt Child.Outputs.Name reads an output that exists only under a condition in the child";
    }

    @Override
    public void check(LintContext ctx) {
        NestedStackOutputs.scan(ctx, (ref, r) -> {
            String name = NestedStackOutputs.outputName(ref);
            r.child().outputs().entry(name).ifPresent(output -> {
                if (output.value() instanceof MapNode declaration) {
                    declaration.getString("Condition").ifPresent(condition -> ctx.report(ref.call(), ref.spelled() + ": output '" + name
                            + "' (" + r.stack().at(output.keyPosition()) + ") exists only when condition '" + condition + "' is true in "
                            + r.stack().childName() + "; when it is false the reference fails, so guard it with the same condition"));
                }
            });
        });
    }
}
