package dev.collabinfra.lint.rules.resources;

import dev.collabinfra.lint.ConditionUses;
import dev.collabinfra.lint.rules.support.ConditionExistence;
import java.util.Set;

/** E3015: a resource's Condition attribute names a defined condition. */
public final class ResourceConditionRule extends ConditionExistence {

    public ResourceConditionRule() {
        super("E3015", Set.of(ConditionUses.Kind.RESOURCE_ATTRIBUTE));
    }

    @Override
    public String description() {
        return "A resource's Condition exists";
    }
}
