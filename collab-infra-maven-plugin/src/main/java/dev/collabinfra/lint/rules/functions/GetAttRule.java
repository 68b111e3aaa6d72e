package dev.collabinfra.lint.rules.functions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.References;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.lint.rules.spec.SpecScope;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.spec.ResourceSpecification;
import dev.collabinfra.spec.ResourceTypeSpec;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Suggestions;
import dev.collabinfra.template.Template;
import java.util.Optional;
import java.util.TreeSet;

/**
 * E1010: {@code Fn::GetAtt} is {@code [Resource, Attribute]} (or {@code Resource.Attribute}), the
 * resource name is a literal naming a resource of the template, and the attribute is a string or
 * a Ref; and {@code Fn::GetAtt} and {@code ${Res.Attr}} in {@code Fn::Sub} name an attribute the
 * resource's type has in the resource specification. For the attribute half an unknown resource
 * (the first half reports it), a custom or SAM resource, a type missing from the specification and
 * the {@code Outputs.*} of a nested stack are not findings.
 */
public final class GetAttRule extends FunctionRule {

    public GetAttRule() {
        super("E1010", "Fn::GetAtt");
    }

    @Override
    public String description() {
        return "Fn::GetAtt is [Resource, Attribute], names a resource of the template and an attribute its type has";
    }

    @Override
    public void check(LintContext ctx) {
        super.check(ctx);
        Template template = ctx.template();
        if (SpecScope.macroRewrites(template)) {
            return;
        }
        for (String section : new String[] {"Resources", "Outputs"}) {
            template.section(section).ifPresent(node -> References.collect(node, NodePath.ROOT).forEach(ref -> checkAttribute(ctx, ref)));
        }
    }

    @Override
    protected void checkCall(LintContext ctx, TemplateFacts facts, MapNode call, Node argument, NodePath path) {
        ScalarNode resource;
        if (argument instanceof ScalarNode scalar) {
            if (scalar.value().indexOf('.') <= 0 || scalar.value().endsWith(".")) {
                ctx.report(argument, "Fn::GetAtt '" + scalar.value() + "' needs a resource and an attribute:"
                        + " write 'Resource.Attribute' or [Resource, Attribute]");
                return;
            }
            resource = scalar;
        } else if (argument instanceof ListNode list && list.size() == 2) {
            if (!(list.get(0) instanceof ScalarNode first)) {
                ctx.report(list.get(0), "The resource name in Fn::GetAtt must be a literal logical id, not " + what(list.get(0)));
                return;
            }
            Node attribute = list.get(1);
            if (!(attribute instanceof ScalarNode) && !(attribute instanceof MapNode map && map.containsKey("Ref") && map.size() == 1)) {
                ctx.report(attribute, "The attribute in Fn::GetAtt must be a string or a Ref to a parameter, not " + what(attribute));
            }
            resource = first;
        } else {
            ctx.report(argument, "Fn::GetAtt takes [Resource, Attribute] (two items) or 'Resource.Attribute', not " + what(argument)
                    + (argument instanceof ListNode l ? " of " + l.size() + (l.size() == 1 ? " item" : " items") : ""));
            return;
        }
        String name = resource.value();
        int dot = name.indexOf('.');
        if (argument instanceof ScalarNode) {
            name = name.substring(0, dot);
        }
        if (facts.resources().contains(name) || facts.declaredNamesMayBeGenerated()) {
            return;
        }
        String hint;
        if (facts.parameters().contains(name)) {
            hint = "; '" + name + "' is a parameter: use Ref to read its value";
        } else {
            hint = Suggestions.closest(name, facts.resources()).map(s -> "; did you mean '" + s + "'?")
                    .orElse("; name a resource declared under Resources");
        }
        ctx.report(resource, "Fn::GetAtt names resource '" + name + "', which does not exist" + hint);
    }

    private static void checkAttribute(LintContext ctx, References.Reference ref) {
        if (ref.attribute() == null || ref.kind() == References.Kind.REF) {
            return;
        }
        Optional<String> type = ctx.template().resourceType(ref.target());
        if (type.isEmpty() || SpecScope.isOpenType(type.get())) {
            return;
        }
        if (ref.attribute().startsWith("Outputs.") && hasDynamicOutputs(type.get())) {
            return;
        }
        ResourceSpecification spec = ctx.services().specification();
        Optional<ResourceTypeSpec> typeSpec = spec.resourceType(type.get());
        if (typeSpec.isEmpty() || typeSpec.get().attributes().contains(ref.attribute())) {
            return;
        }
        if (!ctx.services().typesFromSpecFileOnly() && ctx.services().registrySchemas().schema(type.get())
                .filter(schema -> schema.attributes().contains(ref.attribute())).isPresent()) {
            return; // an attribute newer than the specification, known from the registry schema's read-only properties
        }
        TreeSet<String> known = new TreeSet<>(typeSpec.get().attributes());
        String hint = Suggestions.closest(ref.attribute(), known).map(s -> "; did you mean '" + s + "'?").orElse(
                known.isEmpty() ? "; " + type.get() + " has no attributes, use !Ref" : "; its attributes are " + String.join(", ", known));
        ctx.report(ref.call(), ref.spelled() + ": " + type.get() + " '" + ref.target() + "' has no attribute '" + ref.attribute() + "'" + hint);
    }

    /** Types whose attributes are the outputs of another template. */
    private static boolean hasDynamicOutputs(String type) {
        return type.equals("AWS::CloudFormation::Stack") || type.equals("AWS::ServiceCatalog::CloudFormationProvisionedProduct");
    }
}
