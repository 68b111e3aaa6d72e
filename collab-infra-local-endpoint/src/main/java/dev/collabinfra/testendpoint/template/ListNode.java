package dev.collabinfra.testendpoint.template;

import java.util.List;

/** A sequence (YAML) or array (JSON). */
public record ListNode(List<Node> items) implements Node {

    public ListNode {
        items = List.copyOf(items);
    }

    public int size() {
        return items.size();
    }

    public Node get(int index) {
        return items.get(index);
    }
}
