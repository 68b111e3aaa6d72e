package dev.collabinfra.lint;

import dev.collabinfra.lint.rules.ConditionalReferences;
import dev.collabinfra.lint.rules.GetAttAttributeValid;
import dev.collabinfra.lint.rules.NestedStackAllowedValues;
import dev.collabinfra.lint.rules.NestedStackConditionalOutput;
import dev.collabinfra.lint.rules.NestedStackCycle;
import dev.collabinfra.lint.rules.NestedStackListParameter;
import dev.collabinfra.lint.rules.NestedStackOutputExists;
import dev.collabinfra.lint.rules.NestedStackParameterValues;
import dev.collabinfra.lint.rules.NestedStackParameters;
import dev.collabinfra.lint.rules.NestedStackParametersShape;
import dev.collabinfra.lint.rules.NestedStackTemplateExists;
import dev.collabinfra.lint.rules.NestedStackUnconstrainedParameter;
import dev.collabinfra.lint.rules.PropertyNamesKnown;
import dev.collabinfra.lint.rules.PropertyValueTypes;
import dev.collabinfra.lint.rules.RequiredProperties;
import dev.collabinfra.lint.rules.ResourceTypeKnown;
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
                new GetAttAttributeValid(),
                new ConditionalReferences(),
                // resources (against the resource specification)
                new ResourceTypeKnown(),
                new PropertyNamesKnown(),
                new RequiredProperties(),
                new PropertyValueTypes(),
                // nested stacks across files
                new NestedStackTemplateExists(),
                new NestedStackCycle(),
                new NestedStackParameters(),
                new NestedStackParametersShape(),
                new NestedStackParameterValues(),
                new NestedStackAllowedValues(),
                new NestedStackUnconstrainedParameter(),
                new NestedStackListParameter(),
                new NestedStackOutputExists(),
                new NestedStackConditionalOutput()
                // parameters
                // conditions, mappings, outputs
        );
    }
}
