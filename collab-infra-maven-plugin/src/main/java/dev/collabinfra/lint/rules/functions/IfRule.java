package dev.collabinfra.lint.rules.functions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;

/** E1028: {@code Fn::If} is {@code [ConditionName, ValueIfTrue, ValueIfFalse]} with a literal condition name. */
public final class IfRule extends FunctionRule {

    public IfRule() {
        super("E1028", "Fn::If");
    }

    @Override
    public String description() {
        return "Fn::If is [ConditionName, ValueIfTrue, ValueIfFalse]";
    }

    @Override
    protected void checkCall(LintContext ctx, TemplateFacts facts, MapNode call, Node argument, NodePath path) {
        if (!(argument instanceof ListNode list) || list.size() != 3) {
            ctx.report(argument, "Fn::If takes [ConditionName, ValueIfTrue, ValueIfFalse], not " + what(argument)
                    + (argument instanceof ListNode l ? " of " + l.size() + (l.size() == 1 ? " item" : " items") : "")
                    + "; use Ref AWS::NoValue for a branch that should leave the property out");
            return;
        }
        if (!(list.get(0) instanceof ScalarNode)) {
            ctx.report(list.get(0), "The first item of Fn::If must be the name of a condition as a plain string, not "
                    + what(list.get(0)) + "; define the expression under Conditions and name it here");
        }
    }
}
