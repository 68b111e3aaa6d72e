package dev.collabinfra.lint.rules.mappings;

import dev.collabinfra.lint.Rule;
import java.util.List;

/** Mapping section rules (E7001, W7001). */
public final class MappingRules {

    private MappingRules() {}

    /** The family's rules in the order they run; new instances on each call (rules hold no state). */
    public static List<Rule> all() {
        return List.of(
                new MappingConfigurationRule(),
                new UnusedMappingRule());
    }
}
