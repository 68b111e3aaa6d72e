package dev.collabinfra.lint.rules.parameters;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.References;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.template.MapNode;
import java.util.HashSet;
import java.util.Set;

/**
 * W2001: every parameter is read somewhere (Ref, or {@code ${Name}} in Fn::Sub) outside the
 * Parameters section. Quiet for templates with macros, which may read parameters themselves.
 */
public final class UnusedParameterRule implements Rule {

    @Override
    public String id() {
        return "W2001";
    }

    @Override
    public String description() {
        return "Parameters are used";
    }

    @Override
    public void check(LintContext ctx) {
        if (ctx.facts().namesMayBeGenerated()) {
            return;
        }
        Set<String> used = new HashSet<>();
        for (MapNode.Entry section : ctx.template().root().entries()) {
            if (!section.key().equals("Parameters")) {
                for (References.Reference ref : References.collect(section.value(), NodePath.ROOT.child(section.key()))) {
                    used.add(ref.target());
                }
            }
        }
        for (MapNode.Entry entry : ctx.template().parameters().entries()) {
            if (!used.contains(entry.key())) {
                ctx.report(entry.keyPosition(), "Parameter '" + entry.key() + "' is never used; remove it, or reference it"
                        + " with Ref or ${" + entry.key() + "} in Fn::Sub");
            }
        }
    }
}
