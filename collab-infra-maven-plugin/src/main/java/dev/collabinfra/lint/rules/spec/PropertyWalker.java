package dev.collabinfra.lint.rules.spec;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.rules.nested.NestedStacks;
import dev.collabinfra.lint.rules.spec.SpecScope.SpecResource;
import dev.collabinfra.spec.PropertySpec;
import dev.collabinfra.spec.PropertyTypeSpec;
import dev.collabinfra.spec.ResourceSpecification;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.ScalarKind;
import dev.collabinfra.template.ScalarNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Walks every resource's properties alongside the specification and tells a visitor what it
 * meets. Values computed by intrinsic functions are not walked (their value is unknown), except
 * {@code Fn::If}, whose two branches are each walked as if they stood there.
 */
final class PropertyWalker {

    /** What the walk reports; each rule listens to the part it checks. */
    interface Visitor {
        /**
         * An object checked against a property list.
         *
         * @param where a readable description: {@code resource 'Bucket' (AWS::S3::Bucket)} or
         *     {@code 'LifecycleConfiguration.Rules[0]' (AWS::S3::Bucket.Rule) in resource 'Bucket'}
         * @param at the object, the resource's Properties key, or its logical id when it has no Properties
         */
        default void object(String where, Position at, MapNode value, Map<String, PropertySpec> properties) {}

        /** A value that is not the shape the spec wants (expected: "a list", "a mapping", "an object", "a String"). */
        default void wrongShape(String path, String resourceId, Node value, String expected) {}

        /** A scalar where the spec wants a primitive. */
        default void primitive(String path, String resourceId, ScalarNode value, String primitiveType) {}

        /**
         * A function call where the spec wants a list ({@code list} true) or a single primitive
         * value ({@code list} false); the visitor judges what the call returns.
         */
        default void function(String path, String resourceId, Node call, boolean list) {}
    }

    private final ResourceSpecification spec;
    private final Visitor visitor;
    private String resourceId;

    private PropertyWalker(ResourceSpecification spec, Visitor visitor) {
        this.spec = spec;
        this.visitor = visitor;
    }

    static void walk(LintContext ctx, Visitor visitor) {
        List<SpecResource> resources = SpecScope.resources(ctx);
        if (resources.isEmpty()) {
            return;
        }
        PropertyWalker walker = new PropertyWalker(ctx.services().specification(), visitor);
        for (SpecResource resource : resources) {
            walker.resource(resource);
        }
    }

    private void resource(SpecResource r) {
        resourceId = r.logicalId();
        String where = "resource '" + r.logicalId() + "' (" + r.type().name() + ")";
        Optional<Node> properties = r.resource().get("Properties");
        if (properties.isEmpty()) {
            visitor.object(where, r.entry().keyPosition(), MapNode.empty(r.entry().keyPosition()), r.type().properties());
            return;
        }
        Position at = r.resource().entry("Properties").orElseThrow().keyPosition();
        properties(where, "", r.type().name(), properties.get(), r.type().properties(), at);
    }

    /** An object value (Properties, or a property type's value). */
    private void properties(String where, String path, String owner, Node node, Map<String, PropertySpec> props, Position at) {
        if (branches(node, branch -> properties(where, path, owner, branch, props, branch.position()))) {
            return;
        }
        if (!(node instanceof MapNode map) || Intrinsics.isFunction(node)) {
            return;
        }
        if (map.containsKey("Fn::Transform")) {
            return; // AWS::Include and macros fill this object in at deploy time
        }
        visitor.object(where, at, map, props);
        for (MapNode.Entry entry : map.entries()) {
            PropertySpec p = props.get(entry.key());
            if (p != null && !(path.isEmpty() && owner.equals(NestedStacks.STACK_TYPE) && entry.key().equals("Parameters"))) {
                // a nested stack's Parameters belong to E3906, whose message explains how to pass lists
                value(join(path, entry.key()), owner, entry.value(), p);
            }
        }
    }

    /** A property value against its specification. */
    private void value(String path, String owner, Node node, PropertySpec p) {
        if (SpecScope.isNoValue(node) || branches(node, branch -> value(path, owner, branch, p))) {
            return;
        }
        if (p.polymorphic()) {
            return;
        }
        if (Intrinsics.isFunction(node)) {
            if (p.primitiveType() != null && !p.primitiveType().equals("Json")) {
                visitor.function(path, resourceId, node, false);
            } else if (p.isList()) {
                visitor.function(path, resourceId, node, true);
            }
            return;
        }
        if (p.primitiveType() != null) {
            primitive(path, node, p.primitiveType());
        } else if (p.isList()) {
            if (node instanceof ListNode list) {
                for (int i = 0; i < list.size(); i++) {
                    item(path + "[" + i + "]", owner, list.get(i), p);
                }
            } else if (!isNull(node)) {
                visitor.wrongShape(path, resourceId, node, "a list");
            }
        } else if (p.isMap()) {
            if (node instanceof MapNode map) {
                for (MapNode.Entry entry : map.entries()) {
                    item(path + "." + entry.key(), owner, entry.value(), p);
                }
            } else if (!isNull(node)) {
                visitor.wrongShape(path, resourceId, node, "a mapping");
            }
        } else if (p.type() != null) {
            typed(path, owner, node, p.type());
        }
    }

    /** A list item or map value. */
    private void item(String path, String owner, Node node, PropertySpec p) {
        if (SpecScope.isNoValue(node) || branches(node, branch -> item(path, owner, branch, p))) {
            return;
        }
        if (Intrinsics.isFunction(node)) {
            if (p.primitiveItemType() != null && !p.primitiveItemType().equals("Json") && p.isList()) {
                visitor.function(path, resourceId, node, false);
            }
            return;
        }
        if (p.primitiveItemType() != null) {
            primitive(path, node, p.primitiveItemType());
        } else if (p.itemType() != null) {
            typed(path, owner, node, p.itemType());
        }
    }

    /** A value of a named property type. */
    private void typed(String path, String owner, Node node, String typeName) {
        Optional<PropertyTypeSpec> type = spec.propertyTypeFor(owner, typeName);
        if (type.isEmpty()) {
            return; // the spec names a type it does not define: nothing to check against
        }
        PropertyTypeSpec t = type.get();
        if (!t.isObject()) {
            value(path, t.name(), node, t.self());
            return;
        }
        if (node instanceof MapNode) {
            String where = "'" + path + "' (" + t.name() + ") in resource '" + resourceId + "'";
            properties(where, path, t.name(), node, t.properties(), node.position());
        } else if (!isNull(node)) {
            visitor.wrongShape(path, resourceId, node, "an object (" + t.name() + ")");
        }
    }

    private void primitive(String path, Node node, String primitiveType) {
        if (primitiveType.equals("Json")) {
            return; // any JSON value, and CloudFormation also takes the JSON as a string
        }
        if (node instanceof ScalarNode scalar) {
            visitor.primitive(path, resourceId, scalar, primitiveType);
        } else {
            visitor.wrongShape(path, resourceId, node, "a " + primitiveType);
        }
    }

    /** Walks both branches of an {@code Fn::If}; true when the node was one. */
    private static boolean branches(Node node, Consumer<Node> walk) {
        if (node instanceof MapNode map && map.size() == 1 && map.containsKey("Fn::If")
                && map.get("Fn::If").get() instanceof ListNode args && args.size() == 3) {
            for (int i = 1; i < 3; i++) {
                if (!SpecScope.isNoValue(args.get(i))) {
                    walk.accept(args.get(i));
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.kind() == ScalarKind.NULL;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
