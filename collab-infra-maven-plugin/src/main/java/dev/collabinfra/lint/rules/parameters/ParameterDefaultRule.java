package dev.collabinfra.lint.rules.parameters;

import dev.collabinfra.lint.BoundedRegex;
import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * E2015: a parameter's Default satisfies its own constraints (AllowedValues, AllowedPattern,
 * MinLength, MaxLength, MinValue, MaxValue), or CloudFormation rejects the stack when nobody
 * overrides it. List types are checked item by item, as CloudFormation does.
 */
public final class ParameterDefaultRule implements Rule {

    @Override
    public String id() {
        return "E2015";
    }

    @Override
    public String description() {
        return "Default satisfies AllowedValues, AllowedPattern, Min/MaxLength and Min/MaxValue";
    }

    @Override
    public void check(LintContext ctx) {
        for (MapNode.Entry entry : ctx.template().parameters().entries()) {
            if (entry.value() instanceof MapNode parameter && parameter.get("Default").orElse(null) instanceof ScalarNode def) {
                check(ctx, entry.key(), parameter, def);
            }
        }
    }

    /** Marks a Default the AllowedPattern could not decide (a warning, not a mismatch). */
    private static final String UNDECIDED = new String("undecided");

    private static void check(LintContext ctx, String name, MapNode parameter, ScalarNode def) {
        String type = parameter.getString("Type").orElse("String");
        List<String> values = new ArrayList<>();
        if (ParameterTypes.isList(type)) {
            for (String item : def.value().split(",", -1)) {
                values.add(item.strip());
            }
        } else {
            values.add(def.value());
        }
        boolean numeric = type.equals("Number") || type.equals("List<Number>");
        for (String value : values) {
            String problem = problem(parameter, value, numeric);
            if (problem == UNDECIDED) {
                ctx.report("E2015", Severity.WARNING, def.position(), "Default '" + value + "' of parameter '" + name
                        + "' " + BoundedRegex.undecided(parameter.getString("AllowedPattern").orElse("")));
                continue;
            }
            if (problem != null) {
                ctx.report(def, "Default '" + value + "' of parameter '" + name + "' " + problem);
                return;
            }
        }
    }

    private static String problem(MapNode parameter, String value, boolean numeric) {
        if (numeric && number(value) == null) {
            return "is not a number; change the Default or the Type";
        }
        if (parameter.get("AllowedValues").orElse(null) instanceof ListNode allowed) {
            List<String> options = new ArrayList<>();
            boolean found = false;
            for (Node item : allowed.items()) {
                if (item instanceof ScalarNode option) {
                    options.add(option.value());
                    found |= option.value().equals(value) || numeric && sameNumber(option.value(), value);
                }
            }
            if (!found && !options.isEmpty()) {
                return "is not one of its AllowedValues " + options + "; change the Default or add it to AllowedValues";
            }
        }
        String pattern = parameter.getString("AllowedPattern").orElse(null);
        if (pattern != null) {
            // An invalid pattern is a separate problem; CloudFormation's regex dialect differs slightly from Java's.
            BoundedRegex.Result match = BoundedRegex.fullMatch(pattern, value);
            if (match == BoundedRegex.Result.DOES_NOT_MATCH) {
                return "does not match its AllowedPattern '" + pattern + "'; fix the Default or the pattern";
            }
            if (match == BoundedRegex.Result.UNDECIDED) {
                return UNDECIDED;
            }
        }
        BigDecimal minLength = parameter.getString("MinLength").map(ParameterDefaultRule::number).orElse(null);
        BigDecimal maxLength = parameter.getString("MaxLength").map(ParameterDefaultRule::number).orElse(null);
        if (minLength != null && value.length() < minLength.intValue()) {
            return "is " + value.length() + " characters, shorter than its MinLength " + minLength.toPlainString();
        }
        if (maxLength != null && value.length() > maxLength.intValue()) {
            return "is " + value.length() + " characters, longer than its MaxLength " + maxLength.toPlainString();
        }
        BigDecimal number = number(value);
        BigDecimal min = parameter.getString("MinValue").map(ParameterDefaultRule::number).orElse(null);
        BigDecimal max = parameter.getString("MaxValue").map(ParameterDefaultRule::number).orElse(null);
        if (number != null && min != null && number.compareTo(min) < 0) {
            return "is below its MinValue " + min.toPlainString();
        }
        if (number != null && max != null && number.compareTo(max) > 0) {
            return "is above its MaxValue " + max.toPlainString();
        }
        return null;
    }

    /** The number a string holds, or null. */
    static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean sameNumber(String a, String b) {
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        return x != null && y != null && x.compareTo(y) == 0;
    }
}
