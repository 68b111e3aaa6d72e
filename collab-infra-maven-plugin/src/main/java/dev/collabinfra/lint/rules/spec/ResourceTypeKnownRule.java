package dev.collabinfra.lint.rules.spec;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.spec.ResourceSpecification;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Suggestions;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * E3006: a resource type the specification does not know, with the closest known name. Only
 * {@code AWS::} and {@code Alexa::} types are judged: third-party and private registry types
 * ({@code MyOrg::Thing::Widget}), custom resources and modules cannot be known offline.
 */
public final class ResourceTypeKnownRule implements Rule {

    /** CDK's metadata resource: CloudFormation accepts it though no provider schema describes it. */
    private static final String CDK_METADATA = "AWS::CDK::Metadata";


    @Override
    public String id() {
        return "E3006";
    }

    @Override
    public String description() {
        return "Resource type exists in the CloudFormation resource specification (SAM types need the SAM transform)";
    }

    @Override
    public void check(LintContext ctx) {
        if (SpecScope.macroRewrites(ctx.template())) {
            return;
        }
        boolean sam = SpecScope.transforms(ctx.template()).contains(SpecScope.SAM_TRANSFORM);
        ResourceSpecification spec = null;
        for (MapNode.Entry entry : ctx.template().resources().entries()) {
            if (!(entry.value() instanceof MapNode resource)) {
                continue;
            }
            Optional<ScalarNode> typeNode = resource.getScalar("Type");
            if (typeNode.isEmpty()) {
                continue;
            }
            String type = typeNode.get().value();
            if (!(type.startsWith("AWS::") || type.startsWith("Alexa::")) || type.endsWith("::MODULE")) {
                continue;
            }
            if (spec == null) {
                spec = ctx.services().specification();
            }
            if (type.startsWith("AWS::Serverless::") && spec.resourceType(type).isPresent()) {
                if (!sam) {
                    ctx.report(typeNode.get(), "resource '" + entry.key() + "' has the SAM type " + type
                            + " but the template lacks 'Transform: " + SpecScope.SAM_TRANSFORM + "'; add it at the top level");
                }
                continue;
            }
            if (!spec.isKnownType(type) && !type.equals(CDK_METADATA) && (ctx.services().typesFromSpecFileOnly() || ctx.services().registrySchemas().schema(type).isEmpty())) {
                Set<String> known = new HashSet<>(spec.resourceTypeNames());
                known.addAll(spec.newerTypeNames());
                String hint = Suggestions.closest(type, known).map(s -> "; did you mean '" + s + "'?")
                        .orElse("; check the spelling (resource specification " + spec.version() + ")");
                ctx.report(typeNode.get(), "resource '" + entry.key() + "' has unknown type '" + type + "'" + hint);
            }
        }
    }
}
