package dev.collabinfra.lint.rules.functions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.rules.support.ShapeRule;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;

/** E1022: {@code Fn::Join} is {@code [Delimiter, [Values]]} with a literal delimiter and string values. */
public final class JoinRule extends ShapeRule {

    public JoinRule() {
        super("E1022", "Fn::Join", "[Delimiter, [Value, ...]]", 2);
    }

    @Override
    protected void checkItems(LintContext ctx, ListNode items) {
        if (!(items.get(0) instanceof ScalarNode)) {
            ctx.report(items.get(0), "The delimiter of Fn::Join must be a literal string (use '' for none), not " + what(items.get(0)));
        }
        requireList(ctx, items.get(1), "values");
        if (items.get(1) instanceof ListNode values) {
            for (Node value : values.items()) {
                requireString(ctx, value, "each value");
            }
        }
    }
}
