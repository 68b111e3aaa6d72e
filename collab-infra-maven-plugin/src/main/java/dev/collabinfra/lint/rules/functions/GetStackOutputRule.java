package dev.collabinfra.lint.rules.functions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.lint.rules.support.ValueKinds;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.Suggestions;
import java.util.List;

/**
 * E1033: {@code Fn::GetStackOutput} takes a mapping {@code {StackName, OutputName}} with an
 * optional {@code Region} and {@code RoleArn}, each a string or a function that returns one.
 */
public final class GetStackOutputRule extends FunctionRule {

    private static final List<String> REQUIRED = List.of("StackName", "OutputName");
    private static final List<String> KEYS = List.of("StackName", "OutputName", "Region", "RoleArn");

    public GetStackOutputRule() {
        super("E1033", "Fn::GetStackOutput");
    }

    @Override
    public String description() {
        return "Fn::GetStackOutput is {StackName, OutputName[, Region, RoleArn]} with string values";
    }

    @Override
    protected void checkCall(LintContext ctx, TemplateFacts facts, MapNode call, Node argument, NodePath path) {
        if (!(argument instanceof MapNode map) || isFunction(argument)) {
            ctx.report(argument, "Fn::GetStackOutput takes a mapping {StackName: ..., OutputName: ...}, not " + what(argument));
            return;
        }
        for (String key : REQUIRED) {
            if (!map.containsKey(key)) {
                ctx.report(call, "Fn::GetStackOutput has no " + key + "; add '" + key + ":' (it needs StackName and OutputName)");
            }
        }
        for (MapNode.Entry entry : map.entries()) {
            if (!KEYS.contains(entry.key())) {
                ctx.report(entry.keyPosition(), "Fn::GetStackOutput has unknown key '" + entry.key() + "'"
                        + Suggestions.closest(entry.key(), KEYS).map(s -> "; did you mean '" + s + "'?")
                                .orElse("; only " + String.join(", ", KEYS) + " are allowed"));
            } else if (!isStringish(entry.value())) {
                ctx.report(entry.value(), "The " + entry.key() + " of Fn::GetStackOutput must be a string or a function, not "
                        + what(entry.value()));
            } else if (isFunction(entry.value()) && ValueKinds.of(ctx, entry.value()) == ValueKinds.Kind.LIST) {
                ctx.report(entry.value(), "The " + entry.key() + " of Fn::GetStackOutput must be a single string, but "
                        + what(entry.value()) + " returns a list; pick one item with Fn::Select");
            }
        }
    }
}
