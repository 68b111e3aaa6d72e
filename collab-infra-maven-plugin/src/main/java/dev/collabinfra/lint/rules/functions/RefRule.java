package dev.collabinfra.lint.rules.functions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Suggestions;

/** E1020: {@code Ref} takes a name, and the name is a parameter, a resource or a pseudo parameter. */
public final class RefRule extends FunctionRule {

    public RefRule() {
        super("E1020", "Ref");
    }

    @Override
    public String description() {
        return "Ref names a parameter, resource or pseudo parameter";
    }

    @Override
    protected void checkCall(LintContext ctx, TemplateFacts facts, MapNode call, Node argument, NodePath path) {
        if (!(argument instanceof ScalarNode scalar) || scalar.value().isEmpty()) {
            ctx.report(argument, "Ref takes the name of a parameter or resource as a plain string, not " + what(argument)
                    + "; functions cannot be used inside Ref");
            return;
        }
        String target = scalar.value();
        if (facts.isRefTarget(target) || facts.declaredNamesMayBeGenerated()) {
            return;
        }
        String hint = Suggestions.closest(target, facts.refTargets()).map(s -> "; did you mean '" + s + "'?")
                .orElse("; declare it under Parameters or Resources");
        if (facts.conditions().contains(target)) {
            hint = "; '" + target + "' is a condition: use Fn::If or Condition, not Ref";
        } else if (target.startsWith("AWS::")) {
            hint = "; pseudo parameters are " + String.join(", ", new java.util.TreeSet<>(dev.collabinfra.lint.PseudoParameters.NAMES));
        }
        ctx.report(argument, "Ref '" + target + "' does not exist" + hint);
    }
}
