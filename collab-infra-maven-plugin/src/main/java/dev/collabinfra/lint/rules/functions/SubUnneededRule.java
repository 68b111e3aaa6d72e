package dev.collabinfra.lint.rules.functions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.SubString;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;

/** W1020: an Fn::Sub whose string has no variable does nothing; the plain string is clearer. */
public final class SubUnneededRule extends FunctionRule {

    public SubUnneededRule() {
        super("W1020", "Fn::Sub");
    }

    @Override
    public String description() {
        return "Fn::Sub has at least one variable";
    }

    @Override
    protected void checkCall(LintContext ctx, TemplateFacts facts, MapNode call, Node argument, NodePath path) {
        ScalarNode string = argument instanceof ScalarNode s ? s
                : argument instanceof ListNode l && !l.items().isEmpty() && l.get(0) instanceof ScalarNode s ? s : null;
        // ${!Literal} needs Sub to come out as ${Literal}, so it counts as a reason for Sub.
        if (string != null && SubString.variables(string.value()).isEmpty() && !string.value().contains("${!")) {
            ctx.report(call, "Fn::Sub has no ${} variable in '" + abbreviate(string.value()) + "'; write the plain string without Fn::Sub");
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace("\n", "\\n");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "..." : oneLine;
    }
}
