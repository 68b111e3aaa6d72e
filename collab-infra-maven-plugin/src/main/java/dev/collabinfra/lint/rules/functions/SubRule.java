package dev.collabinfra.lint.rules.functions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.Positions;
import dev.collabinfra.lint.PseudoParameters;
import dev.collabinfra.lint.SubString;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.lint.rules.support.ValueKinds;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Suggestions;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * E1019: {@code Fn::Sub} is a string or {@code [String, {Var: value}]}, and every {@code ${...}}
 * resolves: a variable of the Sub map, a parameter, a resource, {@code Resource.Attribute} or a
 * pseudo parameter. {@code ${!Literal}} stays literal. Findings point at the variable itself.
 */
public final class SubRule extends FunctionRule {

    public SubRule() {
        super("E1019", "Fn::Sub");
    }

    @Override
    public String description() {
        return "Fn::Sub is well formed and every ${} resolves";
    }

    @Override
    protected void checkCall(LintContext ctx, TemplateFacts facts, MapNode call, Node argument, NodePath path) {
        ScalarNode string;
        Set<String> local = Set.of();
        if (argument instanceof ScalarNode scalar) {
            string = scalar;
        } else if (argument instanceof ListNode list && list.size() == 2) {
            if (!(list.get(0) instanceof ScalarNode scalar)) {
                ctx.report(list.get(0), "The first item of Fn::Sub must be the literal string to substitute, not " + what(list.get(0))
                        + "; put functions in the variable map instead");
                return;
            }
            string = scalar;
            if (!(list.get(1) instanceof MapNode variables) || isFunction(list.get(1))) {
                ctx.report(list.get(1), "The second item of Fn::Sub must be a mapping of variable names to values, not " + what(list.get(1)));
                return;
            }
            local = variables.keys();
            for (MapNode.Entry variable : variables.entries()) {
                if (isFunction(variable.value()) && ValueKinds.of(ctx, variable.value()) == ValueKinds.Kind.LIST) {
                    ctx.report(variable.value(), "Fn::Sub variable '" + variable.key() + "' is " + what(variable.value())
                            + ", which returns a list; Sub substitutes strings: join the items with Fn::Join or pick one with Fn::Select");
                }
            }
        } else {
            ctx.report(argument, "Fn::Sub takes a string or [String, {Variable: Value}], not " + what(argument)
                    + (argument instanceof ListNode l ? " of " + l.size() + (l.size() == 1 ? " item" : " items") : ""));
            return;
        }
        if (facts.declaredNamesMayBeGenerated()) {
            return;
        }
        for (SubString.Variable variable : SubString.variables(string.value())) {
            String name = variable.reference();
            if (local.contains(name) || facts.forEachIdentifiers().contains(name)) {
                continue;
            }
            String problem = problem(variable, facts, local);
            if (problem == null) {
                problem = listProblem(ctx, variable);
            }
            if (problem != null) {
                ctx.report(Positions.of(ctx.template(), string, variable.token()), problem);
            }
        }
    }

    /** A variable naming a list parameter or a list attribute: Sub cannot put a list into a string. */
    private static String listProblem(LintContext ctx, SubString.Variable variable) {
        ValueKinds.Kind kind = variable.attribute() != null && !variable.attribute().isEmpty()
                ? ValueKinds.attributeKind(ctx, variable.target(), variable.attribute())
                : variable.reference().startsWith("AWS::") ? ValueKinds.Kind.UNKNOWN
                : ValueKinds.refKind(ctx, variable.reference());
        return kind == ValueKinds.Kind.LIST ? "'" + variable.token() + "' in Fn::Sub is a list; Sub substitutes strings: "
                + "join the items first (Fn::Sub ['${Items}', {Items: !Join [',', ...]}])" : null;
    }

    private static String problem(SubString.Variable variable, TemplateFacts facts, Set<String> local) {
        // CloudFormation ignores spaces inside the braces: ${ Package} is ${Package}
        String name = variable.reference();
        String token = variable.token();
        if (name.isBlank()) {
            return "Empty variable '${}' in Fn::Sub; name a parameter or resource, or write '${!}' for a literal";
        }
        if (name.startsWith("AWS::")) {
            return PseudoParameters.isPseudo(name) ? null : "'" + token + "' is not a pseudo parameter"
                    + Suggestions.closest(name, PseudoParameters.NAMES).map(s -> "; did you mean '${" + s + "}'?")
                            .orElse("; pseudo parameters are " + String.join(", ", new TreeSet<>(PseudoParameters.NAMES)));
        }
        if (variable.attribute() != null) {
            if (facts.resources().contains(variable.target())) {
                return variable.attribute().isEmpty() ? "'" + token + "' has no attribute after the dot; write '${"
                        + variable.target() + ".Attribute}'" : null;
            }
            return "'" + token + "' names resource '" + variable.target() + "', which does not exist"
                    + Suggestions.closest(variable.target(), facts.resources()).map(s -> "; did you mean '" + s + "'?")
                            .orElse("; use a resource of this template, or write '${!" + name + "}' for a literal");
        }
        if (facts.parameters().contains(name) || facts.resources().contains(name)) {
            return null;
        }
        Set<String> candidates = new LinkedHashSet<>(local);
        candidates.addAll(facts.refTargets());
        return "'" + token + "' in Fn::Sub does not resolve: no parameter, resource or Sub variable is named '" + name + "'"
                + Suggestions.closest(name, candidates).map(s -> "; did you mean '${" + s + "}'?")
                        .orElse("; declare it, add it to the Sub variable map, or write '${!" + name + "}' for a literal");
    }
}
