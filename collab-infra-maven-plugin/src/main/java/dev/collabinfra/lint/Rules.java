package dev.collabinfra.lint;

import java.util.List;

/**
 * The registry of rules, in the order they run. Add a rule here and to the README's rules table.
 */
public final class Rules {

    private Rules() {}

    /** Every built-in rule. */
    public static List<Rule> all() {
        return List.of(
                // template structure
                // intrinsic functions
                // resources
                // parameters
                // conditions, mappings, outputs
        );
    }
}
