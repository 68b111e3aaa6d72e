package dev.collabinfra.lint.rules.nested;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The nested-stack parameters that are a plain {@code !Ref} to a parameter of the parent, with
 * both declarations at hand: the raw material of the rules that compare parent and child.
 */
final class PassedParameterRefs {

    /**
     * @param stack the nested stack
     * @param name the child parameter's name
     * @param value the {@code !Ref} node in the parent
     * @param parentParameter the parent parameter named by the Ref
     * @param parentDeclaration its declaration
     * @param parentPosition where the parent declares it
     * @param childDeclaration the child's declaration (null when the child has no such parameter)
     * @param childPosition where the child declares it (null likewise)
     */
    record PassedRef(NestedStacks.Resolved stack, String name, MapNode value, String parentParameter, MapNode parentDeclaration,
            Position parentPosition, MapNode childDeclaration, Position childPosition) {}

    private PassedParameterRefs() {}

    static List<PassedRef> of(LintContext ctx) {
        List<PassedRef> refs = new ArrayList<>();
        MapNode parentParameters = ctx.template().parameters();
        for (NestedStacks.Resolved r : NestedStacks.resolved(ctx)) {
            MapNode passed = r.stack().properties().getMap("Parameters").orElse(null);
            if (passed == null || Intrinsics.isFunction(passed)) {
                continue;
            }
            for (MapNode.Entry entry : passed.entries()) {
                if (!(entry.value() instanceof MapNode ref) || ref.size() != 1) {
                    continue;
                }
                Optional<String> target = ref.getString("Ref");
                Optional<MapNode.Entry> parent = target.flatMap(parentParameters::entry);
                if (parent.isEmpty() || !(parent.get().value() instanceof MapNode parentDeclaration)) {
                    continue; // a resource, a pseudo parameter, or an unknown name (E1020)
                }
                Optional<MapNode.Entry> child = r.child().parameters().entry(entry.key());
                refs.add(new PassedRef(r, entry.key(), ref, target.get(), parentDeclaration, parent.get().keyPosition(),
                        child.map(e -> e.value() instanceof MapNode m ? m : null).orElse(null),
                        child.map(MapNode.Entry::keyPosition).orElse(null)));
            }
        }
        return refs;
    }

    /** "main.yaml:4:3" for a position in the parent. */
    static String parentAt(LintContext ctx, Position position) {
        return ctx.template().file().getFileName() + ":" + position.line() + ":" + position.column();
    }
}
