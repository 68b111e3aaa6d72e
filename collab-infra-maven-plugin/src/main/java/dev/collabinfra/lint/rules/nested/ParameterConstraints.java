package dev.collabinfra.lint.rules.nested;

import dev.collabinfra.template.MapNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.collabinfra.lint.BoundedRegex;

/**
 * Whether a literal value satisfies a parameter declaration the way CloudFormation checks it:
 * {@code Type} (Number, List&lt;Number&gt;), {@code AllowedValues}, {@code AllowedPattern} (the
 * whole value must match), {@code MinLength}/{@code MaxLength} for strings and
 * {@code MinValue}/{@code MaxValue} for numbers. List types are checked item by item.
 */
public final class ParameterConstraints {

    private ParameterConstraints() {}

    /** What is wrong with the value, or empty when CloudFormation would accept it. */
    public static Optional<String> violation(String value, MapNode declaration) {
        String type = ChildParameters.type(declaration);
        List<String> items = new ArrayList<>();
        boolean list = ChildParameters.isListType(type);
        if (list) {
            for (String item : value.split(",", -1)) {
                items.add(item.trim());
            }
        } else {
            items.add(value);
        }
        boolean numeric = type.equals("Number") || type.equals("List<Number>");
        for (String item : items) {
            String shown = list ? "item '" + item + "'" : "'" + item + "'";
            if (numeric && number(item).isEmpty()) {
                return Optional.of(shown + " is not a number (Type " + type + ")");
            }
            Optional<List<String>> allowed = ChildParameters.allowedValues(declaration);
            if (allowed.isPresent() && !allowed.get().contains(item)) {
                return Optional.of(shown + " is not one of the AllowedValues " + allowed.get());
            }
            if (!list) {
                Optional<String> pattern = declaration.getString("AllowedPattern");
                if (pattern.isPresent() && !matches(pattern.get(), item)) {
                    return Optional.of(shown + " does not match the AllowedPattern '" + pattern.get() + "'");
                }
            }
            if (numeric) {
                BigDecimal n = number(item).orElseThrow();
                Optional<BigDecimal> min = declaration.getString("MinValue").flatMap(ParameterConstraints::number);
                Optional<BigDecimal> max = declaration.getString("MaxValue").flatMap(ParameterConstraints::number);
                if (min.isPresent() && n.compareTo(min.get()) < 0) {
                    return Optional.of(shown + " is below the MinValue " + min.get().toPlainString());
                }
                if (max.isPresent() && n.compareTo(max.get()) > 0) {
                    return Optional.of(shown + " is above the MaxValue " + max.get().toPlainString());
                }
            } else if (!list) {
                Optional<BigDecimal> min = declaration.getString("MinLength").flatMap(ParameterConstraints::number);
                Optional<BigDecimal> max = declaration.getString("MaxLength").flatMap(ParameterConstraints::number);
                int length = item.codePointCount(0, item.length());
                if (min.isPresent() && length < min.get().intValue()) {
                    return Optional.of(shown + " is " + length + " characters, shorter than the MinLength " + min.get().toPlainString());
                }
                if (max.isPresent() && length > max.get().intValue()) {
                    return Optional.of(shown + " is " + length + " characters, longer than the MaxLength " + max.get().toPlainString());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * An AllowedPattern the JVM cannot compile is another rule's finding, not a mismatch; one that
     * backtracks past the bound is undecided (E2015 warns about it on the parameter), not a mismatch.
     */
    private static boolean matches(String pattern, String value) {
        return BoundedRegex.fullMatch(pattern, value) != BoundedRegex.Result.DOES_NOT_MATCH;
    }
}
