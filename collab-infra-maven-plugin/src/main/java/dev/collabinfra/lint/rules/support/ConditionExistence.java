package dev.collabinfra.lint.rules.support;

import dev.collabinfra.lint.ConditionUses;
import dev.collabinfra.lint.LintContext;
import dev.collabinfra.lint.Rule;
import dev.collabinfra.template.Suggestions;
import java.util.Set;

/** A named condition exists; subclasses choose which uses they own (function, resource or output). */
public abstract class ConditionExistence implements Rule {

    private final String id;
    private final Set<ConditionUses.Kind> kinds;

    protected ConditionExistence(String id, Set<ConditionUses.Kind> kinds) {
        this.id = id;
        this.kinds = kinds;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void check(LintContext ctx) {
        Set<String> defined = ctx.template().conditions().keys();
        for (ConditionUses.Use use : ConditionUses.collect(ctx.template())) {
            if (kinds.contains(use.kind()) && !defined.contains(use.name())) {
                String where = switch (use.kind()) {
                    case RESOURCE_ATTRIBUTE -> "Condition of resource '" + use.path().segment(1) + "'";
                    case OUTPUT_ATTRIBUTE -> "Condition of output '" + use.path().segment(1) + "'";
                    case IF -> "Fn::If";
                    case CONDITION_FUNCTION -> "Condition";
                };
                ctx.report(use.node(), where + " names condition '" + use.name() + "', which does not exist"
                        + Suggestions.closest(use.name(), defined).map(s -> "; did you mean '" + s + "'?")
                                .orElse("; define it under Conditions"));
            }
        }
    }
}
