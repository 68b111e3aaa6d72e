package dev.collabinfra.lint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a node sits in a template, as the keys and list indexes leading to it
 * ({@code Resources/Bucket/Properties/Tags/0/Value}). Rules use it to tell a resource property from
 * a Metadata block, or to see whether a string sits under {@code Fn::Sub}.
 */
public final class NodePath {

    /** The template root. */
    public static final NodePath ROOT = new NodePath(List.of());

    private final List<String> segments;

    private NodePath(List<String> segments) {
        this.segments = segments;
    }

    /** The path of a child under a mapping key or list index. */
    public NodePath child(String segment) {
        List<String> next = new ArrayList<>(segments.size() + 1);
        next.addAll(segments);
        next.add(segment);
        return new NodePath(Collections.unmodifiableList(next));
    }

    public List<String> segments() {
        return segments;
    }

    /** The segment at {@code index}, or null when the path is shorter. */
    public String segment(int index) {
        return index < segments.size() ? segments.get(index) : null;
    }

    /** The top-level section the node is in ({@code Resources}, {@code Outputs}, ...), or null at the root. */
    public String section() {
        return segment(0);
    }

    /** True when any segment equals {@code name}. */
    public boolean contains(String name) {
        return segments.contains(name);
    }

    public int depth() {
        return segments.size();
    }

    @Override
    public String toString() {
        return String.join("/", segments);
    }
}
