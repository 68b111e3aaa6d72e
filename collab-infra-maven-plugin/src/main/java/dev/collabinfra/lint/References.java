package dev.collabinfra.lint;

import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every place a subtree names a parameter, resource or pseudo parameter: {@code Ref},
 * {@code Fn::GetAtt} and the {@code ${...}} variables of {@code Fn::Sub} (minus the Sub map's own
 * variables, whose values are searched in turn). Dependency, usage and existence rules all read
 * references through this one class so they agree on what counts.
 */
public final class References {

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
     * @param attribute the attribute for GetAtt and {@code ${Res.Attr}}, else null
     * @param node the node holding the name (the Ref's scalar, the GetAtt, the Sub string)
     * @param path where that node is
     */
    public record Reference(Kind kind, String target, String attribute, Node node, NodePath path) {}

    private References() {}

    /** The references in {@code subtree}. */
    public static List<Reference> collect(Node subtree, NodePath path) {
        List<Reference> found = new ArrayList<>();
        TemplateWalker.walk(subtree, path, (node, at) -> visit(node, at, found));
        return found;
    }

    /** The names referenced in {@code subtree}, whatever the kind. */
    public static Set<String> targets(Node subtree) {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (Reference reference : collect(subtree, NodePath.ROOT)) {
            names.add(reference.target());
        }
        return names;
    }

    private static boolean visit(Node node, NodePath at, List<Reference> found) {
        String function = Intrinsics.functionName(node).orElse(null);
        if (function == null) {
            return true;
        }
        Node argument = Intrinsics.argument((MapNode) node);
        NodePath inner = at.child(function);
        switch (function) {
            case "Ref" -> {
                if (argument instanceof ScalarNode scalar) {
                    found.add(new Reference(Kind.REF, scalar.value(), null, scalar, inner));
                    return false;
                }
                return true;
            }
            case "Fn::GetAtt" -> {
                if (argument instanceof ScalarNode scalar) {
                    String text = scalar.value();
                    int dot = text.indexOf('.');
                    found.add(new Reference(Kind.GETATT, dot < 0 ? text : text.substring(0, dot),
                            dot < 0 ? null : text.substring(dot + 1), scalar, inner));
                    return false;
                }
                if (argument instanceof ListNode list && !list.items().isEmpty() && list.get(0) instanceof ScalarNode first) {
                    String attribute = list.size() > 1 && list.get(1) instanceof ScalarNode a ? a.value() : null;
                    found.add(new Reference(Kind.GETATT, first.value(), attribute, first, inner));
                    for (int i = 1; i < list.size(); i++) {
                        found.addAll(collect(list.get(i), inner.child(Integer.toString(i))));
                    }
                    return false;
                }
                return true;
            }
            case "Fn::Sub" -> {
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
                        found.addAll(collect(variables, inner.child("1")));
                    }
                }
                if (string == null) {
                    return true;
                }
                for (SubString.Variable variable : SubString.variables(string.value())) {
                    if (!local.contains(variable.reference())) {
                        found.add(new Reference(Kind.SUB, variable.target(), variable.attribute(), string, inner.child("0")));
                    }
                }
                return false;
            }
            default -> {
                return true;
            }
        }
    }
}
