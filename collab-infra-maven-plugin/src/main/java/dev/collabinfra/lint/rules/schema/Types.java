package dev.collabinfra.lint.rules.schema;

import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarKind;
import dev.collabinfra.template.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** JSON Schema {@code type} with CloudFormation's coercions ({@code "10"} is an integer, {@code 10} a string). */
final class Types {

    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private Types() {}

    static boolean fits(Node node, String type) {
        return switch (type) {
            case "object" -> node instanceof MapNode;
            case "array" -> node instanceof ListNode;
            case "string" -> node instanceof ScalarNode;
            case "integer" -> node instanceof ScalarNode s && INTEGER.matcher(s.value().trim()).matches();
            case "number" -> node instanceof ScalarNode s && NUMBER.matcher(s.value().trim()).matches();
            case "boolean" -> node instanceof ScalarNode s && (s.value().toLowerCase(Locale.ROOT).equals("true")
                    || s.value().toLowerCase(Locale.ROOT).equals("false"));
            case "null" -> node instanceof ScalarNode s && s.kind() == ScalarKind.NULL;
            default -> true;
        };
    }

    static String describe(List<?> types) {
        List<String> words = new ArrayList<>();
        for (Object t : types) {
            words.add(switch (String.valueOf(t)) {
                case "object" -> "an object";
                case "array" -> "a list";
                case "integer" -> "an Integer";
                case "number" -> "a Number";
                case "boolean" -> "a Boolean";
                case "string" -> "a String";
                default -> String.valueOf(t);
            });
        }
        return String.join(" or ", words);
    }

    static String describeValue(Node node) {
        if (node instanceof ListNode) {
            return "a list";
        }
        if (node instanceof MapNode) {
            return "an object";
        }
        return "'" + ((ScalarNode) node).value() + "'";
    }
}
