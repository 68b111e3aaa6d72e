package dev.collabinfra.lint.rules.spec;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.spec.ResourceSpecification;
import dev.collabinfra.spec.ResourceTypeSpec;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;
import dev.collabinfra.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which resources the specification can speak for. Shared by the rules that check resources
 * against the specification so they agree on what they leave alone.
 */
public final class SpecScope {

    static final String SAM_TRANSFORM = "AWS::Serverless-2016-10-31";

    /** Transforms whose output the linter still understands: SAM resources are skipped, the rest is plain CloudFormation. */
    private static final Set<String> UNDERSTOOD_TRANSFORMS = Set.of(SAM_TRANSFORM, "AWS::LanguageExtensions");

    /** A resource the specification describes: its logical id, its node and its type. */
    record SpecResource(String logicalId, MapNode.Entry entry, MapNode resource, ResourceTypeSpec type) {}

    private SpecScope() {}

    /** The template's top-level transforms (Transform may be one name or a list). */
    static List<String> transforms(Template template) {
        List<String> names = new ArrayList<>();
        template.root().get("Transform").ifPresent(node -> {
            if (node instanceof ScalarNode scalar) {
                names.add(scalar.value());
            } else if (node instanceof ListNode list) {
                for (Node item : list.items()) {
                    if (item instanceof ScalarNode scalar) {
                        names.add(scalar.value());
                    } else {
                        names.add("?");
                    }
                }
            } else {
                names.add("?");
            }
        });
        return names;
    }

    /**
     * True when a macro (a transform other than SAM or the language extensions) may rewrite the
     * resources before CloudFormation sees them, so their shape cannot be judged from the file.
     */
    public static boolean macroRewrites(Template template) {
        for (String name : transforms(template)) {
            if (!UNDERSTOOD_TRANSFORMS.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Resources whose properties the specification decides: a literal type found in the
     * specification, not a SAM type (SAM's Globals add properties, and SAM evolves faster than
     * the specification), not a custom resource (any property goes).
     */
    static List<SpecResource> resources(LintContext ctx) {
        Template template = ctx.template();
        if (macroRewrites(template)) {
            return List.of();
        }
        ResourceSpecification spec = null;
        List<SpecResource> found = new ArrayList<>();
        for (MapNode.Entry entry : template.resources().entries()) {
            if (!(entry.value() instanceof MapNode resource)) {
                continue;
            }
            Optional<String> type = resource.getString("Type");
            if (type.isEmpty() || isOpenType(type.get())) {
                continue;
            }
            if (spec == null) {
                spec = ctx.services().specification();
            }
            spec.resourceType(type.get()).ifPresent(t -> found.add(new SpecResource(entry.key(), entry, resource, t)));
        }
        return found;
    }

    /** Types whose properties or attributes are free-form: custom resources and SAM. */
    public static boolean isOpenType(String type) {
        return type.startsWith("Custom::") || type.equals("AWS::CloudFormation::CustomResource")
                || type.startsWith("AWS::Serverless::");
    }

    /** True for {@code !Ref AWS::NoValue}, which removes the property it stands in. */
    static boolean isNoValue(Node node) {
        return node instanceof MapNode map && map.size() == 1
                && map.getString("Ref").filter("AWS::NoValue"::equals).isPresent();
    }
}
