package dev.collabinfra.testendpoint;

import dev.collabinfra.testendpoint.template.ListNode;
import dev.collabinfra.testendpoint.template.MapNode;
import dev.collabinfra.testendpoint.template.Node;
import dev.collabinfra.testendpoint.template.ScalarNode;
import dev.collabinfra.testendpoint.template.Template;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves template values as CloudFormation does at deploy time: parameters and pseudo parameters,
 * conditions (Equals, And, Or, Not, Condition), and Ref, GetAtt, Sub, Join, If, Select, Split,
 * FindInMap, Base64, GetAZs, Cidr, ImportValue and Length. Values come out as Strings, Lists and
 * Maps; {@link #NO_VALUE} marks {@code AWS::NoValue}, which the caller drops.
 */
final class Evaluator {

    /** {@code Ref: AWS::NoValue}: the property is removed. */
    static final Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "AWS::NoValue";
        }
    };

    /** How references to resources resolve; the engine answers from provisioned state. */
    interface Resources {
        Object ref(String logicalId);

        Object getAtt(String logicalId, String attribute);

        default Object importValue(String exportName) {
            throw CfnError.validation("No export named " + exportName + " found.");
        }
    }

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    private final Template template;
    private final Map<String, String> parameters;
    private final Map<String, Object> pseudo;
    private final Resources resources;
    private final Map<String, Boolean> conditions = new HashMap<>();

    Evaluator(Template template, Map<String, String> parameters, Map<String, Object> pseudo, Resources resources) {
        this.template = template;
        this.parameters = parameters;
        this.pseudo = pseudo;
        this.resources = resources;
    }

    /** The value of a named condition (memoized). */
    boolean condition(String name) {
        Boolean known = conditions.get(name);
        if (known == null) {
            Node node = template.conditions().get(name)
                    .orElseThrow(() -> CfnError.validation("Template format error: Unresolved condition " + name));
            known = truth(node);
            conditions.put(name, known);
        }
        return known;
    }

    /** Whether a resource (or output) with this definition exists under the current conditions. */
    boolean included(Node definition) {
        return !(definition instanceof MapNode map) || map.getString("Condition").map(this::condition).orElse(true);
    }

    private boolean truth(Node node) {
        if (node instanceof MapNode map && map.size() == 1) {
            String key = map.keys().iterator().next();
            Node argument = map.get(key).orElseThrow();
            switch (key) {
                case "Fn::Equals" -> {
                    List<Node> args = args(argument, key);
                    return string(value(args.get(0))).equals(string(value(args.get(1))));
                }
                case "Fn::And" -> {
                    return args(argument, key).stream().allMatch(this::truth);
                }
                case "Fn::Or" -> {
                    return args(argument, key).stream().anyMatch(this::truth);
                }
                case "Fn::Not" -> {
                    return !truth(args(argument, key).get(0));
                }
                case "Condition" -> {
                    return condition(((ScalarNode) argument).value());
                }
                default -> { }
            }
        }
        if (node instanceof ScalarNode scalar) {
            return Boolean.parseBoolean(scalar.value());
        }
        throw CfnError.validation("Template error: a condition must be a condition function, not " + node);
    }

    /** The resolved value of a template node. */
    Object value(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.value();
        }
        if (node instanceof ListNode list) {
            List<Object> values = new ArrayList<>();
            for (Node item : list.items()) {
                Object value = value(item);
                if (value != NO_VALUE) {
                    values.add(value);
                }
            }
            return values;
        }
        MapNode map = (MapNode) node;
        if (map.size() == 1) {
            String key = map.keys().iterator().next();
            if (key.equals("Ref") || key.startsWith("Fn::")) {
                return function(key, map.get(key).orElseThrow());
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (MapNode.Entry entry : map.entries()) {
            Object value = value(entry.value());
            if (value != NO_VALUE) {
                values.put(entry.key(), value);
            }
        }
        return values;
    }

    private Object function(String name, Node argument) {
        return switch (name) {
            case "Ref" -> ref(string(value(argument)));
            case "Fn::GetAtt" -> {
                List<String> parts = argument instanceof ScalarNode scalar
                        ? List.of(scalar.value().split("\\.", 2))
                        : args(argument, name).stream().map(n -> string(value(n))).toList();
                yield resources.getAtt(parts.get(0), parts.get(1));
            }
            case "Fn::Sub" -> sub(argument);
            case "Fn::Join" -> {
                List<Node> args = args(argument, name);
                String delimiter = string(value(args.get(0)));
                yield String.join(delimiter, list(value(args.get(1))).stream().map(this::string).toList());
            }
            case "Fn::Select" -> {
                List<Node> args = args(argument, name);
                List<Object> items = list(value(args.get(1)));
                int index = Integer.parseInt(string(value(args.get(0))));
                if (index < 0 || index >= items.size()) {
                    throw CfnError.validation("Template error: Fn::Select cannot select nonexistent value at index " + index);
                }
                yield items.get(index);
            }
            case "Fn::Split" -> {
                List<Node> args = args(argument, name);
                yield new ArrayList<Object>(List.of(string(value(args.get(1)))
                        .split(Pattern.quote(string(value(args.get(0)))), -1)));
            }
            case "Fn::If" -> {
                List<Node> args = args(argument, name);
                yield condition(string(value(args.get(0)))) ? value(args.get(1)) : value(args.get(2));
            }
            case "Fn::FindInMap" -> findInMap(args(argument, name));
            case "Fn::Base64" -> Base64.getEncoder().encodeToString(string(value(argument)).getBytes(StandardCharsets.UTF_8));
            case "Fn::GetAZs" -> {
                String region = string(pseudo.get("AWS::Region"));
                yield new ArrayList<Object>(List.of(region + "a", region + "b", region + "c"));
            }
            case "Fn::Cidr" -> {
                List<Node> args = args(argument, name);
                yield cidr(string(value(args.get(0))), Integer.parseInt(string(value(args.get(1)))),
                        Integer.parseInt(string(value(args.get(2)))));
            }
            case "Fn::ImportValue" -> resources.importValue(string(value(argument)));
            case "Fn::Length" -> String.valueOf(list(value(argument)).size());
            default -> throw CfnError.validation("Template error: the local endpoint does not evaluate " + name);
        };
    }

    private Object ref(String name) {
        if (pseudo.containsKey(name)) {
            return pseudo.get(name);
        }
        if (name.equals("AWS::NoValue")) {
            return NO_VALUE;
        }
        if (parameters.containsKey(name)) {
            String value = parameters.get(name);
            String type = template.parameters().getMap(name).flatMap(p -> p.getString("Type")).orElse("String");
            if (type.startsWith("List<") || type.equals("CommaDelimitedList")) {
                return new ArrayList<Object>(value.isEmpty() ? List.of() : List.of(value.split("\\s*,\\s*", -1)));
            }
            return value;
        }
        return resources.ref(name);
    }

    private Object sub(Node argument) {
        String text;
        Map<String, Object> variables = new HashMap<>();
        if (argument instanceof ListNode list) {
            text = string(value(list.get(0)));
            if (list.size() > 1 && list.get(1) instanceof MapNode map) {
                map.entries().forEach(e -> variables.put(e.key(), value(e.value())));
            }
        } else {
            text = string(value(argument));
        }
        Matcher matcher = SUB_VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String variable = matcher.group(1).trim();
            String replacement;
            if (variable.startsWith("!")) {
                replacement = "${" + variable.substring(1) + "}";
            } else if (variables.containsKey(variable)) {
                replacement = string(variables.get(variable));
            } else if (variable.contains(".") && !pseudo.containsKey(variable)) {
                String[] parts = variable.split("\\.", 2);
                replacement = string(resources.getAtt(parts[0], parts[1]));
            } else {
                replacement = string(ref(variable));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private Object findInMap(List<Node> args) {
        String mapName = string(value(args.get(0)));
        String top = string(value(args.get(1)));
        String second = string(value(args.get(2)));
        return template.mappings().getMap(mapName)
                .flatMap(m -> m.getMap(top))
                .flatMap(m -> m.get(second))
                .map(this::value)
                .orElseThrow(() -> CfnError.validation("Template error: Unable to get mapping for "
                        + mapName + "::" + top + "::" + second));
    }

    private static List<Object> cidr(String block, int count, int bits) {
        String[] parts = block.split("/");
        String[] octets = parts[0].split("\\.");
        long base = 0;
        for (String octet : octets) {
            base = (base << 8) | Long.parseLong(octet);
        }
        List<Object> subnets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long address = base + ((long) i << bits);
            subnets.add(((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "."
                    + (address & 255) + "/" + (32 - bits));
        }
        return subnets;
    }

    private static List<Node> args(Node argument, String function) {
        if (argument instanceof ListNode list) {
            return list.items();
        }
        throw CfnError.validation("Template error: " + function + " needs a list of arguments");
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw CfnError.validation("Template error: expected a list, got " + value);
    }

    /** A value as the string CloudFormation would see (lists joined with commas). */
    String string(Object value) {
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(this::string).toList());
        }
        return String.valueOf(value);
    }
}
