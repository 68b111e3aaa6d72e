package dev.collabinfra.lint.rules.functions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.Positions;
import dev.collabinfra.lint.PseudoParameters;
import dev.collabinfra.lint.SubString;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.lint.TemplateWalker;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.ScalarNode;
import java.util.Set;

/**
 * E1029: a {@code ${Name}} outside {@code Fn::Sub} reaches AWS as the literal text. Reported only
 * when the variable would resolve under Sub (a parameter, resource, {@code Resource.Attr} or
 * pseudo parameter), so shell variables, IAM policy variables ({@code ${aws:username}}) and
 * other services' own placeholders are left alone. Like cfn-lint, free-text places that other
 * tools substitute are skipped: Metadata, UserData, ZipFile, cfn-init, build specs, mapping
 * templates, Step Functions definitions with DefinitionSubstitutions, and Parameters.
 */
public final class SubNeededRule implements dev.collabinfra.lint.Rule {

    /** Path segments under which {@code ${}} is someone else's syntax (cfn-lint's SubNeeded excludes, plus Metadata). */
    static final Set<String> EXCLUDED = Set.of("Metadata", "UserData", "ZipFile", "Condition", "AWS::CloudFormation::Init",
            "CloudWatchAlarmDefinition", "TopicRulePayload", "BuildSpec", "RequestMappingTemplate", "ResponseMappingTemplate",
            "LogFormat", "TemplateBody", "RouteSelectionExpression", "DefinitionSubstitutions", "Fn::Sub", "Fn::Transform");

    @Override
    public String id() {
        return "E1029";
    }

    @Override
    public String description() {
        return "${Name} of a parameter or resource appears only inside Fn::Sub";
    }

    @Override
    public void check(LintContext ctx) {
        TemplateFacts facts = ctx.facts();
        TemplateWalker.walk(ctx.template().root(), (node, path) -> {
            if (path.depth() == 1 && ("Parameters".equals(path.section()) || "Metadata".equals(path.section())
                    || "Description".equals(path.section()))) {
                return false;
            }
            if (path.last() != null && EXCLUDED.contains(path.last())) {
                return false;
            }
            if (node instanceof MapNode map && map.containsKey("DefinitionSubstitutions")) {
                check(ctx, facts, map, path, Set.of("DefinitionString", "Definition"));
                return false;
            }
            if (node instanceof ScalarNode scalar) {
                checkScalar(ctx, facts, scalar);
            }
            return true;
        });
    }

    private void check(LintContext ctx, TemplateFacts facts, MapNode map, NodePath path, Set<String> skip) {
        for (MapNode.Entry entry : map.entries()) {
            if (!skip.contains(entry.key()) && !EXCLUDED.contains(entry.key())) {
                TemplateWalker.walk(entry.value(), path.child(entry.key()), (node, p) -> {
                    if (p.last() != null && EXCLUDED.contains(p.last())) {
                        return false;
                    }
                    if (node instanceof ScalarNode scalar) {
                        checkScalar(ctx, facts, scalar);
                    }
                    return true;
                });
            }
        }
    }

    private static void checkScalar(LintContext ctx, TemplateFacts facts, ScalarNode scalar) {
        if (scalar.value().indexOf("${") < 0) {
            return; // most scalars: nothing to look at
        }
        for (SubString.Variable variable : SubString.variables(scalar.value())) {
            if (resolves(variable, facts)) {
                ctx.report(Positions.of(ctx.template(), scalar, variable.token()), "'" + variable.token()
                        + "' is outside Fn::Sub, so CloudFormation passes it on literally; wrap the string in !Sub"
                        + " (or write '${!" + variable.name() + "}' if the literal text is intended)");
            }
        }
    }

    private static boolean resolves(SubString.Variable variable, TemplateFacts facts) {
        if (variable.attribute() != null) {
            return facts.resources().contains(variable.target()) && !variable.attribute().isEmpty();
        }
        String name = variable.name();
        return PseudoParameters.isPseudo(name) || facts.parameters().contains(name) || facts.resources().contains(name);
    }
}
