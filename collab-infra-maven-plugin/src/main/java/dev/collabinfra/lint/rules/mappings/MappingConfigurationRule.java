package dev.collabinfra.lint.rules.mappings;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.regex.Pattern;

/**
 * E7001: a mapping is {@code Name: {TopKey: {SecondKey: value}}} with an alphanumeric name,
 * keys of letters, digits, '-', '_', ':' and '.', and values that are literal strings or lists (of
 * literal values, no function or null).
 */
public final class MappingConfigurationRule implements Rule {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern TOP_KEY = Pattern.compile("[A-Za-z0-9.\\-_:]+");

    @Override
    public String id() {
        return "E7001";
    }

    @Override
    public String description() {
        return "Mappings are Name: {Key: {Key: value}} with valid names and literal values";
    }

    @Override
    public void check(LintContext ctx) {
        for (MapNode.Entry mapping : ctx.template().mappings().entries()) {
            String name = mapping.key();
            if (!NAME.matcher(name).matches()) {
                ctx.report(mapping.keyPosition(), "Mapping name '" + name + "' must contain only letters and digits; rename it");
            }
            if (!(mapping.value() instanceof MapNode tops) || tops.isEmpty()) {
                ctx.report(mapping.value(), "Mapping '" + name + "' must be a non-empty mapping of keys to {key: value} mappings");
                continue;
            }
            for (MapNode.Entry top : tops.entries()) {
                if (!TOP_KEY.matcher(top.key()).matches()) {
                    ctx.report(top.keyPosition(), "Key '" + top.key() + "' of mapping '" + name
                            + "' may contain only letters, digits, '-', '_', ':' and '.'");
                }
                if (!(top.value() instanceof MapNode seconds) || seconds.isEmpty()) {
                    ctx.report(top.value(), "'" + top.key() + "' in mapping '" + name + "' must be a non-empty mapping of"
                            + " second-level keys to values (a mapping has exactly two levels of keys)");
                    continue;
                }
                for (MapNode.Entry second : seconds.entries()) {
                    if (!TOP_KEY.matcher(second.key()).matches()) {
                        ctx.report(second.keyPosition(), "Key '" + second.key() + "' under '" + top.key() + "' in mapping '" + name
                                + "' may contain only letters, digits, '-', '_', ':' and '.'");
                    }
                    checkValue(ctx, name, second.value());
                }
            }
        }
    }

    private static void checkValue(LintContext ctx, String name, Node value) {
        if (value instanceof ScalarNode scalar && scalar.kind() == dev.collabinfra.template.ScalarKind.NULL) {
            ctx.report(value, "A value in mapping '" + name + "' is null; give it a string or a list of strings");
        } else if (value instanceof MapNode) {
            ctx.report(value, "Values in mapping '" + name + "' must be strings or lists of strings"
                    + (FunctionRule.isFunction(value) ? " (functions are not allowed in Mappings)" : " (a mapping has two levels of keys)"));
        } else if (value instanceof ListNode list) {
            // CloudFormation checks that a value is a string or a list; the items are data (cfn-lint
            // accepts lists of mappings too), but a function there is never evaluated
            for (Node item : list.items()) {
                if (FunctionRule.isFunction(item)) {
                    ctx.report(item, "Lists in mapping '" + name + "' cannot hold functions: Mappings are never evaluated;"
                            + " write the literal value, or move the function to where the mapping is used");
                } else if (item instanceof ScalarNode scalar && scalar.kind() == dev.collabinfra.template.ScalarKind.NULL) {
                    ctx.report(item, "A list item in mapping '" + name + "' is null; give it a value or remove it");
                }
            }
        }
    }
}
