package dev.collabinfra.lint.rules.conditions;

import dev.collabinfra.lint.Rule;
import java.util.List;

/** Condition rules: the section, condition functions, cycles and unused conditions (E8001-E8007, W8001). */
public final class ConditionRules {

    private ConditionRules() {}

    /** The family's rules in the order they run; new instances on each call (rules hold no state). */
    public static List<Rule> all() {
        return List.of(
                new ConditionsConfigurationRule(),
                new ConditionExistsRule(),
                new EqualsRule(),
                new AndRule(),
                new NotRule(),
                new OrRule(),
                new ConditionFunctionRule(),
                new UnusedConditionRule());
    }
}
