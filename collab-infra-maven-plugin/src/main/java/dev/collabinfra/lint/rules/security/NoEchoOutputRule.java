package dev.collabinfra.lint.rules.security;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.References;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.support.Resources;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import java.util.Set;
import java.util.TreeSet;

/**
 * An Output whose value uses a NoEcho parameter (by {@code Ref} or {@code ${Name}} in a
 * {@code Sub}): outputs are shown in clear in the console, the API and {@code describe-stacks},
 * which undoes NoEcho.
 */
public final class NoEchoOutputRule implements Rule {

    @Override
    public String id() {
        return "W9214";
    }

    @Override
    public String description() {
        return "NoEcho parameter shown in an Output";
    }

    @Override
    public void check(LintContext ctx) {
        Set<String> noEcho = new TreeSet<>();
        for (String name : ctx.template().parameters().keys()) {
            if (Resources.isNoEcho(ctx.template(), name)) {
                noEcho.add(name);
            }
        }
        if (noEcho.isEmpty()) {
            return;
        }
        for (MapNode.Entry output : ctx.template().outputs().entries()) {
            if (output.value() instanceof MapNode map) {
                map.get("Value").ifPresent(value -> find(ctx, output.key(), value, noEcho));
            }
        }
    }

    private void find(LintContext ctx, String output, Node value, Set<String> noEcho) {
        // names defined in a Sub's own variable map shadow parameters of the same name (References skips them)
        for (References.Reference ref : References.collect(value, NodePath.ROOT)) {
            if (ref.kind() != References.Kind.GETATT && ref.attribute() == null && noEcho.contains(ref.target())) {
                report(ctx, output, ref.kind() == References.Kind.REF ? ref.call() : ref.node(), ref.target());
            }
        }
    }

    private void report(LintContext ctx, String output, Node at, String parameter) {
        ctx.report(at, "Output '" + output + "' shows NoEcho parameter '" + parameter + "' in clear text (outputs are"
                + " not masked); remove it from the output, or share it through Secrets Manager (cfn-lint W2010)");
    }
}
