package dev.collabinfra.testendpoint.template;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A mapping (YAML) or object (JSON), in source order; a repeated key keeps its last value. */
public final class MapNode implements Node {

    /** One key and its value. */
    public record Entry(String key, Node value) {}

    private final Map<String, Entry> entries;

    public MapNode(Collection<Entry> entries) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        for (Entry entry : entries) {
            byKey.put(entry.key(), entry);
        }
        this.entries = Collections.unmodifiableMap(byKey);
    }

    public static MapNode empty() {
        return new MapNode(java.util.List.of());
    }

    public Optional<Node> get(String key) {
        return Optional.ofNullable(entries.get(key)).map(Entry::value);
    }

    public Optional<MapNode> getMap(String key) {
        return get(key).filter(MapNode.class::isInstance).map(MapNode.class::cast);
    }

    public Optional<ScalarNode> getScalar(String key) {
        return get(key).filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast);
    }

    public Optional<String> getString(String key) {
        return getScalar(key).map(ScalarNode::value);
    }

    public boolean containsKey(String key) {
        return entries.containsKey(key);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public Collection<Entry> entries() {
        return entries.values();
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public String toString() {
        return entries.keySet().toString();
    }
}
