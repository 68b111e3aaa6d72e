package dev.collabinfra.lint.rules.support;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.spec.ResourceSchema;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a value is, once CloudFormation has resolved it, a single string or a list: a literal,
 * a {@code Ref} to a parameter (by its Type), a resource or pseudo parameter, a {@code Fn::GetAtt}
 * (by the attribute's type in the registry schema), or a function whose result is always one or
 * the other ({@code Fn::Join} a string, {@code Fn::Split} a list). What cannot be known is
 * {@link Kind#UNKNOWN} and never a finding.
 */
public final class ValueKinds {

    /** What a value resolves to. */
    public enum Kind { STRING, LIST, UNKNOWN }

    private ValueKinds() {}

    /** The kind of {@code node} in the template of {@code ctx}. */
    public static Kind of(LintContext ctx, Node node) {
        if (node instanceof ListNode) {
            return Kind.LIST;
        }
        if (node instanceof ScalarNode) {
            return Kind.STRING;
        }
        Optional<String> function = Intrinsics.functionName(node);
        if (function.isEmpty()) {
            return Kind.UNKNOWN;
        }
        Node argument = Intrinsics.argument((MapNode) node);
        return switch (function.get()) {
            case "Ref" -> argument instanceof ScalarNode name ? ref(ctx, name.value()) : Kind.UNKNOWN;
            case "Fn::GetAtt" -> getAtt(ctx, argument);
            case "Fn::Join", "Fn::Sub", "Fn::Base64", "Fn::ImportValue" -> Kind.STRING;
            case "Fn::GetAZs", "Fn::Split", "Fn::Cidr" -> Kind.LIST;
            default -> Kind.UNKNOWN;
        };
    }

    /** A short phrase naming what the value is, for messages ("a Ref to List parameter 'Subnets'"). */
    public static String describe(Node node) {
        return FunctionRule.what(node);
    }

    /** The kind of {@code Ref: name}: by the parameter's Type, a resource (its id) or a pseudo parameter. */
    public static Kind refKind(LintContext ctx, String name) {
        return ref(ctx, name);
    }

    private static Kind ref(LintContext ctx, String name) {
        if (name.equals("AWS::NotificationARNs")) {
            return Kind.LIST;
        }
        if (name.equals("AWS::NoValue")) {
            return Kind.UNKNOWN;
        }
        if (name.startsWith("AWS::")) {
            return Kind.STRING;
        }
        Optional<Node> parameter = ctx.template().parameters().get(name);
        if (parameter.isPresent()) {
            if (!(parameter.get() instanceof MapNode map)) {
                return Kind.UNKNOWN;
            }
            String type = map.getString("Type").orElse(null);
            if (type == null) {
                return Kind.UNKNOWN;
            }
            String inner = type.startsWith("AWS::SSM::Parameter::Value<") && type.endsWith(">")
                    ? type.substring("AWS::SSM::Parameter::Value<".length(), type.length() - 1) : type;
            if (inner.startsWith("List<") || inner.equals("CommaDelimitedList")) {
                return Kind.LIST;
            }
            return inner.equals("String") || inner.equals("Number") || inner.startsWith("AWS::") ? Kind.STRING : Kind.UNKNOWN;
        }
        return ctx.template().resources().containsKey(name) ? Kind.STRING : Kind.UNKNOWN;
    }

    private static Kind getAtt(LintContext ctx, Node argument) {
        String resource;
        String attribute;
        if (argument instanceof ScalarNode scalar) {
            int dot = scalar.value().indexOf('.');
            if (dot < 0) {
                return Kind.UNKNOWN;
            }
            resource = scalar.value().substring(0, dot);
            attribute = scalar.value().substring(dot + 1);
        } else if (argument instanceof ListNode list && list.size() == 2
                && list.get(0) instanceof ScalarNode r && list.get(1) instanceof ScalarNode a) {
            resource = r.value();
            attribute = a.value();
        } else {
            return Kind.UNKNOWN;
        }
        return attributeKind(ctx, resource, attribute);
    }

    /** The kind of attribute {@code attribute} of resource {@code resource}, by its registry schema. */
    public static Kind attributeKind(LintContext ctx, String resource, String attribute) {
        Optional<String> type = ctx.template().resourceType(resource);
        if (type.isEmpty()) {
            return Kind.UNKNOWN;
        }
        if (type.get().equals("AWS::CloudFormation::Stack")) {
            return attribute.startsWith("Outputs.") ? Kind.STRING : Kind.UNKNOWN;
        }
        if (attribute.contains(".")) {
            return Kind.UNKNOWN;
        }
        Optional<ResourceSchema> schema;
        try {
            schema = ctx.services().registrySchemas().schema(type.get());
        } catch (RuntimeException e) {
            return Kind.UNKNOWN;
        }
        if (schema.isEmpty() || !(schema.get().root().get("properties") instanceof Map<?, ?> properties)
                || !(properties.get(attribute) instanceof Map<?, ?> property)) {
            return Kind.UNKNOWN;
        }
        Object declared = property.get("type");
        if (declared == null && property.get("$ref") instanceof String ref) {
            declared = schema.get().resolve(ref).filter(Map.class::isInstance).map(m -> ((Map<?, ?>) m).get("type")).orElse(null);
        }
        if ("array".equals(declared)) {
            return Kind.LIST;
        }
        return "string".equals(declared) || "integer".equals(declared) || "number".equals(declared) ? Kind.STRING : Kind.UNKNOWN;
    }
}
