package dev.collabinfra.lint.rules.support;

import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.ScalarKind;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Small readers the rules share: resources of a type, literal values, Ref targets. A value that is
 * an intrinsic function is "unknown" (empty), and rules treat unknown as "not a finding".
 */
public final class Resources {

    /** A resource of the template with its logical id, where its id is written, and its Properties. */
    public record Resource(String logicalId, Position idPosition, MapNode node, MapNode properties) {}

    private Resources() {}

    /** Resources whose Type is one of {@code types}, in template order; Properties empty when absent. */
    public static List<Resource> ofType(Template template, String... types) {
        Set<String> wanted = Set.of(types);
        List<Resource> out = new ArrayList<>();
        for (MapNode.Entry entry : template.resources().entries()) {
            if (entry.value() instanceof MapNode resource
                    && resource.getString("Type").filter(wanted::contains).isPresent()) {
                MapNode properties = resource.getMap("Properties").orElseGet(() -> MapNode.empty(entry.keyPosition()));
                out.add(new Resource(entry.key(), entry.keyPosition(), resource, properties));
            }
        }
        return out;
    }

    /** The string of a scalar; empty for functions, lists and maps. */
    public static Optional<String> literal(Node node) {
        return node instanceof ScalarNode scalar ? Optional.of(scalar.value()) : Optional.empty();
    }

    /** The string under {@code key} when it is a scalar. */
    public static Optional<String> literal(MapNode map, String key) {
        return map.get(key).flatMap(Resources::literal);
    }

    /** True, false, or empty when the value is missing or a function (so unknown). */
    public static Optional<Boolean> bool(MapNode map, String key) {
        return literal(map, key).map(v -> v.equalsIgnoreCase("true"));
    }

    /** True when the key is absent or literally not true; false when true or a function. */
    public static boolean notTrue(MapNode map, String key) {
        Optional<Node> value = map.get(key);
        if (value.isEmpty()) {
            return true;
        }
        return value.get() instanceof ScalarNode scalar && !scalar.value().equalsIgnoreCase("true");
    }

    /** The name in {@code {Ref: Name}}. */
    public static Optional<String> refTarget(Node node) {
        if (node instanceof MapNode map && Intrinsics.functionName(map).filter("Ref"::equals).isPresent()) {
            return literal(Intrinsics.argument(map));
        }
        return Optional.empty();
    }

    /** True when the node calls an intrinsic function (its value is decided at deploy time). */
    public static boolean isFunction(Node node) {
        return Intrinsics.isFunction(node);
    }

    /** The items of a list, or the node itself when it is a single value. */
    public static List<Node> items(Node node) {
        return node instanceof ListNode list ? list.items() : List.of(node);
    }

    /** True when the scalar was a plain string (not a number, boolean or null). */
    public static boolean isString(Node node) {
        return node instanceof ScalarNode scalar && scalar.kind() == ScalarKind.STRING;
    }

    /** A parameter of the template when its NoEcho is true. */
    public static boolean isNoEcho(Template template, String parameter) {
        return template.parameters().getMap(parameter).flatMap(p -> bool(p, "NoEcho")).orElse(false);
    }
}
