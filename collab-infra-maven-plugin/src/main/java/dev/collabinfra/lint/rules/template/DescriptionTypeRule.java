package dev.collabinfra.lint.rules.template;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.ScalarNode;

/** E1004: the template Description is a plain string (CloudFormation rejects lists, mappings and functions). */
public final class DescriptionTypeRule implements Rule {

    @Override
    public String id() {
        return "E1004";
    }

    @Override
    public String description() {
        return "Template Description is a string";
    }

    @Override
    public void check(LintContext ctx) {
        ctx.template().root().get("Description").ifPresent(node -> {
            if (!(node instanceof ScalarNode)) {
                ctx.report(node, "Description must be a string, not " + TemplateSectionsRule.describe(node)
                        + "; write the text directly (functions are not allowed here)");
            }
        });
    }
}
