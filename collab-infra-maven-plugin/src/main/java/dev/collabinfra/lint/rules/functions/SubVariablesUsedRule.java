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
import java.util.HashSet;
import java.util.Set;

/** W1019: every variable of an Fn::Sub map is used in its string (an unused one is usually a typo). */
public final class SubVariablesUsedRule extends FunctionRule {

    public SubVariablesUsedRule() {
        super("W1019", "Fn::Sub");
    }

    @Override
    public String description() {
        return "Variables in the Fn::Sub map are used in the string";
    }

    @Override
    protected void checkCall(LintContext ctx, TemplateFacts facts, MapNode call, Node argument, NodePath path) {
        if (argument instanceof ListNode list && list.size() == 2 && list.get(0) instanceof ScalarNode string
                && list.get(1) instanceof MapNode variables && !isFunction(variables)) {
            Set<String> used = new HashSet<>();
            for (SubString.Variable variable : SubString.variables(string.value())) {
                used.add(variable.reference());
            }
            for (MapNode.Entry entry : variables.entries()) {
                if (!used.contains(entry.key())) {
                    ctx.report(entry.keyPosition(), "Sub variable '" + entry.key() + "' is not used in the string; use it as '${"
                            + entry.key() + "}' or remove it");
                }
            }
        }
    }
}
