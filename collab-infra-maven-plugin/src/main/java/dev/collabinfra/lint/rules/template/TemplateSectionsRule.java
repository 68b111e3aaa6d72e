package dev.collabinfra.lint.rules.template;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Suggestions;
import dev.collabinfra.template.Template;
import java.util.List;
import java.util.Set;

/**
 * E1001: the template's top level. Only CloudFormation's sections (plus {@code Globals} under
 * the SAM transform), a {@code Resources} mapping with at least one resource, mapping-valued
 * sections that are mappings, and {@code AWSTemplateFormatVersion} equal to {@code 2010-09-09}.
 */
public final class TemplateSectionsRule implements Rule {

    static final List<String> SECTIONS = List.of("AWSTemplateFormatVersion", "Description", "Metadata", "Parameters",
            "Rules", "Mappings", "Conditions", "Transform", "Resources", "Outputs", "Globals");
    private static final Set<String> MAPPING_SECTIONS = Set.of("Metadata", "Parameters", "Rules", "Mappings", "Conditions",
            "Resources", "Outputs", "Globals");

    @Override
    public String id() {
        return "E1001";
    }

    @Override
    public String description() {
        return "Top-level sections are CloudFormation's, Resources is present, AWSTemplateFormatVersion is 2010-09-09";
    }

    @Override
    public void check(LintContext ctx) {
        Template template = ctx.template();
        MapNode root = template.root();
        for (MapNode.Entry entry : root.entries()) {
            String key = entry.key();
            if (!SECTIONS.contains(key)) {
                String hint = Suggestions.closest(key, SECTIONS).map(s -> "; did you mean '" + s + "'?")
                        .orElse("; allowed sections are " + String.join(", ", SECTIONS.subList(0, 10)));
                ctx.report(entry.keyPosition(), "Unknown top-level section '" + key + "'" + hint);
            } else if (MAPPING_SECTIONS.contains(key) && !(entry.value() instanceof MapNode)) {
                ctx.report(entry.value(), "Section '" + key + "' must be a mapping of names to definitions, not "
                        + describe(entry.value()));
            }
        }
        root.entry("AWSTemplateFormatVersion").ifPresent(entry -> {
            Node value = entry.value();
            if (!(value instanceof ScalarNode scalar) || !scalar.value().equals("2010-09-09")) {
                ctx.report(value, "AWSTemplateFormatVersion must be '2010-09-09' (the only version CloudFormation knows), not "
                        + (value instanceof ScalarNode s ? "'" + s.value() + "'" : describe(value)));
            }
        });
        root.entry("Transform").ifPresent(entry -> checkTransform(ctx, entry.value()));
        if (!root.containsKey("Resources")) {
            ctx.report(root, "Template has no Resources section; CloudFormation requires at least one resource");
        } else if (root.get("Resources").get() instanceof MapNode resources && resources.isEmpty()) {
            ctx.report(resources, "Resources is empty; CloudFormation requires at least one resource");
        }
    }

    private static void checkTransform(LintContext ctx, Node value) {
        if (value instanceof ListNode list) {
            for (Node item : list.items()) {
                if (!(item instanceof ScalarNode)) {
                    ctx.report(item, "Each Transform entry must be a macro name such as 'AWS::Serverless-2016-10-31'");
                }
            }
        } else if (value instanceof MapNode map && !map.containsKey("Name")) {
            ctx.report(value, "Transform must be a macro name, a list of names, or a mapping with 'Name'");
        }
    }

    public static String describe(Node node) {
        if (node instanceof ListNode) {
            return "a list";
        }
        if (node instanceof MapNode) {
            return "a mapping";
        }
        ScalarNode scalar = (ScalarNode) node;
        return scalar.value().isEmpty() ? "an empty value" : "the value '" + scalar.value() + "'";
    }
}
