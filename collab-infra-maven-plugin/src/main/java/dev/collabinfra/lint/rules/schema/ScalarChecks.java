package dev.collabinfra.lint.rules.schema;

import dev.collabinfra.lint.rules.schema.SchemaValidator.Sink;
import dev.collabinfra.spec.StringFormat;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Suggestions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** enum, const, pattern, minLength/maxLength, minimum/maximum, multipleOf and format on one scalar. */
final class ScalarChecks {

    private ScalarChecks() {}

    static boolean check(SchemaValidator v, ScalarNode scalar, Map<String, Object> schema, String path, Sink sink) {
        String value = scalar.value();
        boolean ok = true;
        if (schema.get("enum") instanceof List<?> allowed && !allowed.isEmpty() && !contains(allowed, value, false)) {
            ok = false;
            sink.fail("enum", scalar.position(), sink.silent() ? null : enumMessage(v, path, value, allowed), null);
        }
        // cfn-lint's extension keyword: an enum compared without regard to case
        if (schema.get("enumCaseInsensitive") instanceof List<?> allowed && !allowed.isEmpty() && !contains(allowed, value, true)) {
            ok = false;
            sink.fail("enum", scalar.position(), sink.silent() ? null
                    : enumMessage(v, path, value, allowed) + " (case does not matter)", null);
        }
        if (schema.containsKey("const") && !same(schema.get("const"), value, false)) {
            ok = false;
            sink.fail("const", scalar.position(), sink.silent() ? null
                    : v.name(path) + " '" + value + "' must be '" + text(schema.get("const")) + "'", null);
        }
        if (schema.get("pattern") instanceof String regex) {
            Optional<Pattern> pattern = v.pattern(regex);
            if (pattern.isPresent() && !pattern.get().matcher(value).find()) {
                ok = false;
                sink.fail("pattern", scalar.position(), sink.silent() ? null
                        : v.name(path) + " '" + value + "' does not match the pattern " + regex, null);
            }
        }
        int length = value.codePointCount(0, value.length());
        BigDecimal min = SchemaValidator.number(schema.get("minLength"));
        BigDecimal max = SchemaValidator.number(schema.get("maxLength"));
        if (min != null && length < min.intValue()) {
            ok = false;
            sink.fail("minLength", scalar.position(), sink.silent() ? null
                    : v.name(path) + " '" + value + "' is " + length + " characters long; it needs at least " + min.intValue(), null);
        }
        if (max != null && length > max.intValue()) {
            ok = false;
            sink.fail("maxLength", scalar.position(), sink.silent() ? null
                    : v.name(path) + " '" + shortened(value) + "' is " + length + " characters long; it may have at most " + max.intValue(), null);
        }
        ok &= range(v, scalar, schema, path, sink);
        if (schema.get("format") instanceof String name) {
            Optional<StringFormat> format = v.format(name);
            if (format.isPresent() && !format.get().pattern().matcher(value).find()) {
                ok = false;
                sink.fail("format:" + format.get().ruleId(), scalar.position(), sink.silent() ? null
                        : v.name(path) + " '" + value + "' is not a valid " + name + " (pattern " + format.get().pattern() + ")", null);
            }
        }
        return ok;
    }

    private static boolean range(SchemaValidator v, ScalarNode scalar, Map<String, Object> schema, String path, Sink sink) {
        if (!schema.containsKey("minimum") && !schema.containsKey("maximum") && !schema.containsKey("exclusiveMinimum")
                && !schema.containsKey("exclusiveMaximum")) {
            return true;
        }
        BigDecimal n = SchemaValidator.number(scalar.value());
        if (n == null) {
            return true; // not a number: the type check says so
        }
        String problem = null;
        BigDecimal min = SchemaValidator.number(schema.get("minimum"));
        BigDecimal max = SchemaValidator.number(schema.get("maximum"));
        BigDecimal xmin = SchemaValidator.number(schema.get("exclusiveMinimum"));
        BigDecimal xmax = SchemaValidator.number(schema.get("exclusiveMaximum"));
        if (min != null && n.compareTo(min) < 0) {
            problem = "is less than the minimum " + min.toPlainString();
        } else if (max != null && n.compareTo(max) > 0) {
            problem = "is greater than the maximum " + max.toPlainString();
        } else if (xmin != null && n.compareTo(xmin) <= 0) {
            problem = "must be greater than " + xmin.toPlainString();
        } else if (xmax != null && n.compareTo(xmax) >= 0) {
            problem = "must be less than " + xmax.toPlainString();
        }
        if (problem == null) {
            return true;
        }
        String p = problem;
        sink.fail("minimum", scalar.position(), sink.silent() ? null : v.name(path) + " " + scalar.value() + " " + p, null);
        return false;
    }

    private static String enumMessage(SchemaValidator v, String path, String value, List<?> allowed) {
        List<String> names = new ArrayList<>();
        for (Object a : allowed) {
            names.add(text(a));
        }
        String listed = names.size() <= LISTED ? String.join(", ", names)
                : String.join(", ", names.subList(0, LISTED)) + ", ... (" + (names.size() - LISTED) + " more)";
        String hint = "";
        Optional<String> near = names.stream().filter(n -> n.equalsIgnoreCase(value)).findFirst()
                .or(() -> Suggestions.closest(value, names));
        if (near.isPresent()) {
            hint = "; did you mean '" + near.get() + "'?";
        }
        return v.name(path) + " '" + value + "' is not one of " + listed + hint;
    }

    private static final int LISTED = 12;

    private static boolean contains(List<?> allowed, String value, boolean caseInsensitive) {
        for (Object a : allowed) {
            if (same(a, value, caseInsensitive)) {
                return true;
            }
        }
        return false;
    }

    /** CloudFormation compares the string it receives: 1 equals "1", true equals "true". */
    static boolean same(Object expected, String value, boolean caseInsensitive) {
        if (expected instanceof BigDecimal d) {
            BigDecimal n = SchemaValidator.number(value);
            return n != null && n.compareTo(d) == 0;
        }
        String e = text(expected);
        return caseInsensitive || expected instanceof Boolean ? e.equalsIgnoreCase(value) : e.equals(value);
    }

    static String text(Object value) {
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value).toLowerCase(Locale.ROOT).equals("null") && value == null ? "null" : String.valueOf(value);
    }

    private static String shortened(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
