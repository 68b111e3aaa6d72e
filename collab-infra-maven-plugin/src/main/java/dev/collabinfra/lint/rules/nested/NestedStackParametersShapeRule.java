package dev.collabinfra.lint.rules.nested;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.Optional;
import java.util.Set;

/**
 * E3906: a nested stack's {@code Parameters} is a mapping of names to strings. A list, a mapping,
 * or a function that yields a list ({@code Fn::Split}, {@code Fn::GetAZs}, {@code Fn::Cidr}) is
 * rejected by CloudFormation. Checked for every {@code AWS::CloudFormation::Stack}, local child or not.
 */
public final class NestedStackParametersShapeRule implements Rule {

    /** Functions whose result is a list. */
    private static final Set<String> LIST_FUNCTIONS = Set.of("Fn::Split", "Fn::GetAZs", "Fn::Cidr");

    @Override
    public String id() {
        return "E3906";
    }

    @Override
    public String description() {
        return "Nested stack Parameters is a mapping of parameter names to strings";
    }

    @Override
    public void check(LintContext ctx) {
        for (MapNode.Entry entry : ctx.template().resources().entries()) {
            if (!(entry.value() instanceof MapNode resource)
                    || !resource.getString("Type").filter(NestedStacks.STACK_TYPE::equals).isPresent()) {
                continue;
            }
            Optional<Node> parameters = resource.getMap("Properties").flatMap(p -> p.get("Parameters"));
            if (parameters.isEmpty() || Intrinsics.isFunction(parameters.get())) {
                continue;
            }
            if (!(parameters.get() instanceof MapNode map)) {
                ctx.report(parameters.get(), "Parameters of nested stack '" + entry.key()
                        + "' must be a mapping of parameter names to string values, not " + (parameters.get() instanceof ListNode ? "a list" : "a scalar"));
                continue;
            }
            for (MapNode.Entry parameter : map.entries()) {
                value(ctx, entry.key(), parameter.key(), parameter.value());
            }
        }
    }

    private void value(LintContext ctx, String stack, String name, Node value) {
        Optional<String> function = Intrinsics.functionName(value);
        if (function.isPresent()) {
            if (function.get().equals("Fn::If") && Intrinsics.argument((MapNode) value) instanceof ListNode args && args.size() == 3) {
                value(ctx, stack, name, args.get(1));
                value(ctx, stack, name, args.get(2));
            } else if (LIST_FUNCTIONS.contains(function.get())) {
                ctx.report(value, "parameter '" + name + "' of nested stack '" + stack + "' gets a list from " + function.get()
                        + "; nested stack parameters are strings: wrap it in !Join [\",\", ...]");
            }
            return;
        }
        if (value instanceof ScalarNode) {
            return;
        }
        String what = value instanceof ListNode ? "a list" : "a mapping";
        String fix = value instanceof ListNode ? "write it as one comma-separated string or !Join [\",\", [...]]" : "pass a string";
        ctx.report(value, "parameter '" + name + "' of nested stack '" + stack + "' is " + what + "; nested stack parameters are strings: " + fix);
    }
}
