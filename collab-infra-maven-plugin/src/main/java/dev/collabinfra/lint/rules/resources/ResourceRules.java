package dev.collabinfra.lint.rules.resources;

import dev.collabinfra.lint.Rule;
import java.util.List;

/** Resource section rules: configuration, dependencies, conditions and policies (E3001-E3036). */
public final class ResourceRules {

    private ResourceRules() {}

    /** The family's rules in the order they run; new instances on each call (rules hold no state). */
    public static List<Rule> all() {
        return List.of(
                new ResourceConfigurationRule(),
                new CircularDependencyRule(),
                new DependsOnRule(),
                new ResourceConditionRule(),
                new DeletionPolicyRule(),
                new UpdateReplacePolicyRule(),
                new UpdatePolicyRule());
    }
}
