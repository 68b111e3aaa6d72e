package dev.collabinfra.lint.rules.functions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.regex.Pattern;

/** E1015: {@code Fn::GetAZs} takes a region name, '' for the stack's region, or Ref AWS::Region. */
public final class GetAZsRule extends FunctionRule {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");

    public GetAZsRule() {
        super("E1015", "Fn::GetAZs");
    }

    @Override
    public String description() {
        return "Fn::GetAZs takes '', a region name or Ref AWS::Region";
    }

    @Override
    protected void checkCall(LintContext ctx, TemplateFacts facts, MapNode call, Node argument, NodePath path) {
        if (argument instanceof ScalarNode scalar) {
            if (!scalar.value().isEmpty() && !REGION.matcher(scalar.value()).matches()) {
                ctx.report(argument, "Fn::GetAZs takes a region such as 'eu-west-1', or '' for the stack's region, not '"
                        + scalar.value() + "'");
            }
        } else if (!isFunction(argument)) {
            ctx.report(argument, "Fn::GetAZs takes a region name, '' or Ref AWS::Region, not " + what(argument));
        }
    }
}
