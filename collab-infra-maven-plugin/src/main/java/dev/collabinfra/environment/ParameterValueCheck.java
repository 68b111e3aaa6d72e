package dev.collabinfra.environment;

import dev.collabinfra.lint.BoundedRegex;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks one parameter value against its declaration the way CloudFormation would before it
 * creates anything: Type (Number, List&lt;Number&gt;, CommaDelimitedList, the cheap AWS::EC2 id
 * shapes), AllowedValues, AllowedPattern, MinLength/MaxLength, MinValue/MaxValue. A NoEcho
 * value never appears in a message.
 */
final class ParameterValueCheck {

    /** A broken constraint: which rule id, and the message. */
    record Violation(String ruleId, String message) {}

    /** Shapes of AWS-specific parameter types that are cheap to check offline. */
    private static final Map<String, Pattern> ID_SHAPES = Map.of(
            "AWS::EC2::VPC::Id", Pattern.compile("vpc-[0-9a-f]{8,17}"),
            "AWS::EC2::Subnet::Id", Pattern.compile("subnet-[0-9a-f]{8,17}"),
            "AWS::EC2::SecurityGroup::Id", Pattern.compile("sg-[0-9a-f]{8,17}"),
            "AWS::EC2::Image::Id", Pattern.compile("ami-[0-9a-f]{8,17}"),
            "AWS::EC2::Instance::Id", Pattern.compile("i-[0-9a-f]{8,17}"),
            "AWS::EC2::Volume::Id", Pattern.compile("vol-[0-9a-f]{8,17}"),
            "AWS::EC2::AvailabilityZone::Name", Pattern.compile("[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\\d[a-z]"),
            "AWS::Route53::HostedZone::Id", Pattern.compile("Z[A-Z0-9]{1,31}"));

    private ParameterValueCheck() {}

    static List<Violation> check(String name, MapNode declaration, String value) {
        List<Violation> out = new ArrayList<>();
        boolean noEcho = declaration.getString("NoEcho").map("true"::equalsIgnoreCase).orElse(false);
        String type = declaration.getString("Type").orElse("String").strip();
        boolean list = type.equals("CommaDelimitedList") || type.startsWith("List<");
        String element = type.startsWith("List<") && type.endsWith(">") ? type.substring(5, type.length() - 1) : type;
        List<String> items = list ? List.of(value.split(",", -1)) : List.of(value);
        String shown = noEcho ? "(NoEcho value hidden)" : "'" + value + "'";
        String p = "Parameter '" + name + "'";

        for (String raw : items) {
            String item = list ? raw.strip() : raw;
            String itemShown = noEcho ? "(NoEcho value hidden)" : "'" + item + "'";
            if (element.equals("Number") && number(item).isEmpty()) {
                out.add(new Violation("E9103", p + " is of Type " + type + " but " + itemShown + " is not a number; give a number"
                        + (list ? " (lists are comma-separated, e.g. 1,2,3)" : "")));
                continue;
            }
            Pattern shape = ID_SHAPES.get(element);
            if (shape != null && !shape.matcher(item).matches()) {
                out.add(new Violation("E9103", p + " is of Type " + type + " but " + itemShown + " does not look like one"
                        + " (expected " + shape.pattern() + ")"));
            }
        }
        List<String> allowed = strings(declaration.get("AllowedValues"));
        if (!allowed.isEmpty()) {
            for (String raw : items) {
                String item = list ? raw.strip() : raw;
                if (!allowed.contains(item) && !numericallyAllowed(element, item, allowed)) {
                    String hint = noEcho ? "" : suggestion(item, allowed).map(s -> " Did you mean '" + s + "'?").orElse("");
                    out.add(new Violation("E9104", p + " value " + (noEcho ? shown : "'" + item + "'")
                            + " is not one of its AllowedValues " + allowed + "." + hint));
                }
            }
        }
        if (!list) {
            declaration.getString("AllowedPattern").ifPresent(regex -> {
                // a broken pattern is the template's problem, reported by the parameter rules; one that
                // backtracks past the bound is undecided (E2015 warns), not a mismatch
                if (BoundedRegex.fullMatch(regex, value) == BoundedRegex.Result.DOES_NOT_MATCH) {
                    String why = declaration.getString("ConstraintDescription").map(d -> " (" + d + ")").orElse("");
                    out.add(new Violation("E9105", p + " value " + shown + " does not match its AllowedPattern '"
                            + regex + "'" + why));
                }
            });
            bound(declaration, "MinLength").filter(min -> value.length() < min.intValue()).ifPresent(min -> out.add(
                    new Violation("E9106", p + " value " + shown + " is " + length(value, noEcho) + "shorter than its MinLength " + min)));
            bound(declaration, "MaxLength").filter(max -> value.length() > max.intValue()).ifPresent(max -> out.add(
                    new Violation("E9106", p + " value " + shown + " is " + length(value, noEcho) + "longer than its MaxLength " + max)));
        }
        if (element.equals("Number")) {
            for (String raw : items) {
                Optional<BigDecimal> n = number(list ? raw.strip() : raw);
                if (n.isEmpty()) {
                    continue;
                }
                String itemShown = noEcho ? "(NoEcho value hidden)" : n.get().toPlainString();
                bound(declaration, "MinValue").filter(min -> n.get().compareTo(min) < 0).ifPresent(min -> out.add(
                        new Violation("E9106", p + " value " + itemShown + " is below its MinValue " + min.toPlainString())));
                bound(declaration, "MaxValue").filter(max -> n.get().compareTo(max) > 0).ifPresent(max -> out.add(
                        new Violation("E9106", p + " value " + itemShown + " is above its MaxValue " + max.toPlainString())));
            }
        }
        return out;
    }

    /** The closest allowed value, or one sharing at least four leading letters ({@code stage} for {@code staging}). */
    private static Optional<String> suggestion(String item, List<String> allowed) {
        return dev.collabinfra.template.Suggestions.closest(item, allowed).or(() -> allowed.stream()
                .filter(a -> sharedPrefix(a.toLowerCase(java.util.Locale.ROOT), item.toLowerCase(java.util.Locale.ROOT)) >= 4)
                .max(java.util.Comparator.comparingInt(a -> sharedPrefix(a, item))));
    }

    private static int sharedPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** "12 characters, " or nothing for a NoEcho value, whose length is a hint to it too. */
    private static String length(String value, boolean noEcho) {
        return noEcho ? "" : value.length() + " characters, ";
    }

    private static boolean numericallyAllowed(String type, String item, List<String> allowed) {
        if (!type.equals("Number")) {
            return false;
        }
        Optional<BigDecimal> n = number(item);
        return n.isPresent() && allowed.stream().map(ParameterValueCheck::number)
                .anyMatch(a -> a.isPresent() && a.get().compareTo(n.get()) == 0);
    }

    private static Optional<BigDecimal> bound(MapNode declaration, String key) {
        return declaration.getString(key).flatMap(ParameterValueCheck::number);
    }

    static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<String> strings(Optional<Node> node) {
        List<String> out = new ArrayList<>();
        if (node.isPresent() && node.get() instanceof ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof ScalarNode scalar) {
                    out.add(scalar.value());
                }
            }
        }
        return out;
    }
}
