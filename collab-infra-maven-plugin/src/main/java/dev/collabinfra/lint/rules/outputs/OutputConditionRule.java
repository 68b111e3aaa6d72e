package dev.collabinfra.lint.rules.outputs;

import dev.collabinfra.lint.ConditionUses;
import dev.collabinfra.lint.rules.support.ConditionExistence;
import java.util.Set;

/** E6005: an output's Condition attribute names a defined condition. */
public final class OutputConditionRule extends ConditionExistence {

    public OutputConditionRule() {
        super("E6005", Set.of(ConditionUses.Kind.OUTPUT_ATTRIBUTE));
    }

    @Override
    public String description() {
        return "An output's Condition exists";
    }
}
