package dev.collabinfra.lint.rules.outputs;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.lint.rules.support.ValueKinds;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;

/**
 * E6101: an output's Value is a single string. A {@code Ref} to a list parameter or a
 * {@code Fn::GetAtt} of a list attribute is rejected by CloudFormation ("Template format error:
 * every Outputs member must have a Value of type String"); join the items first.
 */
public final class OutputValueTypeRule implements Rule {

    @Override
    public String id() {
        return "E6101";
    }

    @Override
    public String description() {
        return "Output values are strings, not lists";
    }

    @Override
    public void check(LintContext ctx) {
        for (MapNode.Entry entry : ctx.template().outputs().entries()) {
            if (!(entry.value() instanceof MapNode output)) {
                continue;
            }
            Node value = output.get("Value").orElse(null);
            if (value != null && FunctionRule.isFunction(value) && ValueKinds.of(ctx, value) == ValueKinds.Kind.LIST) {
                ctx.report(value, "Output '" + entry.key() + "' has a Value that is a list (" + FunctionRule.what(value)
                        + "); outputs hold one string: use Fn::Join [',', ...] or Fn::Select to pick one item");
            }
        }
    }
}
