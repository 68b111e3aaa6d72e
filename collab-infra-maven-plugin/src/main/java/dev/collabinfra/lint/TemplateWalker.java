package dev.collabinfra.lint;

import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;

/**
 * Visits every node of a template (or subtree) depth-first, in source order, with its
 * {@link NodePath}. The one tree walk rules share, so that none re-implements recursion.
 */
public final class TemplateWalker {

    /** Called once per node; return false to skip the node's children. */
    @FunctionalInterface
    public interface Visitor {
        boolean visit(Node node, NodePath path);
    }

    private TemplateWalker() {}

    /** Walks {@code node} and everything below it, starting at {@code path}. */
    public static void walk(Node node, NodePath path, Visitor visitor) {
        if (!visitor.visit(node, path)) {
            return;
        }
        if (node instanceof MapNode map) {
            for (MapNode.Entry entry : map.entries()) {
                walk(entry.value(), path.child(entry.key()), visitor);
            }
        } else if (node instanceof ListNode list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path.child(Integer.toString(i)), visitor);
            }
        }
    }

    /** Walks a whole subtree rooted at the template root. */
    public static void walk(Node root, Visitor visitor) {
        walk(root, NodePath.ROOT, visitor);
    }

    /** Visits every scalar string of a subtree (a convenience for text-scanning rules). */
    public static void scalars(Node node, NodePath path, java.util.function.BiConsumer<ScalarNode, NodePath> consumer) {
        walk(node, path, (n, p) -> {
            if (n instanceof ScalarNode scalar) {
                consumer.accept(scalar, p);
            }
            return true;
        });
    }
}
