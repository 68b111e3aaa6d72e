package dev.collabinfra.lint;

import dev.collabinfra.template.LineIndex;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.Template;

/** Finer positions than a node's start: where a piece of text sits inside a node's source. */
public final class Positions {

    private Positions() {}

    /**
     * Where {@code needle} first appears in the source of {@code node}; the node's own position
     * when it does not appear verbatim (escaped or folded text).
     */
    public static Position of(Template template, Node node, String needle) {
        String text = template.text();
        int end = Math.min(node.endIndex(), text.length());
        if (node.startIndex() >= 0 && node.startIndex() < end) {
            int at = text.indexOf(needle, node.startIndex());
            if (at >= 0 && at + needle.length() <= end) {
                return template.position(at);
            }
        }
        return node.position();
    }

    /** The 1-based line and column of a character index. */
    public static Position at(String text, int index) {
        return LineIndex.of(text).position(index);
    }
}
