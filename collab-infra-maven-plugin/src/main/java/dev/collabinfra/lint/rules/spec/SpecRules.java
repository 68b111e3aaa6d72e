package dev.collabinfra.lint.rules.spec;

import dev.collabinfra.lint.Rule;
import java.util.List;

/** Rules checked against the resource specification: attributes, types, property names, required properties and value types (E1010, W1001, E3002, E3003, E3006, E3012). */
public final class SpecRules {

    private SpecRules() {}

    /** The family's rules in the order they run; new instances on each call (rules hold no state). */
    public static List<Rule> all() {
        return List.of(
                new GetAttAttributeValid(),
                new ConditionalReferences(),
                new ResourceTypeKnown(),
                new PropertyNamesKnown(),
                new RequiredProperties(),
                new PropertyValueTypes());
    }
}
