package dev.collabinfra.lint.rules.parameters;

import dev.collabinfra.lint.Rule;
import java.util.List;

/** Parameter section rules (E2001, E2002, E2015, W2001). */
public final class ParameterRules {

    private ParameterRules() {}

    /** The family's rules in the order they run; new instances on each call (rules hold no state). */
    public static List<Rule> all() {
        return List.of(
                new ParameterConfigurationRule(),
                new ParameterTypeRule(),
                new ParameterDefaultRule(),
                new UnusedParameterRule());
    }
}
