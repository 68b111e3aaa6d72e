package dev.collabinfra.lint.rules.conditions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.References;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.template.MapNode;
import java.util.Set;

/**
 * E8001: each condition is one condition function (Fn::Equals, Fn::And, Fn::Or, Fn::Not or
 * Condition), and conditions read only parameters, mappings, pseudo parameters and other
 * conditions: CloudFormation evaluates them before any resource exists.
 */
public final class ConditionsConfigurationRule implements Rule {

    static final Set<String> FUNCTIONS = Set.of("Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not", "Condition");

    @Override
    public String id() {
        return "E8001";
    }

    @Override
    public String description() {
        return "Conditions are condition functions and do not reference resources";
    }

    @Override
    public void check(LintContext ctx) {
        Set<String> resources = ctx.template().resources().keys();
        for (MapNode.Entry entry : ctx.template().conditions().entries()) {
            if (!TemplateFacts.isLogicalId(entry.key())) {
                continue;
            }
            if (!(entry.value() instanceof MapNode body) || body.size() != 1 || !FUNCTIONS.contains(body.keys().iterator().next())) {
                ctx.report(entry.value(), "Condition '" + entry.key() + "' must be one condition function (Fn::Equals, Fn::And,"
                        + " Fn::Or, Fn::Not or Condition), not " + FunctionRule.what(entry.value()));
                continue;
            }
            for (References.Reference ref : References.collect(body, NodePath.ROOT.child("Conditions").child(entry.key()))) {
                if (ref.kind() == References.Kind.GETATT || resources.contains(ref.target())) {
                    ctx.report(ref.node(), "Condition '" + entry.key() + "' reads resource '" + ref.target()
                            + "'; conditions are evaluated before resources exist, so they may use only parameters,"
                            + " mappings and pseudo parameters");
                }
            }
        }
    }
}
