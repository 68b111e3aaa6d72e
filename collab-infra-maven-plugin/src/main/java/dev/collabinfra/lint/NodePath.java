package dev.collabinfra.lint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a node sits in a template, as the keys and list indexes leading to it
 * ({@code Resources/Bucket/Properties/Tags/0/Value}). Rules use it to tell a resource property from
 * a Metadata block, or to see whether a string sits under {@code Fn::Sub}.
 *
 * <p>A path is a parent pointer plus one segment, so a walk makes each child's path in constant
 * time; the full list is built only when asked for.
 */
public final class NodePath {

    /** The template root. */
    public static final NodePath ROOT = new NodePath(null, null, 0);

    private final NodePath parent;
    private final String last;
    private final int depth;

    private NodePath(NodePath parent, String last, int depth) {
        this.parent = parent;
        this.last = last;
        this.depth = depth;
    }

    /** The path of a child under a mapping key or list index. */
    public NodePath child(String segment) {
        return new NodePath(this, segment, depth + 1);
    }

    /** The segments from the root. */
    public List<String> segments() {
        List<String> segments = new ArrayList<>(depth);
        for (NodePath p = this; p.depth > 0; p = p.parent) {
            segments.add(p.last);
        }
        Collections.reverse(segments);
        return segments;
    }

    /** The segment at {@code index} (0 is the section), or null when the path is shorter. */
    public String segment(int index) {
        if (index < 0 || index >= depth) {
            return null;
        }
        NodePath p = this;
        while (p.depth > index + 1) {
            p = p.parent;
        }
        return p.last;
    }

    /** The last segment, or null at the root. */
    public String last() {
        return last;
    }

    /** The top-level section the node is in ({@code Resources}, {@code Outputs}, ...), or null at the root. */
    public String section() {
        return segment(0);
    }

    /** True when any segment equals {@code name}. */
    public boolean contains(String name) {
        for (NodePath p = this; p.depth > 0; p = p.parent) {
            if (p.last.equals(name)) {
                return true;
            }
        }
        return false;
    }

    public int depth() {
        return depth;
    }

    @Override
    public String toString() {
        return String.join("/", segments());
    }
}
