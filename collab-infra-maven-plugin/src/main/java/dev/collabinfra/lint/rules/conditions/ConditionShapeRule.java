package dev.collabinfra.lint.rules.conditions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;

/**
 * A condition function ({@code Fn::And}, {@code Fn::Or}, {@code Fn::Not}) takes a list of
 * {@code min..max} conditions, each a condition function or {@code {Condition: Name}}.
 */
abstract class ConditionShapeRule extends FunctionRule {

    private final int min;
    private final int max;

    ConditionShapeRule(String id, String function, int min, int max) {
        super(id, function);
        this.min = min;
        this.max = max;
    }

    @Override
    public String description() {
        return name() + " takes " + count() + (max == 1 ? " condition" : " conditions");
    }

    private String count() {
        return min == max ? (min == 1 ? "one" : Integer.toString(min)) : min + " to " + max;
    }

    @Override
    protected void checkCall(LintContext ctx, TemplateFacts facts, MapNode call, Node argument, NodePath path) {
        if (!(argument instanceof ListNode list) || list.size() < min || list.size() > max) {
            ctx.report(argument, name() + " takes a list of " + count() + " condition" + (max == 1 ? "" : "s") + ", not "
                    + what(argument) + (argument instanceof ListNode l ? " of " + l.size() + (l.size() == 1 ? " item" : " items") : "")
                    + (argument instanceof ListNode l && max > 1 && l.size() > max ? "; nest another " + name() + " to combine more" : ""));
            return;
        }
        for (Node item : list.items()) {
            if (!isCondition(item)) {
                ctx.report(item, "Each item of " + name() + " must be a condition function (Fn::Equals, Fn::And, Fn::Or,"
                        + " Fn::Not) or {Condition: Name}, not " + what(item));
            }
        }
    }

    static boolean isCondition(Node node) {
        if (node instanceof MapNode map && map.size() == 1) {
            String key = map.keys().iterator().next();
            return key.equals("Condition") || key.startsWith("Fn::");
        }
        return false;
    }
}
