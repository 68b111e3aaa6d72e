package dev.collabinfra.lint.rules.nested;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.Suggestions;

/**
 * E3907: {@code !GetAtt Child.Outputs.Name} (or {@code ${Child.Outputs.Name}}) names an output the
 * local child template declares. cfn-lint accepts any name here (its schema allows
 * {@code Outputs\..*}); CloudFormation fails the parent's update when the output is missing.
 */
public final class NestedStackOutputExistsRule implements Rule {

    @Override
    public String id() {
        return "E3907";
    }

    @Override
    public String description() {
        return "GetAtt Child.Outputs.Name names an output the local child template declares";
    }

    @Override
    public void check(LintContext ctx) {
        NestedStackOutputs.scan(ctx, (ref, r) -> {
            String name = NestedStackOutputs.outputName(ref);
            if (r.child().outputs().containsKey(name)) {
                return;
            }
            String hint = Suggestions.closest(name, r.child().outputs().keys()).map(s -> "; did you mean '" + s + "'?").orElse("");
            ctx.report(ref.call(), ref.spelled() + ": " + r.stack().childName() + " (nested stack '" + r.stack().logicalId()
                    + "') has no output '" + name + "'" + hint + " (outputs declared at " + NestedStackOutputs.outputsAt(r) + ")");
        });
    }
}
