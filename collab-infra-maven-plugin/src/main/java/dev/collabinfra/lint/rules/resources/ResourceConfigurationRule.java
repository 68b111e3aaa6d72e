package dev.collabinfra.lint.rules.resources;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.lint.rules.template.TemplateSectionsRule;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Suggestions;
import java.util.List;
import java.util.regex.Pattern;

/**
 * E3001: each resource is a mapping with a {@code Type} shaped {@code Vendor::Service::Type}
 * (or {@code Custom::Name}, or a {@code ::MODULE}), only the resource attributes CloudFormation
 * knows, a mapping for {@code Properties}, and an alphanumeric logical id.
 */
public final class ResourceConfigurationRule implements Rule {

    static final List<String> ATTRIBUTES = List.of("Type", "Properties", "Condition", "DependsOn", "Metadata",
            "DeletionPolicy", "UpdateReplacePolicy", "CreationPolicy", "UpdatePolicy",
            // Legacy custom resource attribute ("Version: 1.0"); CloudFormation still accepts it (AWS samples use it).
            "Version");
    /** Attributes the SAM transform adds. */
    static final List<String> SAM_ATTRIBUTES = List.of("Connectors", "IgnoreGlobals");
    private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+(::MODULE)?");
    private static final Pattern CUSTOM = Pattern.compile("Custom::[A-Za-z0-9_@-]{1,60}");
    private static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9]+");

    @Override
    public String id() {
        return "E3001";
    }

    @Override
    public String description() {
        return "Resources have a well-formed Type, known attributes only, and alphanumeric logical ids";
    }

    @Override
    public void check(LintContext ctx) {
        boolean sam = ctx.facts().hasTransform(TemplateFacts.SERVERLESS);
        for (MapNode.Entry entry : ctx.template().resources().entries()) {
            String id = entry.key();
            if (!TemplateFacts.isLogicalId(id)) {
                continue;
            }
            if (!LOGICAL_ID.matcher(id).matches()) {
                ctx.report(entry.keyPosition(), "Resource logical id '" + id + "' must contain only letters and digits; rename it"
                        + (id.replaceAll("[^A-Za-z0-9]", "").isEmpty() ? "" : ", e.g. '" + id.replaceAll("[^A-Za-z0-9]", "") + "'"));
            }
            if (!(entry.value() instanceof MapNode resource)) {
                ctx.report(entry.value(), "Resource '" + id + "' must be a mapping with at least a Type, not "
                        + TemplateSectionsRule.describe(entry.value()));
                continue;
            }
            checkType(ctx, id, resource);
            for (MapNode.Entry attribute : resource.entries()) {
                String key = attribute.key();
                if (!ATTRIBUTES.contains(key) && !(sam && SAM_ATTRIBUTES.contains(key))) {
                    String hint = Suggestions.closest(key, ATTRIBUTES).map(s -> "did you mean '" + s + "'?")
                            .orElse("allowed are " + String.join(", ", ATTRIBUTES) + "; resource properties go under Properties");
                    ctx.report(attribute.keyPosition(), "Resource '" + id + "' has unknown attribute '" + key + "'; " + hint);
                }
            }
            resource.entry("Properties").ifPresent(properties -> {
                if (!(properties.value() instanceof MapNode) && !isEmpty(properties.value())) {
                    ctx.report(properties.value(), "Properties of '" + id + "' must be a mapping of property names to values, not "
                            + TemplateSectionsRule.describe(properties.value()));
                }
            });
            resource.entry("Condition").ifPresent(condition -> {
                if (!(condition.value() instanceof dev.collabinfra.template.ScalarNode)) {
                    ctx.report(condition.value(), "Condition of '" + id + "' must be the name of one condition, not "
                            + TemplateSectionsRule.describe(condition.value()) + "; combine conditions with Fn::And in Conditions");
                }
            });
        }
    }

    private static void checkType(LintContext ctx, String id, MapNode resource) {
        var typeEntry = resource.entry("Type");
        if (typeEntry.isEmpty()) {
            ctx.report(resource, "Resource '" + id + "' has no Type; add one such as 'AWS::S3::Bucket'");
            return;
        }
        if (!(typeEntry.get().value() instanceof ScalarNode type) || type.value().isEmpty()) {
            ctx.report(typeEntry.get().value(), "Type of '" + id + "' must be a resource type name such as 'AWS::S3::Bucket'");
            return;
        }
        String value = type.value();
        if (value.startsWith("Custom::")) {
            if (!CUSTOM.matcher(value).matches()) {
                ctx.report(type, "Custom resource type '" + value + "' must be 'Custom::' followed by up to 60 letters, digits or _@-");
            }
        } else if (!TYPE.matcher(value).matches()) {
            ctx.report(type, "Resource type '" + value + "' is not shaped 'AWS::Service::Resource' (or 'Custom::Name');"
                    + " check the spelling and the '::' separators");
        }
    }

    private static boolean isEmpty(dev.collabinfra.template.Node node) {
        return node instanceof ScalarNode scalar && scalar.value().isEmpty();
    }
}
