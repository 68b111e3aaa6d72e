package dev.collabinfra.lint.rules.template;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarKind;
import dev.collabinfra.template.ScalarNode;

/**
 * E4002: the template's Metadata section holds no null value at any depth (CloudFormation
 * rejects the template: "'null' values are not allowed in templates"). That the section is a
 * mapping is E1001's finding. One walk over the section.
 */
public final class MetadataConfigurationRule implements Rule {

    @Override
    public String id() {
        return "E4002";
    }

    @Override
    public String description() {
        return "The Metadata section holds no null values";
    }

    @Override
    public void check(LintContext ctx) {
        ctx.template().root().get("Metadata").filter(MapNode.class::isInstance)
                .ifPresent(metadata -> walk(ctx, metadata, "Metadata"));
    }

    private static void walk(LintContext ctx, Node node, String path) {
        if (node instanceof MapNode map) {
            for (MapNode.Entry entry : map.entries()) {
                walk(ctx, entry.value(), path + "." + entry.key());
            }
        } else if (node instanceof ListNode list) {
            for (int i = 0; i < list.size(); i++) {
                walk(ctx, list.get(i), path + "[" + i + "]");
            }
        } else if (node instanceof ScalarNode scalar && scalar.kind() == ScalarKind.NULL) {
            ctx.report(scalar, path + " is null, and CloudFormation rejects null values in a template;"
                    + " give it a value (\"\" for an empty string) or remove the line");
        }
    }
}
