package dev.collabinfra.testendpoint.template;

import java.util.Optional;

/** A template the local endpoint accepted: its top-level mapping and the sections it reads. */
public final class Template {

    private final MapNode root;

    public Template(MapNode root) {
        this.root = root;
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
        return section(name).orElseGet(MapNode::empty);
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
}
