package dev.collabinfra.lint.rules.conditions;

import dev.collabinfra.lint.ConditionUses;
import dev.collabinfra.lint.Cycles;
import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.References;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.template.MapNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * E8001, cfn-lint's "conditions are properly configured": each condition is one condition function
 * (Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition); conditions read only parameters, mappings,
 * pseudo parameters and other conditions, since CloudFormation evaluates them before any resource
 * exists; and conditions that name each other in a circle, which can never be evaluated, are
 * reported once per cycle with its path.
 */
public final class ConditionsConfigurationRule implements Rule {

    static final Set<String> FUNCTIONS = Set.of("Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not", "Condition");

    @Override
    public String id() {
        return "E8001";
    }

    @Override
    public String description() {
        return "Conditions are condition functions, do not reference resources and do not refer to each other in a circle";
    }

    @Override
    public void check(LintContext ctx) {
        checkShapes(ctx);
        checkCycles(ctx);
    }

    private static void checkShapes(LintContext ctx) {
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

    private static void checkCycles(LintContext ctx) {
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        for (ConditionUses.Use use : ConditionUses.collect(ctx.template())) {
            if (use.owner() != null && use.kind() == ConditionUses.Kind.CONDITION_FUNCTION) {
                edges.computeIfAbsent(use.owner(), k -> new LinkedHashSet<>()).add(use.name());
            }
        }
        Set<String> cyclic = Cycles.onCycles(edges);
        Set<String> reported = new HashSet<>();
        for (MapNode.Entry entry : ctx.template().conditions().entries()) {
            if (reported.contains(entry.key()) || !cyclic.contains(entry.key())) {
                continue;
            }
            // an iterative search: a 10,000-condition chain overflowed the stack of the recursive one
            List<String> found = Cycles.cycleThrough(entry.key(), edges, cyclic);
            if (found != null) {
                List<String> path = new ArrayList<>(found);
                reported.addAll(path);
                path.add(entry.key());
                ctx.report(entry.keyPosition(), "Conditions refer to each other in a circle: " + Cycles.join(path, " -> ")
                        + "; make one of them use parameters directly instead of the Condition function");
            }
        }
    }
}
