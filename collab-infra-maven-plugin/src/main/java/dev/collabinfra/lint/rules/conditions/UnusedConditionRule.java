package dev.collabinfra.lint.rules.conditions;

import dev.collabinfra.lint.ConditionUses;
import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.TemplateFacts;
import dev.collabinfra.template.MapNode;
import java.util.HashSet;
import java.util.Set;

/** W8001: every condition is used by a resource, an output, Fn::If or another (used or not) condition. */
public final class UnusedConditionRule implements Rule {

    @Override
    public String id() {
        return "W8001";
    }

    @Override
    public String description() {
        return "Conditions are used";
    }

    @Override
    public void check(LintContext ctx) {
        Set<String> used = new HashSet<>();
        for (ConditionUses.Use use : ConditionUses.collect(ctx.template())) {
            if (!use.name().equals(use.owner())) {
                used.add(use.name());
            }
        }
        for (MapNode.Entry entry : ctx.template().conditions().entries()) {
            if (TemplateFacts.isLogicalId(entry.key()) && !used.contains(entry.key())) {
                ctx.report(entry.keyPosition(), "Condition '" + entry.key() + "' is never used; remove it, or use it in a"
                        + " resource or output Condition or in Fn::If");
            }
        }
    }
}
