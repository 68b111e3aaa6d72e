package dev.collabinfra.lint.rules.environment;

import java.util.List;

/**
 * The environment family: checks of the environments' resolved deployments (E9120-E9125). The
 * property constraints come from {@link NamingRules}; more (the registry schemas) plug in through
 * {@link #all(PropertyConstraints)}.
 */
public final class EnvironmentRules {

    private EnvironmentRules() {}

    /** Every environment rule, with the built-in naming rules as the property constraints. */
    public static List<EnvironmentRule> all() {
        return all(null);
    }

    /**
     * Every environment rule.
     *
     * @param more property constraints consulted after the built-in naming rules (the schema
     *     constraints of the spec package), or null
     */
    public static List<EnvironmentRule> all(PropertyConstraints more) {
        NamingRules names = new NamingRules();
        PropertyConstraints constraints = more == null ? names : names.or(more);
        return List.of(
                new ResolvedPropertyRule(constraints),
                new ResolvedNestedParameterRule(),
                new ResolvedFunctionRule(),
                new ResolvedParameterSizeRule(),
                new ExportCollisionRule(),
                new PhysicalNameCollisionRule(names));
    }
}
