package dev.collabinfra.lint;

import dev.collabinfra.lint.rules.certificates.CertificateRules;
import dev.collabinfra.lint.rules.conditions.ConditionRules;
import dev.collabinfra.lint.rules.functions.IntrinsicFunctionRules;
import dev.collabinfra.lint.rules.mappings.MappingRules;
import dev.collabinfra.lint.rules.nested.NestedStackRules;
import dev.collabinfra.lint.rules.outputs.OutputRules;
import dev.collabinfra.lint.rules.parameters.ParameterRules;
import dev.collabinfra.lint.rules.resources.ResourceRules;
import dev.collabinfra.lint.rules.schema.SchemaRules;
import dev.collabinfra.lint.rules.security.SecurityRules;
import dev.collabinfra.lint.rules.services.ServiceData;
import dev.collabinfra.lint.rules.services.ServiceRules;
import dev.collabinfra.lint.rules.spec.SpecRules;
import dev.collabinfra.lint.rules.template.TemplateRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry of rules, in the order they run: each family in {@code lint/rules/<family>/} lists
 * its own, and this class concatenates the families. Add a rule to its family's list and to the
 * rules tables ({@code docs/rules.md}, the README); {@code RuleFixturesTest} checks both against
 * this registry.
 */
public final class Rules {

    private Rules() {}

    /**
     * Starts loading, on the side, the bundled data the rules will need (the service rules' tables:
     * IAM actions, RDS classes, runtimes, ...), so a validate run has it by the time a rule asks.
     */
    public static void preload(LintServices services) {
        services.preload(ServiceData.class, ServiceData::warmed);
    }

    /** Every built-in rule; a new list of new instances on each call (rules hold no state). */
    public static List<Rule> all() {
        List<Rule> all = new ArrayList<>();
        for (List<Rule> family : List.of(
                TemplateRules.all(),
                IntrinsicFunctionRules.all(),
                ResourceRules.all(),
                SpecRules.all(),
                NestedStackRules.all(),
                ParameterRules.all(),
                ConditionRules.all(),
                MappingRules.all(),
                OutputRules.all(),
                CertificateRules.all(),
                SecurityRules.all(),
                ServiceRules.all(),
                SchemaRules.all())) {
            all.addAll(family);
        }
        return List.copyOf(all);
    }
}
