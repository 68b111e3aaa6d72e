package dev.collabinfra.lint.rules.services;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The resources the service rules judge: those of the wanted types, in template order. A template
 * run through a macro other than SAM or the language extensions is left alone, because the macro
 * may rewrite what the file shows before CloudFormation sees it.
 */
public final class ServiceScope {

    private static final Set<String> UNDERSTOOD = Set.of(TemplateFacts.SERVERLESS, TemplateFacts.LANGUAGE_EXTENSIONS);

    /** One resource: its logical id, where the id is written, the resource node and its Properties. */
    public record Resource(String logicalId, Position at, String type, MapNode node, MapNode properties) {
        /** Where a property is written, or the Properties key / logical id when it is absent. */
        public Position where(String property) {
            return properties.get(property).map(Node::position).orElse(at);
        }
    }

    private ServiceScope() {}

    /** True when a macro may rewrite the template. */
    public static boolean macroRewrites(LintContext ctx) {
        return ctx.template().root().containsKey("Transform")
                && ctx.facts().transforms().stream().anyMatch(t -> !UNDERSTOOD.contains(t));
    }

    /** Resources of the given types (all types when none given), empty under a rewriting macro. */
    public static List<Resource> resources(LintContext ctx, String... types) {
        List<Resource> out = new ArrayList<>();
        if (macroRewrites(ctx)) {
            return out;
        }
        Set<String> wanted = Set.of(types);
        for (MapNode.Entry entry : ctx.template().resources().entries()) {
            if (entry.value() instanceof MapNode resource) {
                String type = resource.getString("Type").orElse(null);
                if (type != null && (wanted.isEmpty() || wanted.contains(type))) {
                    MapNode properties = resource.getMap("Properties").orElseGet(() -> MapNode.empty(entry.keyPosition()));
                    out.add(new Resource(entry.key(), entry.keyPosition(), type, resource, properties));
                }
            }
        }
        return out;
    }
}
