package dev.collabinfra.lint.rules.parameters;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Suggestions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * E2001: each parameter is a mapping with a Type, only the properties CloudFormation knows, the
 * properties that fit its type (no MinLength on a Number, no MinValue on a String), literal
 * values where functions are not allowed, and values within the quotas (Description 4,000
 * characters, Default and each allowed value 4,096 bytes).
 */
public final class ParameterConfigurationRule implements Rule {

    static final List<String> PROPERTIES = List.of("Type", "Default", "AllowedValues", "AllowedPattern", "ConstraintDescription",
            "Description", "MaxLength", "MaxValue", "MinLength", "MinValue", "NoEcho");
    private static final Set<String> STRING_ONLY = Set.of("AllowedPattern", "MinLength", "MaxLength");
    private static final Set<String> NUMBER_ONLY = Set.of("MinValue", "MaxValue");
    private static final Set<String> INTEGERS = Set.of("MinLength", "MaxLength");

    @Override
    public String id() {
        return "E2001";
    }

    @Override
    public String description() {
        return "Parameters have a Type and only the properties allowed for it";
    }

    @Override
    public void check(LintContext ctx) {
        for (MapNode.Entry entry : ctx.template().parameters().entries()) {
            String name = entry.key();
            if (!(entry.value() instanceof MapNode parameter)) {
                ctx.report(entry.value(), "Parameter '" + name + "' must be a mapping with at least a Type");
                continue;
            }
            if (!parameter.containsKey("Type")) {
                ctx.report(entry.keyPosition(), "Parameter '" + name + "' has no Type; add one such as 'Type: String'");
            }
            String type = parameter.getString("Type").orElse("");
            for (MapNode.Entry property : parameter.entries()) {
                String key = property.key();
                Node value = property.value();
                if (!PROPERTIES.contains(key)) {
                    ctx.report(property.keyPosition(), "Parameter '" + name + "' has unknown property '" + key + "'"
                            + Suggestions.closest(key, PROPERTIES).map(s -> "; did you mean '" + s + "'?")
                                    .orElse("; allowed are " + String.join(", ", PROPERTIES)));
                    continue;
                }
                if (ParameterTypes.isNumber(type) && STRING_ONLY.contains(key)) {
                    ctx.report(property.keyPosition(), key + " does not apply to Number parameter '" + name
                            + "'; use MinValue/MaxValue, or make the parameter a String");
                } else if (ParameterTypes.isString(type) && NUMBER_ONLY.contains(key)) {
                    ctx.report(property.keyPosition(), key + " does not apply to String parameter '" + name
                            + "'; use MinLength/MaxLength/AllowedPattern, or make the parameter a Number");
                }
                checkValue(ctx, name, key, value);
            }
        }
    }

    private static void checkValue(LintContext ctx, String name, String key, Node value) {
        if (key.equals("AllowedValues")) {
            if (!(value instanceof ListNode list)) {
                ctx.report(value, "AllowedValues of '" + name + "' must be a list of values");
                return;
            }
            for (Node item : list.items()) {
                if (!(item instanceof ScalarNode scalar)) {
                    ctx.report(item, "Each allowed value of '" + name + "' must be a literal value (functions are not allowed in Parameters)");
                } else if (scalar.value().getBytes(StandardCharsets.UTF_8).length > 4096) {
                    ctx.report(item, "An allowed value of '" + name + "' is over the 4,096-byte limit for parameter values");
                }
            }
            return;
        }
        if (!(value instanceof ScalarNode scalar)) {
            ctx.report(value, key + " of parameter '" + name + "' must be a literal value (functions are not allowed in Parameters)");
            return;
        }
        if (scalar.kind() == dev.collabinfra.template.ScalarKind.NULL) {
            ctx.report(value, key + " of parameter '" + name + "' is null; give it a value or remove the line");
            return;
        }
        String text = scalar.value();
        if (key.equals("NoEcho") && !text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            ctx.report(value, "NoEcho of parameter '" + name + "' must be true or false, not '" + text + "'");
        } else if (key.equals("Description") && text.length() > 4000) {
            ctx.report(value, "Description of parameter '" + name + "' is " + text.length() + " characters, over the limit of 4,000");
        } else if (key.equals("Default") && text.getBytes(StandardCharsets.UTF_8).length > 4096) {
            ctx.report(value, "Default of parameter '" + name + "' is over the 4,096-byte limit for parameter values");
        } else if (INTEGERS.contains(key) && !text.strip().matches("\\d+")) {
            ctx.report(value, key + " of parameter '" + name + "' must be a whole number of 0 or more, not '" + text + "'");
        } else if (NUMBER_ONLY.contains(key) && ParameterDefaultRule.number(text) == null) {
            ctx.report(value, key + " of parameter '" + name + "' must be a number, not '" + text + "'");
        }
    }
}
