package dev.collabinfra.lint.rules.functions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;

/** E1021: {@code Fn::Base64} encodes one string (or the string a function returns). */
public final class Base64Rule extends FunctionRule {

    public Base64Rule() {
        super("E1021", "Fn::Base64");
    }

    @Override
    public String description() {
        return "Fn::Base64 takes a string";
    }

    @Override
    protected void checkCall(LintContext ctx, TemplateFacts facts, MapNode call, Node argument, NodePath path) {
        if (!isStringish(argument)) {
            ctx.report(argument, "Fn::Base64 takes a string or a function that returns one (usually Fn::Sub), not " + what(argument));
        }
    }
}
