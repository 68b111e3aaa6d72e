package dev.collabinfra.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A mapping (YAML) or object (JSON), in source order. Keys are unique: the parser reports
 * duplicates and keeps the last one, as CloudFormation does.
 */
public final class MapNode implements Node {

    /** One key and its value; the key keeps its own position. */
    public record Entry(String key, Position keyPosition, Node value) {}

    private final Map<String, Entry> entries;
    /** The entries again as a list: the rules iterate far more often than they look up. */
    private final List<Entry> ordered;
    private final Position position;
    private final int startIndex;
    private final int endIndex;
    private final boolean shortForm;

    public MapNode(List<Entry> entries, Position position, int startIndex, int endIndex) {
        this(entries, position, startIndex, endIndex, false);
    }

    /**
     * @param shortForm true when the parser made this map from a YAML short-form tag
     *     ({@code !Ref X} becomes {@code {Ref: X}})
     */
    public MapNode(List<Entry> entries, Position position, int startIndex, int endIndex, boolean shortForm) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        for (Entry entry : entries) {
            byKey.remove(entry.key());
            byKey.put(entry.key(), entry);
        }
        this.entries = Collections.unmodifiableMap(byKey);
        this.ordered = List.copyOf(byKey.values());
        this.position = position;
        this.startIndex = startIndex;
        this.endIndex = endIndex;
        this.shortForm = shortForm;
    }

    /** An empty map at the given position, for absent sections. */
    public static MapNode empty(Position position) {
        return new MapNode(List.of(), position, 0, 0);
    }

    public Optional<Node> get(String key) {
        Entry entry = entries.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The value under {@code key} when it is a map. */
    public Optional<MapNode> getMap(String key) {
        return get(key).filter(MapNode.class::isInstance).map(MapNode.class::cast);
    }

    /** The value under {@code key} when it is a scalar. */
    public Optional<ScalarNode> getScalar(String key) {
        return get(key).filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast);
    }

    /** The string value under {@code key} when it is a scalar. */
    public Optional<String> getString(String key) {
        return getScalar(key).map(ScalarNode::value);
    }

    public boolean containsKey(String key) {
        return entries.containsKey(key);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    /** The entries in source order (an immutable list). */
    public List<Entry> entries() {
        return ordered;
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** True when the parser made this map from a YAML short-form tag. */
    public boolean isShortForm() {
        return shortForm;
    }

    @Override
    public Position position() {
        return position;
    }

    @Override
    public int startIndex() {
        return startIndex;
    }

    @Override
    public int endIndex() {
        return endIndex;
    }

    @Override
    public String toString() {
        return entries.keySet().toString();
    }
}
