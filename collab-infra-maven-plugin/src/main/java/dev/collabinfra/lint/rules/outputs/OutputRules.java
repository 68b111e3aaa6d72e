package dev.collabinfra.lint.rules.outputs;

import dev.collabinfra.lint.Rule;
import java.util.List;

/** Output section rules (E6001-E6005, E6101, E6102). */
public final class OutputRules {

    private OutputRules() {}

    /** The family's rules in the order they run; new instances on each call (rules hold no state). */
    public static List<Rule> all() {
        return List.of(
                new OutputConfigurationRule(),
                new OutputValueRule(),
                new OutputValueTypeRule(),
                new OutputConditionRule(),
                new ExportNameRule());
    }
}
