package dev.collabinfra.lint.rules.functions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.rules.support.ShapeRule;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.ScalarNode;

/** E1018: {@code Fn::Split} is {@code [Delimiter, String]} with a literal delimiter. */
public final class SplitRule extends ShapeRule {

    public SplitRule() {
        super("E1018", "Fn::Split", "[Delimiter, String]", 2);
    }

    @Override
    protected void checkItems(LintContext ctx, ListNode items) {
        if (!(items.get(0) instanceof ScalarNode delimiter) || delimiter.value().isEmpty()) {
            ctx.report(items.get(0), "The delimiter of Fn::Split must be a non-empty literal string, such as ','");
        }
        requireString(ctx, items.get(1), "source string");
    }
}
