package dev.collabinfra.lint.rules.support;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.lint.rules.template.TemplateSectionsRule;
import dev.collabinfra.template.Intrinsics;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;
import dev.collabinfra.template.ScalarNode;

/**
 * A rule about one intrinsic function: it is called for every call of that function anywhere
 * in the template, with the argument and where the call sits.
 */
public abstract class FunctionRule implements Rule {

    private final String id;
    private final String function;

    protected FunctionRule(String id, String function) {
        this.id = id;
        this.function = function;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void check(LintContext ctx) {
        TemplateFacts facts = ctx.facts();
        for (FunctionCalls.Call call : FunctionCalls.of(ctx).of(function)) {
            checkCall(ctx, facts, call.call(), Intrinsics.argument(call.call()), call.path());
        }
    }

    protected abstract void checkCall(LintContext ctx, TemplateFacts facts, MapNode call, Node argument, NodePath path);

    /** The short name used in messages: {@code Fn::Join} is written {@code Fn::Join}, Ref as Ref. */
    protected String name() {
        return function;
    }

    /** True for a node that is a call of any intrinsic function (its value is known only at deploy time). */
    public static boolean isFunction(Node node) {
        return Intrinsics.isFunction(node);
    }

    /** True for a plain string or number, or a function (whose result may be a string). */
    public static boolean isStringish(Node node) {
        return node instanceof ScalarNode || isFunction(node);
    }

    /** True for a literal list or a function (which may return a list). */
    public static boolean isListish(Node node) {
        return node instanceof ListNode || isFunction(node);
    }

    /** A short description of what a node is, for messages. */
    public static String what(Node node) {
        if (isFunction(node)) {
            return "a " + Intrinsics.functionName(node).orElseThrow() + " call";
        }
        return TemplateSectionsRule.describe(node);
    }
}
