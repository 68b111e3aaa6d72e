package dev.collabinfra.lint.rules.conditions;

import dev.collabinfra.lint.ConditionUses;
import dev.collabinfra.lint.rules.support.ConditionExistence;
import java.util.Set;

/** E8002: every condition named by Fn::If or the Condition function is defined under Conditions. */
public final class ConditionExistsRule extends ConditionExistence {

    public ConditionExistsRule() {
        super("E8002", Set.of(ConditionUses.Kind.IF, ConditionUses.Kind.CONDITION_FUNCTION));
    }

    @Override
    public String description() {
        return "Conditions named by Fn::If and Condition exist";
    }
}
