package dev.collabinfra.testendpoint;

import dev.collabinfra.testendpoint.template.MapNode;
import dev.collabinfra.testendpoint.template.ScalarNode;
import dev.collabinfra.testendpoint.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Resolves a stack's parameter values from what was passed, previous values and defaults, with AWS's checks. */
final class Parameters {

    /** One passed parameter; {@code usePrevious} keeps the stack's current value. */
    record Given(String key, String value, boolean usePrevious) {}

    private Parameters() {}

    static List<Given> fromRequest(List<Map<String, String>> members) {
        List<Given> given = new ArrayList<>();
        for (Map<String, String> member : members) {
            given.add(new Given(member.get("ParameterKey"), member.get("ParameterValue"),
                    Boolean.parseBoolean(member.get("UsePreviousValue"))));
        }
        return given;
    }

    /**
     * The values in template order.
     *
     * @param previous the stack's current values, or null for a new stack
     */
    static Map<String, String> resolve(Template template, List<Given> given, Map<String, String> previous) {
        MapNode declared = template.parameters();
        Map<String, Given> byKey = new LinkedHashMap<>();
        Set<String> unknown = new TreeSet<>();
        for (Given g : given) {
            if (!declared.containsKey(g.key())) {
                unknown.add(g.key());
            }
            byKey.put(g.key(), g);
        }
        if (!unknown.isEmpty()) {
            throw CfnError.validation("Parameters: " + unknown + " do not exist in the template");
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (MapNode.Entry entry : declared.entries()) {
            String key = entry.key();
            MapNode definition = entry.value() instanceof MapNode map ? map : MapNode.empty();
            Given g = byKey.get(key);
            String value;
            if (g != null && g.usePrevious()) {
                if (previous == null || !previous.containsKey(key)) {
                    throw CfnError.validation("Invalid input for parameter key " + key
                            + ". Cannot specify usePreviousValue as true for a parameter key not in the previous template");
                }
                value = previous.get(key);
            } else if (g != null && g.value() != null) {
                value = g.value();
            } else {
                value = definition.getString("Default").orElse(null);
            }
            if (value == null) {
                missing.add(key);
                continue;
            }
            check(key, definition, value);
            values.put(key, value);
        }
        if (!missing.isEmpty()) {
            throw CfnError.validation("Parameters: " + missing + " must have values");
        }
        return values;
    }

    private static void check(String key, MapNode definition, String value) {
        String type = definition.getString("Type").orElse("String");
        if (type.equals("Number")) {
            try {
                Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw CfnError.validation("Parameter '" + key + "' must be a number.");
            }
        }
        definition.get("AllowedValues").filter(dev.collabinfra.testendpoint.template.ListNode.class::isInstance).ifPresent(node -> {
            List<String> allowed = ((dev.collabinfra.testendpoint.template.ListNode) node).items().stream()
                    .filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).value()).toList();
            if (!allowed.contains(value)) {
                throw CfnError.validation("Parameter '" + key + "' must be one of AllowedValues");
            }
        });
        definition.getString("AllowedPattern").ifPresent(pattern -> {
            if (!value.matches(pattern)) {
                throw CfnError.validation("Parameter '" + key + "' must match pattern " + pattern);
            }
        });
    }

    /** Names of NoEcho parameters, whose values DescribeStacks masks. */
    static Set<String> noEcho(Template template) {
        Set<String> names = new TreeSet<>();
        for (MapNode.Entry entry : template.parameters().entries()) {
            if (entry.value() instanceof MapNode map
                    && map.getScalar("NoEcho").map(s -> s.value().equalsIgnoreCase("true")).orElse(false)) {
                names.add(entry.key());
            }
        }
        return names;
    }
}
