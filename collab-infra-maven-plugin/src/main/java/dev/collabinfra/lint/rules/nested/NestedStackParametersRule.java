package dev.collabinfra.lint.rules.nested;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.Position;
import dev.collabinfra.template.Suggestions;
import dev.collabinfra.template.Template;
import java.util.Optional;

/**
 * E3043: the parameters a nested stack passes exist in its local child template, and every child
 * parameter without a Default is passed. Messages name the child file and the line where its
 * parameters are declared.
 */
public final class NestedStackParametersRule implements Rule {

    @Override
    public String id() {
        return "E3043";
    }

    @Override
    public String description() {
        return "Nested stack passes only parameters the child declares, and every one it requires";
    }

    @Override
    public void check(LintContext ctx) {
        for (NestedStacks.Resolved r : NestedStacks.resolved(ctx)) {
            Optional<Node> parameters = r.stack().properties().get("Parameters");
            if (parameters.isPresent() && (!(parameters.get() instanceof MapNode) || Intrinsics.isFunction(parameters.get()))) {
                continue; // computed, or not a mapping (E3906)
            }
            MapNode passed = parameters.map(MapNode.class::cast).orElseGet(() -> MapNode.empty(r.stack().templateUrl().position()));
            Template child = r.child();
            MapNode declared = child.parameters();
            String where = r.stack().at(ChildParameters.sectionPosition(child));
            for (MapNode.Entry entry : passed.entries()) {
                if (!declared.containsKey(entry.key())) {
                    String hint = Suggestions.closest(entry.key(), declared.keys()).map(s -> "; did you mean '" + s + "'?").orElse("");
                    ctx.report(entry.keyPosition(), "nested stack '" + r.stack().logicalId() + "' passes '" + entry.key()
                            + "', which is not a parameter of " + r.stack().childName() + hint
                            + " (declared parameters at " + where + ": " + ChildParameters.names(child) + ")");
                }
            }
            for (MapNode.Entry entry : declared.entries()) {
                if (entry.value() instanceof MapNode declaration && !declaration.containsKey("Default") && !passed.containsKey(entry.key())) {
                    Position at = r.stack().properties().entry("Parameters").map(MapNode.Entry::keyPosition)
                            .orElse(r.stack().templateUrl().position());
                    ctx.report(at, "nested stack '" + r.stack().logicalId() + "' does not pass '" + entry.key() + "', which "
                            + r.stack().at(entry.keyPosition()) + " declares without a Default; add it under Parameters");
                }
            }
        }
    }
}
