package dev.collabinfra.lint.rules.conditions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.TemplateWalker;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.ScalarNode;

/**
 * E8007: inside a condition, {@code {Condition: Name}} names another condition with a plain string.
 * (IAM policy {@code Condition} blocks elsewhere are mappings and are not this function.)
 */
public final class ConditionFunctionRule implements Rule {

    @Override
    public String id() {
        return "E8007";
    }

    @Override
    public String description() {
        return "The Condition function names a condition as a string";
    }

    @Override
    public void check(LintContext ctx) {
        ctx.template().section("Conditions").ifPresent(conditions -> TemplateWalker.walk(conditions, (node, path) -> {
            if (path.depth() >= 1 && node instanceof MapNode map && map.size() == 1 && map.containsKey("Condition")) {
                var value = map.get("Condition").get();
                if (!(value instanceof ScalarNode)) {
                    ctx.report(value, "Condition inside a condition takes the name of another condition as a string, not "
                            + FunctionRule.what(value));
                }
                return false;
            }
            return true;
        }));
    }
}
