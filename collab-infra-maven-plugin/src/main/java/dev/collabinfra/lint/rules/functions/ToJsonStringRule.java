package dev.collabinfra.lint.rules.functions;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.lint.rules.support.FunctionRule;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;

/** E1031: {@code Fn::ToJsonString} needs the AWS::LanguageExtensions transform and takes a mapping or list. */
public final class ToJsonStringRule extends FunctionRule {

    public ToJsonStringRule() {
        super("E1031", "Fn::ToJsonString");
    }

    @Override
    public String description() {
        return "Fn::ToJsonString takes a mapping or list and needs Transform AWS::LanguageExtensions";
    }

    @Override
    protected void checkCall(LintContext ctx, TemplateFacts facts, MapNode call, Node argument, NodePath path) {
        if (!facts.hasTransform(TemplateFacts.LANGUAGE_EXTENSIONS)) {
            ctx.report(call, "Fn::ToJsonString needs 'Transform: AWS::LanguageExtensions' at the top of the template; add it");
        } else if (!(argument instanceof MapNode) && !(argument instanceof ListNode)) {
            ctx.report(argument, "Fn::ToJsonString takes a mapping or a list, not " + what(argument));
        }
    }
}
