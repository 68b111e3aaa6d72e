package dev.collabinfra.lint.rules.schema;

import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarKind;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The values CloudFormation would see where a template has an intrinsic function, when the
 * template alone decides them: a {@code Ref} to a String or Number parameter (its
 * {@code AllowedValues} and {@code Default}), {@code Fn::FindInMap} (the mapping's values for
 * literal keys, every value for a key computed at deploy time), {@code Fn::Sub} without variables.
 * Everything else is undecided: no candidates, and so no finding.
 */
final class Candidates {

    /** A value the function may produce, and how it got there (for the message). */
    record Candidate(Node value, String via) {

        /** A parameter's Default is only used when the deploy passes no value: a warning, not an error. */
        boolean isDefault() {
            return via.endsWith(" Default");
        }
    }

    private static final Set<String> PLAIN_PARAMETER_TYPES = Set.of("String", "Number");

    private final Template template;

    Candidates(Template template) {
        this.template = template;
    }

    /** The values, or empty when the template does not decide them. */
    List<Candidate> of(MapNode function) {
        Optional<String> name = Intrinsics.functionName(function);
        if (name.isEmpty()) {
            return List.of();
        }
        Node arg = Intrinsics.argument(function);
        return switch (name.get()) {
            case "Ref" -> ref(arg);
            case "Fn::FindInMap" -> findInMap(arg);
            case "Fn::Sub" -> sub(arg);
            default -> List.of();
        };
    }

    private List<Candidate> ref(Node arg) {
        if (!(arg instanceof ScalarNode target)) {
            return List.of();
        }
        Optional<MapNode> parameter = template.parameters().getMap(target.value());
        if (parameter.isEmpty() || !parameter.get().getString("Type").filter(PLAIN_PARAMETER_TYPES::contains).isPresent()) {
            return List.of();
        }
        List<Candidate> values = new ArrayList<>();
        String p = "parameter '" + target.value() + "'";
        parameter.get().get("AllowedValues").ifPresent(allowed -> {
            if (allowed instanceof ListNode list) {
                for (Node item : list.items()) {
                    if (item instanceof ScalarNode) {
                        values.add(new Candidate(item, p + " AllowedValues"));
                    }
                }
            }
        });
        // an empty Default is the usual "not given" marker that a condition tests before the Ref is used
        parameter.get().get("Default").filter(d -> d instanceof ScalarNode s && !s.value().isEmpty())
                .ifPresent(d -> values.add(new Candidate(d, p + " Default")));
        return values;
    }

    private List<Candidate> findInMap(Node arg) {
        if (!(arg instanceof ListNode args) || args.size() != 3 || !(args.get(0) instanceof ScalarNode mapName)) {
            return List.of();
        }
        Optional<MapNode> mapping = template.mappings().getMap(mapName.value());
        if (mapping.isEmpty()) {
            return List.of();
        }
        List<Candidate> values = new ArrayList<>();
        for (MapNode.Entry top : entries(mapping.get(), args.get(1))) {
            if (!(top.value() instanceof MapNode second)) {
                continue;
            }
            for (MapNode.Entry leaf : entries(second, args.get(2))) {
                if (!Intrinsics.isFunction(leaf.value())) {
                    values.add(new Candidate(leaf.value(), "Fn::FindInMap " + mapName.value() + "/" + top.key() + "/" + leaf.key()));
                }
            }
        }
        return values;
    }

    /**
     * The entry a literal key names. A key computed at deploy time (AWS::Region, a parameter)
     * gives nothing: mappings commonly hold placeholders such as NOT_SUPPORTED for keys a
     * condition never selects, so judging every entry would report values CloudFormation never sees.
     */
    private static List<MapNode.Entry> entries(MapNode map, Node key) {
        if (key instanceof ScalarNode literal) {
            return map.entry(literal.value()).map(List::of).orElse(List.of());
        }
        return List.of();
    }

    private static List<Candidate> sub(Node arg) {
        Node text = arg;
        if (arg instanceof ListNode list && list.size() == 2) {
            text = list.get(0);
        }
        if (!(text instanceof ScalarNode scalar) || hasVariable(scalar.value())) {
            return List.of();
        }
        String literal = scalar.value().replace("${!", "${");
        ScalarNode value = new ScalarNode(literal, ScalarKind.STRING, false, scalar.position(), scalar.startIndex(), scalar.endIndex());
        return List.of(new Candidate(value, "Fn::Sub"));
    }

    private static boolean hasVariable(String text) {
        int at = text.indexOf("${");
        while (at >= 0) {
            if (at + 2 >= text.length() || text.charAt(at + 2) != '!') {
                return true;
            }
            at = text.indexOf("${", at + 2);
        }
        return false;
    }
}
