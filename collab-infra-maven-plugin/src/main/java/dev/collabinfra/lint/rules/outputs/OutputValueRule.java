package dev.collabinfra.lint.rules.outputs;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.MapNode;

/** E6002: every output has a Value. */
public final class OutputValueRule implements Rule {

    @Override
    public String id() {
        return "E6002";
    }

    @Override
    public String description() {
        return "Outputs have a Value";
    }

    @Override
    public void check(LintContext ctx) {
        for (MapNode.Entry entry : ctx.template().outputs().entries()) {
            if (entry.value() instanceof MapNode output && !output.containsKey("Value")) {
                ctx.report(entry.keyPosition(), "Output '" + entry.key() + "' has no Value; add 'Value:' with what the output returns");
            }
        }
    }
}
