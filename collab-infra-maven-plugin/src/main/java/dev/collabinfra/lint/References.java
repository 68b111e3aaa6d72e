package dev.collabinfra.lint;

import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every place a subtree names a parameter, resource or pseudo parameter: {@code Ref},
 * {@code Fn::GetAtt} and the {@code ${...}} variables of {@code Fn::Sub} (minus the Sub map's own
 * variables, whose values are searched in turn), each with the conditions known where it sits.
 * Dependency, usage, existence and condition rules all read references through this one class so
 * they agree on what counts; the {@code ${...}} variables come from {@link SubString}, the one scan
 * of a Sub string.
 */
public final class References {

    /** Prefix of a condition known to be false (the reference sits in the false branch of an Fn::If). */
    public static final String NOT = "!";

    /** How a reference was written. */
    public enum Kind {
        REF,
        GETATT,
        SUB
    }

    /**
     * One reference.
     *
     * @param kind how it was written
     * @param target the logical id or pseudo parameter named
     * @param attribute the attribute for GetAtt and {@code ${Res.Attr}}, else null (also when computed)
     * @param node the node holding the name (the Ref's scalar, the GetAtt's resource, the Sub string)
     * @param call the function call the reference is part of ({@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub})
     * @param path where {@code node} is
     * @param conditions the first argument of every enclosing {@code Fn::If}: plain in its true branch,
     *     prefixed with {@link #NOT} in its false branch
     */
    public record Reference(Kind kind, String target, String attribute, Node node, MapNode call, NodePath path,
            Set<String> conditions) {

        /** How the template spells it, for messages. */
        public String spelled() {
            String name = attribute == null ? target : target + "." + attribute;
            return switch (kind) {
                case SUB -> "${" + name + "}";
                case GETATT -> "!GetAtt " + name;
                case REF -> "!Ref " + name;
            };
        }
    }

    private final List<Reference> found = new ArrayList<>();
    private final Deque<String> conditions = new ArrayDeque<>();

    private References() {}

    /** The references in {@code subtree}, in source order; {@code path} is where the subtree sits. */
    public static List<Reference> collect(Node subtree, NodePath path) {
        References references = new References();
        references.visit(subtree, path);
        return references.found;
    }

    /** The names referenced in {@code subtree}, whatever the kind. */
    public static Set<String> targets(Node subtree) {
        Set<String> names = new LinkedHashSet<>();
        for (Reference reference : collect(subtree, NodePath.ROOT)) {
            names.add(reference.target());
        }
        return names;
    }

    private void visit(Node node, NodePath at) {
        String function = Intrinsics.functionName(node).orElse(null);
        if (function != null && call((MapNode) node, function, Intrinsics.argument((MapNode) node), at.child(function))) {
            return;
        }
        if (node instanceof MapNode map) {
            for (MapNode.Entry entry : map.entries()) {
                visit(entry.value(), at.child(entry.key()));
            }
        } else if (node instanceof ListNode list) {
            for (int i = 0; i < list.size(); i++) {
                visit(list.get(i), at.child(Integer.toString(i)));
            }
        }
    }

    /** Handles a function call; false when its argument is to be searched like any other value. */
    private boolean call(MapNode call, String function, Node argument, NodePath inner) {
        switch (function) {
            case "Ref" -> {
                if (argument instanceof ScalarNode scalar) {
                    emit(Kind.REF, scalar.value(), null, scalar, call, inner);
                    return true;
                }
                return false;
            }
            case "Fn::GetAtt" -> {
                return getAtt(call, argument, inner);
            }
            case "Fn::Sub" -> {
                return sub(call, argument, inner);
            }
            case "Fn::If" -> {
                if (argument instanceof ListNode args && args.size() == 3 && args.get(0) instanceof ScalarNode condition) {
                    conditions.push(condition.value());
                    visit(args.get(1), inner.child("1"));
                    conditions.pop();
                    conditions.push(NOT + condition.value());
                    visit(args.get(2), inner.child("2"));
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

    private boolean getAtt(MapNode call, Node argument, NodePath inner) {
        if (argument instanceof ScalarNode scalar) {
            String text = scalar.value();
            int dot = text.indexOf('.');
            emit(Kind.GETATT, dot < 0 ? text : text.substring(0, dot), dot < 0 ? null : text.substring(dot + 1), scalar, call, inner);
            return true;
        }
        if (argument instanceof ListNode list && !list.items().isEmpty() && list.get(0) instanceof ScalarNode first) {
            String attribute = list.size() > 1 && list.get(1) instanceof ScalarNode a ? a.value() : null;
            emit(Kind.GETATT, first.value(), attribute, first, call, inner);
            for (int i = 1; i < list.size(); i++) {
                visit(list.get(i), inner.child(Integer.toString(i)));
            }
            return true;
        }
        return false;
    }

    private boolean sub(MapNode call, Node argument, NodePath inner) {
        ScalarNode string = null;
        Set<String> local = Set.of();
        if (argument instanceof ScalarNode scalar) {
            string = scalar;
        } else if (argument instanceof ListNode list && !list.items().isEmpty()) {
            if (list.get(0) instanceof ScalarNode scalar) {
                string = scalar;
            }
            if (list.size() > 1 && list.get(1) instanceof MapNode variables) {
                local = variables.keys();
                for (MapNode.Entry entry : variables.entries()) {
                    visit(entry.value(), inner.child("1").child(entry.key()));
                }
            }
        }
        if (string == null) {
            return false;
        }
        for (SubString.Variable variable : SubString.variables(string.value())) {
            String name = variable.name().strip();
            int dot = name.indexOf('.');
            String target = dot < 0 ? name : name.substring(0, dot);
            if (!name.isEmpty() && !local.contains(name) && !local.contains(target)) {
                emit(Kind.SUB, target, dot < 0 ? null : name.substring(dot + 1), string, call, inner.child("0"));
            }
        }
        return true;
    }

    private void emit(Kind kind, String target, String attribute, Node node, MapNode call, NodePath path) {
        found.add(new Reference(kind, target, attribute, node, call, path, Set.copyOf(conditions)));
    }
}
