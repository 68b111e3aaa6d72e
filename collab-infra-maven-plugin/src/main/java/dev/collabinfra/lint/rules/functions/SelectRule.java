package dev.collabinfra.lint.rules.functions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.rules.support.ShapeRule;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.ScalarNode;

/** E1017: {@code Fn::Select} is {@code [Index, List]}; a literal index is a non-negative integer inside a literal list. */
public final class SelectRule extends ShapeRule {

    public SelectRule() {
        super("E1017", "Fn::Select", "[Index, [Value, ...]]", 2);
    }

    @Override
    protected void checkItems(LintContext ctx, ListNode items) {
        requireString(ctx, items.get(0), "index");
        requireList(ctx, items.get(1), "list");
        if (items.get(0) instanceof ScalarNode index) {
            int value;
            try {
                value = Integer.parseInt(index.value().strip());
            } catch (NumberFormatException e) {
                ctx.report(index, "The index of Fn::Select must be a whole number, not '" + index.value() + "'");
                return;
            }
            if (value < 0) {
                ctx.report(index, "The index of Fn::Select must be 0 or more, not " + value);
            } else if (items.get(1) instanceof ListNode list && value >= list.size()) {
                ctx.report(index, "Index " + value + " is past the end of the " + list.size()
                        + "-item list in Fn::Select; indexes start at 0");
            }
        }
    }
}
