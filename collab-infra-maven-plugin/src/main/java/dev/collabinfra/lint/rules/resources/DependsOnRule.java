package dev.collabinfra.lint.rules.resources;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Suggestions;
import java.util.List;

/**
 * E3005: {@code DependsOn} is a resource name or list of names, each naming another resource of
 * the template, and a resource without a condition does not depend on one with a condition
 * (when that condition is false the dependency names a resource that does not exist, and
 * CloudFormation rejects the template). A resource with a condition of its own is not judged:
 * whether its condition implies the other one is W1001's kind of question.
 */
public final class DependsOnRule implements Rule {

    @Override
    public String id() {
        return "E3005";
    }

    @Override
    public String description() {
        return "DependsOn names existing resources (not the resource itself), conditional ones only from resources with a condition";
    }

    @Override
    public void check(LintContext ctx) {
        TemplateFacts facts = ctx.facts();
        MapNode resources = ctx.template().resources();
        for (MapNode.Entry entry : resources.entries()) {
            if (!(entry.value() instanceof MapNode resource)) {
                continue;
            }
            resource.get("DependsOn").ifPresent(dependsOn -> {
                List<Node> targets = dependsOn instanceof ListNode list ? list.items() : List.of(dependsOn);
                for (Node target : targets) {
                    if (!(target instanceof ScalarNode scalar)) {
                        ctx.report(target, "DependsOn of '" + entry.key() + "' must list resource logical ids as plain strings"
                                + " (functions are not allowed)");
                    } else if (scalar.value().equals(entry.key())) {
                        ctx.report(target, "Resource '" + entry.key() + "' depends on itself; remove it from its DependsOn");
                    } else if (!resources.containsKey(scalar.value()) && !facts.declaredNamesMayBeGenerated()) {
                        String hint = Suggestions.closest(scalar.value(), resources.keys()).map(s -> "; did you mean '" + s + "'?")
                                .orElse("; name a resource of this template");
                        ctx.report(target, "DependsOn target '" + scalar.value() + "' of '" + entry.key() + "' is not a resource" + hint);
                    } else if (resource.get("Condition").isEmpty()) {
                        conditionOf(resources, scalar.value()).ifPresent(condition -> ctx.report(target, "Resource '" + entry.key()
                                + "' (no condition) depends on '" + scalar.value() + "', which exists only when condition '"
                                + condition + "' is true; give '" + entry.key() + "' 'Condition: " + condition
                                + "' or remove the dependency"));
                    }
                }
            });
        }
    }

    private static java.util.Optional<String> conditionOf(MapNode resources, String logicalId) {
        return resources.getMap(logicalId).flatMap(r -> r.getString("Condition"));
    }
}
