package dev.collabinfra.lint.rules.spec;

import dev.collabinfra.lint.Rule;
import java.util.List;

/** Rules checked against the resource specification: conditional references, types, property names, required properties and value types (W1001, E3002, E3003, E3006, E3012; the attribute half of E1010 runs with Fn::GetAtt). */
public final class SpecRules {

    private SpecRules() {}

    /** The family's rules in the order they run; new instances on each call (rules hold no state). */
    public static List<Rule> all() {
        return List.of(
                new ConditionalReferencesRule(),
                new ResourceTypeKnownRule(),
                new PropertyNamesKnownRule(),
                new RequiredPropertiesRule(),
                new PropertyValueTypesRule());
    }
}
