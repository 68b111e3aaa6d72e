package dev.collabinfra.lint.rules.support;

import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.NodePath;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.template.ListNode;
import dev.collabinfra.template.MapNode;
import dev.collabinfra.template.Node;

/**
 * A function whose argument must be a list of a fixed number of items; subclasses check the items.
 */
public abstract class ShapeRule extends FunctionRule {

    private final String form;
    private final int size;

    /**
     * @param form the documented form for messages, e.g. {@code [Delimiter, [Values]]}
     * @param size the number of items
     */
    protected ShapeRule(String id, String function, String form, int size) {
        super(id, function);
        this.form = form;
        this.size = size;
    }

    @Override
    public String description() {
        return name() + " is " + form;
    }

    @Override
    protected final void checkCall(LintContext ctx, TemplateFacts facts, MapNode call, Node argument, NodePath path) {
        if (!(argument instanceof ListNode list) || list.size() != size) {
            ctx.report(argument, name() + " takes " + form + ", not " + what(argument)
                    + (argument instanceof ListNode l ? " of " + l.size() + (l.size() == 1 ? " item" : " items") : ""));
            return;
        }
        checkItems(ctx, list);
    }

    protected abstract void checkItems(LintContext ctx, ListNode items);

    /** Reports {@code item} unless it is a literal string or a function that may return one. */
    protected void requireString(LintContext ctx, Node item, String role) {
        if (!isStringish(item)) {
            ctx.report(item, subject(role) + " of " + name() + " must be a string or a function, not " + what(item));
        } else if (isFunction(item) && ValueKinds.of(ctx, item) == ValueKinds.Kind.LIST) {
            ctx.report(item, subject(role) + " of " + name() + " must be a single value, but " + what(item)
                    + " returns a list; pick one item with Fn::Select or join them with Fn::Join");
        }
    }

    /** Reports {@code item} unless it is a list or a function that may return one. */
    protected void requireList(LintContext ctx, Node item, String role) {
        if (!isListish(item)) {
            ctx.report(item, subject(role) + " of " + name() + " must be a list or a function that returns one, not " + what(item));
        } else if (isFunction(item) && ValueKinds.of(ctx, item) == ValueKinds.Kind.STRING) {
            ctx.report(item, subject(role) + " of " + name() + " must be a list, but " + what(item)
                    + " returns a single string; wrap it in a list ([...]) or use a function that returns a list");
        }
    }

    /** "The index", or "Each value" for a role that already says which items it means. */
    private static String subject(String role) {
        return role.startsWith("each ") ? "Each " + role.substring("each ".length()) : "The " + role;
    }
}
