package dev.collabinfra.lint.rules.nested;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.References;
import dev.collabinfra.template.MapNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** The references {@code Child.Outputs.Name} a template makes to its local nested stacks. */
final class NestedStackOutputs {

    private static final String PREFIX = "Outputs.";

    private NestedStackOutputs() {}

    /** Calls {@code sink} with each reference to a child output and the nested stack it goes to. */
    static void scan(LintContext ctx, BiConsumer<References.Reference, NestedStacks.Resolved> sink) {
        Map<String, NestedStacks.Resolved> byId = new HashMap<>();
        for (NestedStacks.Resolved r : NestedStacks.resolved(ctx)) {
            byId.put(r.stack().logicalId(), r);
        }
        if (byId.isEmpty()) {
            return;
        }
        for (String section : new String[] {"Resources", "Outputs"}) {
            ctx.template().section(section).ifPresent(node -> References.collect(node, NodePath.ROOT).forEach(ref -> {
                NestedStacks.Resolved r = byId.get(ref.target());
                if (r != null && ref.attribute() != null && ref.attribute().startsWith(PREFIX)) {
                    sink.accept(ref, r);
                }
            }));
        }
    }

    /** The output name of a {@code Outputs.Name} attribute. */
    static String outputName(References.Reference ref) {
        return ref.attribute().substring(PREFIX.length());
    }

    /** Where the child declares its outputs, for messages. */
    static String outputsAt(NestedStacks.Resolved r) {
        MapNode outputs = r.child().outputs();
        String where = r.child().root().entry("Outputs").map(e -> r.stack().at(e.keyPosition())).orElse(r.stack().childName());
        return where + ": " + (outputs.isEmpty() ? "none" : String.join(", ", outputs.keys()));
    }
}
