package dev.collabinfra.template;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A parsed CloudFormation template: where it came from, its text, and its root mapping with a
 * position on every node.
 */
public final class Template {

    /** The format the file was written in. */
    public enum Format {
        YAML,
        JSON
    }

    private final Path file;
    private final String text;
    private final Format format;
    private final MapNode root;
    private volatile LineIndex lines;
    private volatile MapNode empty;

    public Template(Path file, String text, Format format, MapNode root) {
        this.file = file;
        this.text = text;
        this.format = format;
        this.root = root;
    }

    public Path file() {
        return file;
    }

    /** The source text, as decoded from UTF-8. */
    public String text() {
        return text;
    }

    /** The line and column of a char offset in {@link #text()} (indexed once, on first use). */
    public Position position(int charIndex) {
        LineIndex index = lines;
        if (index == null) {
            index = LineIndex.of(text);
            lines = index;
        }
        return index.position(charIndex);
    }

    /** The number of lines of the text, as {@link #position} counts them. */
    public int lineCount() {
        position(0);
        return lines.lines();
    }

    public Format format() {
        return format;
    }

    public MapNode root() {
        return root;
    }

    /** A top-level section when it is present and a mapping. */
    public Optional<MapNode> section(String name) {
        return root.getMap(name);
    }

    /** A top-level section, or an empty mapping when it is absent or not a mapping. */
    public MapNode sectionOrEmpty(String name) {
        return section(name).orElseGet(this::empty);
    }

    /** One empty mapping for every absent section (the rules ask for Conditions of a template without any hundreds of times). */
    private MapNode empty() {
        MapNode e = empty;
        if (e == null) {
            e = MapNode.empty(root.position());
            empty = e;
        }
        return e;
    }

    public MapNode resources() {
        return sectionOrEmpty("Resources");
    }

    public MapNode parameters() {
        return sectionOrEmpty("Parameters");
    }

    public MapNode conditions() {
        return sectionOrEmpty("Conditions");
    }

    public MapNode mappings() {
        return sectionOrEmpty("Mappings");
    }

    public MapNode outputs() {
        return sectionOrEmpty("Outputs");
    }

    /** The {@code Type} of a resource, when the resource is a mapping with a scalar type. */
    public Optional<String> resourceType(String logicalId) {
        return resources().getMap(logicalId).flatMap(r -> r.getString("Type"));
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
