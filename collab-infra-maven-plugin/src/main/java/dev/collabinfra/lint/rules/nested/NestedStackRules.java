package dev.collabinfra.lint.rules.nested;

import dev.collabinfra.lint.Rule;
import java.util.List;

/** Nested stack rules across parent and child files (E3043, E3900-W3908) and the local paths packaging ships (E3909). */
public final class NestedStackRules {

    private NestedStackRules() {}

    /** The family's rules in the order they run; new instances on each call (rules hold no state). */
    public static List<Rule> all() {
        return List.of(
                new NestedStackTemplateExistsRule(),
                new LocalPathRule(),
                new NestedStackCycleRule(),
                new NestedStackParametersRule(),
                new NestedStackParametersShapeRule(),
                new NestedStackParameterValuesRule(),
                new NestedStackAllowedValuesRule(),
                new NestedStackUnconstrainedParameterRule(),
                new NestedStackListParameterRule(),
                new NestedStackOutputExistsRule(),
                new NestedStackConditionalOutputRule());
    }
}
