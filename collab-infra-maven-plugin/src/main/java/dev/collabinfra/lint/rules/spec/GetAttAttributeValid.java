package dev.collabinfra.lint.rules.spec;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.References;
import dev.collabinfra.spec.ResourceSpecification;
import dev.collabinfra.spec.ResourceTypeSpec;
import dev.collabinfra.template.Suggestions;
import dev.collabinfra.template.Template;
import java.util.Optional;
import java.util.TreeSet;

/**
 * E1010 (attribute half): {@code Fn::GetAtt} and {@code ${Res.Attr}} in {@code Fn::Sub} name an
 * attribute the resource's type has. Whether the resource exists is another rule's business; here
 * an unknown resource, a custom or SAM resource, a type missing from the specification and the
 * {@code Outputs.*} of a nested stack are not findings.
 */
public final class GetAttAttributeValid implements Rule {

    @Override
    public String id() {
        return "E1010";
    }

    @Override
    public String description() {
        return "GetAtt attribute is one the resource type has (resource specification)";
    }

    @Override
    public void check(LintContext ctx) {
        Template template = ctx.template();
        if (SpecScope.macroRewrites(template)) {
            return;
        }
        for (String section : new String[] {"Resources", "Outputs"}) {
            template.section(section).ifPresent(node -> References.scan(node, ref -> check(ctx, ref)));
        }
    }

    private void check(LintContext ctx, References.Reference ref) {
        if (ref.attribute() == null || ref.kind().equals("Ref")) {
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
        TreeSet<String> known = new TreeSet<>(typeSpec.get().attributes());
        String hint = Suggestions.closest(ref.attribute(), known).map(s -> "; did you mean '" + s + "'?").orElse(
                known.isEmpty() ? "; " + type.get() + " has no attributes, use !Ref" : "; its attributes are " + String.join(", ", known));
        ctx.report(ref.at(), ref.spelled() + ": " + type.get() + " '" + ref.target() + "' has no attribute '" + ref.attribute() + "'" + hint);
    }

    /** Types whose attributes are the outputs of another template. */
    private static boolean hasDynamicOutputs(String type) {
        return type.equals("AWS::CloudFormation::Stack") || type.equals("AWS::ServiceCatalog::CloudFormationProvisionedProduct");
    }
}
