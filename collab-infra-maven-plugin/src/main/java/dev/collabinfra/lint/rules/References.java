package dev.collabinfra.lint.rules;

import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the references a value makes to other logical ids ({@code Ref}, {@code Fn::GetAtt} and
 * the {@code ${Name}} / {@code ${Name.Attr}} variables of {@code Fn::Sub}), together with the
 * conditions known where each sits: the first argument of every enclosing {@code Fn::If},
 * plain when the reference is in its true branch, prefixed with {@link #NOT} in its false branch.
 */
final class References {

    /**
     * One reference.
     *
     * @param target the logical id named
     * @param attribute the GetAtt attribute, or null for a Ref (or when it is computed)
     * @param at the node to report at
     * @param kind "Ref", "GetAtt" or "Sub"
     * @param conditions conditions that hold where the reference sits ({@code !Name}: known false)
     */
    record Reference(String target, String attribute, Node at, String kind, Set<String> conditions) {

        /** How the template spells it, for messages. */
        String spelled() {
            String name = attribute == null ? target : target + "." + attribute;
            return switch (kind) {
                case "Sub" -> "${" + name + "}";
                case "GetAtt" -> "!GetAtt " + name;
                default -> "!Ref " + name;
            };
        }
    }

    /** Prefix of a condition known to be false (the reference sits in the false branch of an Fn::If). */
    static final String NOT = "!";


    private final Consumer<Reference> sink;
    private final Deque<String> conditions = new ArrayDeque<>();

    private References(Consumer<Reference> sink) {
        this.sink = sink;
    }

    /** Reports every reference inside {@code node}. */
    static void scan(Node node, Consumer<Reference> sink) {
        new References(sink).visit(node);
    }

    private void visit(Node node) {
        if (node instanceof ListNode list) {
            list.items().forEach(this::visit);
        } else if (node instanceof MapNode map) {
            if (map.size() == 1 && call(map)) {
                return;
            }
            for (MapNode.Entry entry : map.entries()) {
                visit(entry.value());
            }
        }
    }

    /** Handles a one-key map that is a function call; false when it is not one we read. */
    private boolean call(MapNode map) {
        String key = map.keys().iterator().next();
        Node arg = map.get(key).orElseThrow();
        switch (key) {
            case "Ref" -> {
                if (arg instanceof ScalarNode scalar) {
                    emit(scalar.value(), null, map, "Ref");
                }
                return true;
            }
            case "Fn::GetAtt" -> {
                getAtt(map, arg);
                return true;
            }
            case "Fn::Sub" -> {
                sub(map, arg);
                return true;
            }
            case "Fn::If" -> {
                if (arg instanceof ListNode args && args.size() == 3 && args.get(0) instanceof ScalarNode condition) {
                    conditions.push(condition.value());
                    visit(args.get(1));
                    conditions.pop();
                    conditions.push(NOT + condition.value());
                    visit(args.get(2));
                    conditions.pop();
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    private void getAtt(MapNode call, Node arg) {
        if (arg instanceof ListNode list && list.size() == 2 && list.get(0) instanceof ScalarNode resource) {
            String attribute = list.get(1) instanceof ScalarNode a ? a.value() : null;
            emit(resource.value(), attribute, call, "GetAtt");
            visit(list.get(1));
        } else if (arg instanceof ScalarNode scalar) {
            String text = scalar.value();
            int dot = text.indexOf('.');
            if (dot > 0) {
                emit(text.substring(0, dot), text.substring(dot + 1), call, "GetAtt");
            }
        }
    }

    private void sub(MapNode call, Node arg) {
        ScalarNode string = null;
        Set<String> local = new HashSet<>();
        if (arg instanceof ScalarNode scalar) {
            string = scalar;
        } else if (arg instanceof ListNode list && !list.items().isEmpty() && list.get(0) instanceof ScalarNode scalar) {
            string = scalar;
            if (list.size() > 1 && list.get(1) instanceof MapNode variables) {
                local.addAll(variables.keys());
                variables.entries().forEach(e -> visit(e.value()));
            }
        }
        if (string == null) {
            return;
        }
        for (String variable : subVariableNames(string.value())) {
            String name = variable.trim();
            int dot = name.indexOf('.');
            String target = dot < 0 ? name : name.substring(0, dot);
            if (!local.contains(target) && !local.contains(name)) {
                emit(target, dot < 0 ? null : name.substring(dot + 1), call, "Sub");
            }
        }
    }

    private void emit(String target, String attribute, Node at, String kind) {
        sink.accept(new Reference(target, attribute, at, kind, Set.copyOf(conditions)));
    }

    /**
     * The names of {@code ${Name}} variables in a Sub string, exactly as the pattern
     * {@code \$\{([^!}][^}]*)}} finds them, in one linear pass: the pattern on a backtracking
     * engine is quadratic on a string of unclosed {@code ${} (80,000 of them took 36 s).
     */
    static java.util.List<String> subVariableNames(String text) {
        java.util.List<String> names = new java.util.ArrayList<>();
        int from = 0;
        while (true) {
            int start = text.indexOf("${", from);
            if (start < 0 || start + 2 >= text.length()) {
                return names;
            }
            char first = text.charAt(start + 2);
            if (first == '!' || first == '}') {
                from = start + 1;
                continue;
            }
            int end = text.indexOf('}', start + 3);
            if (end < 0) {
                return names; // no '}' after here, so no later '${' can close either
            }
            names.add(text.substring(start + 2, end));
            from = end + 1;
        }
    }
}
