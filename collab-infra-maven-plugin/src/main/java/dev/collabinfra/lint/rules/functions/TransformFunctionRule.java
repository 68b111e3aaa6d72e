package dev.collabinfra.lint.rules.functions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;

/**
 * E1005: {@code Fn::Transform} is {@code {Name: Macro, Parameters: {...}}}, or a list of those. cfn-lint's E1005 is
 * "transform configuration"; a macro call is the same configuration written inline.
 */
public final class TransformFunctionRule extends FunctionRule {

    public TransformFunctionRule() {
        super("E1005", "Fn::Transform");
    }

    @Override
    public String description() {
        return "Fn::Transform is {Name: Macro, Parameters: {...}}";
    }

    @Override
    protected void checkCall(LintContext ctx, TemplateFacts facts, MapNode call, Node argument, NodePath path) {
        if (argument instanceof ListNode list && !list.items().isEmpty()) {
            // a list of macro calls, applied in order (cfn-lint's good fixtures use it with AWS::Include)
            for (Node item : list.items()) {
                checkMacro(ctx, item);
            }
            return;
        }
        checkMacro(ctx, argument);
    }

    private void checkMacro(LintContext ctx, Node argument) {
        if (!(argument instanceof MapNode map) || isFunction(argument)) {
            ctx.report(argument, "Fn::Transform takes {Name: MacroName, Parameters: {...}}, not " + what(argument));
            return;
        }
        if (!(map.get("Name").orElse(null) instanceof ScalarNode)) {
            ctx.report(argument, "Fn::Transform needs 'Name' with the macro name as a string, e.g. 'AWS::Include'");
        }
        map.get("Parameters").filter(p -> !(p instanceof MapNode)).ifPresent(p ->
                ctx.report(p, "Parameters of Fn::Transform must be a mapping, not " + what(p)));
        for (MapNode.Entry entry : map.entries()) {
            if (!entry.key().equals("Name") && !entry.key().equals("Parameters")) {
                ctx.report(entry.keyPosition(), "Fn::Transform has unknown key '" + entry.key() + "'; only Name and Parameters are allowed");
            }
        }
    }
}
