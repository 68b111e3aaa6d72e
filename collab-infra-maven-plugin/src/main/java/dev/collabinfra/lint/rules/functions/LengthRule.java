package dev.collabinfra.lint.rules.functions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;

/** E1030: {@code Fn::Length} needs the AWS::LanguageExtensions transform and takes a list. */
public final class LengthRule extends FunctionRule {

    public LengthRule() {
        super("E1030", "Fn::Length");
    }

    @Override
    public String description() {
        return "Fn::Length takes a list and needs Transform AWS::LanguageExtensions";
    }

    @Override
    protected void checkCall(LintContext ctx, TemplateFacts facts, MapNode call, Node argument, NodePath path) {
        if (!facts.hasTransform(TemplateFacts.LANGUAGE_EXTENSIONS)) {
            ctx.report(call, "Fn::Length needs 'Transform: AWS::LanguageExtensions' at the top of the template; add it");
        } else if (!isListish(argument)) {
            ctx.report(argument, "Fn::Length takes a list or a function that returns one, not " + what(argument));
        }
    }
}
