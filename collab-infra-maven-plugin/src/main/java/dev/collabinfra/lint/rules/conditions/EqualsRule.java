package dev.collabinfra.lint.rules.conditions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.rules.support.ShapeRule;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;

/** E8003: {@code Fn::Equals} compares exactly two values, each a string or a function. */
public final class EqualsRule extends ShapeRule {

    public EqualsRule() {
        super("E8003", "Fn::Equals", "[Value1, Value2]", 2);
    }

    @Override
    protected void checkItems(LintContext ctx, ListNode items) {
        for (Node item : items.items()) {
            if (item instanceof MapNode && !isFunction(item)) {
                ctx.report(item, "Fn::Equals compares strings; a mapping cannot be compared. Use a string or a function such as Ref");
            } else if (isFunction(item) && dev.collabinfra.lint.rules.support.ValueKinds.of(ctx, item)
                    == dev.collabinfra.lint.rules.support.ValueKinds.Kind.LIST) {
                ctx.report(item, "Fn::Equals compares strings, but " + what(item) + " returns a list; compare one item"
                        + " (Fn::Select) or the joined list (Fn::Join [',', ...])");
            }
        }
    }
}
