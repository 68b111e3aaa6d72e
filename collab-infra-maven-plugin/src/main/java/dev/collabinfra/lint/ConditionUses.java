package dev.collabinfra.lint;

import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * Every place a template names a condition: a resource's or output's {@code Condition}
 * attribute, the first argument of {@code Fn::If}, and the {@code Condition} function inside
 * the Conditions section. Existence, usage and cycle rules share it.
 */
public final class ConditionUses {

    /** Where the name was written. */
    public enum Kind {
        RESOURCE_ATTRIBUTE,
        OUTPUT_ATTRIBUTE,
        IF,
        CONDITION_FUNCTION
    }

    /**
     * One use.
     *
     * @param owner for a use inside the Conditions section, the condition it is in; else null
     */
    public record Use(Kind kind, String name, ScalarNode node, NodePath path, String owner) {}

    private ConditionUses() {}

    public static List<Use> collect(Template template) {
        List<Use> uses = new ArrayList<>();
        attributes(template.resources(), "Resources", Kind.RESOURCE_ATTRIBUTE, uses);
        attributes(template.outputs(), "Outputs", Kind.OUTPUT_ATTRIBUTE, uses);
        TemplateWalker.walk(template.root(), (node, path) -> {
            if (!(node instanceof MapNode map) || map.size() != 1) {
                return true;
            }
            MapNode.Entry entry = map.entries().iterator().next();
            String owner = "Conditions".equals(path.section()) ? path.segment(1) : null;
            if (entry.key().equals("Fn::If") && entry.value() instanceof ListNode list
                    && !list.items().isEmpty() && list.get(0) instanceof ScalarNode name) {
                uses.add(new Use(Kind.IF, name.value(), name, path.child("Fn::If").child("0"), owner));
            } else if (entry.key().equals("Condition") && entry.value() instanceof ScalarNode name
                    && (owner != null && path.depth() > 2 || map.isShortForm())) {
                uses.add(new Use(Kind.CONDITION_FUNCTION, name.value(), name, path.child("Condition"), owner));
            }
            return true;
        });
        return uses;
    }

    private static void attributes(MapNode section, String sectionName, Kind kind, List<Use> uses) {
        for (MapNode.Entry entry : section.entries()) {
            if (entry.value() instanceof MapNode body && body.get("Condition").orElse(null) instanceof ScalarNode name) {
                uses.add(new Use(kind, name.value(), name,
                        NodePath.ROOT.child(sectionName).child(entry.key()).child("Condition"), null));
            }
        }
    }
}
