package dev.collabinfra.lint;

import dev.collabinfra.lint.rules.AndRule;
import dev.collabinfra.lint.rules.Base64Rule;
import dev.collabinfra.lint.rules.CidrRule;
import dev.collabinfra.lint.rules.CircularDependencyRule;
import dev.collabinfra.lint.rules.ConditionCycleRule;
import dev.collabinfra.lint.rules.ConditionExistsRule;
import dev.collabinfra.lint.rules.ConditionFunctionRule;
import dev.collabinfra.lint.rules.ConditionsConfigurationRule;
import dev.collabinfra.lint.rules.DeletionPolicyRule;
import dev.collabinfra.lint.rules.DependsOnRule;
import dev.collabinfra.lint.rules.DescriptionLengthRule;
import dev.collabinfra.lint.rules.DescriptionTypeRule;
import dev.collabinfra.lint.rules.EqualsRule;
import dev.collabinfra.lint.rules.ExportNameRule;
import dev.collabinfra.lint.rules.FindInMapRule;
import dev.collabinfra.lint.rules.GetAZsRule;
import dev.collabinfra.lint.rules.GetAttRule;
import dev.collabinfra.lint.rules.IfRule;
import dev.collabinfra.lint.rules.ImportValueRule;
import dev.collabinfra.lint.rules.JoinRule;
import dev.collabinfra.lint.rules.LengthRule;
import dev.collabinfra.lint.rules.MappingConfigurationRule;
import dev.collabinfra.lint.rules.MappingLimitRule;
import dev.collabinfra.lint.rules.MappingNameLengthRule;
import dev.collabinfra.lint.rules.NotRule;
import dev.collabinfra.lint.rules.OrRule;
import dev.collabinfra.lint.rules.OutputConditionRule;
import dev.collabinfra.lint.rules.OutputConfigurationRule;
import dev.collabinfra.lint.rules.OutputLimitRule;
import dev.collabinfra.lint.rules.OutputNameLengthRule;
import dev.collabinfra.lint.rules.OutputNameRule;
import dev.collabinfra.lint.rules.OutputValueRule;
import dev.collabinfra.lint.rules.ParameterConfigurationRule;
import dev.collabinfra.lint.rules.ParameterDefaultRule;
import dev.collabinfra.lint.rules.ParameterLimitRule;
import dev.collabinfra.lint.rules.ParameterNameLengthRule;
import dev.collabinfra.lint.rules.ParameterNameRule;
import dev.collabinfra.lint.rules.ParameterTypeRule;
import dev.collabinfra.lint.rules.RefRule;
import dev.collabinfra.lint.rules.ResourceConditionRule;
import dev.collabinfra.lint.rules.ResourceConfigurationRule;
import dev.collabinfra.lint.rules.ResourceLimitRule;
import dev.collabinfra.lint.rules.ResourceNameLengthRule;
import dev.collabinfra.lint.rules.SelectRule;
import dev.collabinfra.lint.rules.SplitRule;
import dev.collabinfra.lint.rules.SubNeededRule;
import dev.collabinfra.lint.rules.SubRule;
import dev.collabinfra.lint.rules.SubUnneededRule;
import dev.collabinfra.lint.rules.SubVariablesUsedRule;
import dev.collabinfra.lint.rules.TemplateBodySizeRule;
import dev.collabinfra.lint.rules.TemplateSectionsRule;
import dev.collabinfra.lint.rules.TemplateSizeLimitRule;
import dev.collabinfra.lint.rules.ToJsonStringRule;
import dev.collabinfra.lint.rules.TransformFunctionRule;
import dev.collabinfra.lint.rules.UniqueNamesRule;
import dev.collabinfra.lint.rules.UnusedConditionRule;
import dev.collabinfra.lint.rules.UnusedMappingRule;
import dev.collabinfra.lint.rules.UnusedParameterRule;
import dev.collabinfra.lint.rules.UpdateReplacePolicyRule;
import java.util.List;

/**
 * The registry of rules, in the order they run. Add a rule here and to the README's rules table
 * ({@code docs/rules.md}).
 */
public final class Rules {

    private Rules() {}

    /** Every built-in rule; a new list of new instances on each call (rules hold no state). */
    public static List<Rule> all() {
        return List.of(
                // template structure
                new TemplateSectionsRule(), new TemplateSizeLimitRule(), new TemplateBodySizeRule(),
                new DescriptionLengthRule(), new DescriptionTypeRule(),
                new ResourceLimitRule(), new ParameterLimitRule(), new OutputLimitRule(), new MappingLimitRule(),
                new ResourceNameLengthRule(), new ParameterNameRule(), new ParameterNameLengthRule(),
                new OutputNameRule(), new OutputNameLengthRule(), new MappingNameLengthRule(), new UniqueNamesRule(),
                // intrinsic functions
                new TransformFunctionRule(), new GetAttRule(), new FindInMapRule(), new GetAZsRule(), new ImportValueRule(),
                new SelectRule(), new SplitRule(), new SubRule(), new SubVariablesUsedRule(), new SubUnneededRule(), new RefRule(), new Base64Rule(), new JoinRule(),
                new CidrRule(), new IfRule(), new SubNeededRule(), new LengthRule(), new ToJsonStringRule(),
                // resources
                new ResourceConfigurationRule(), new CircularDependencyRule(), new DependsOnRule(),
                new ResourceConditionRule(), new DeletionPolicyRule(), new UpdateReplacePolicyRule(),
                // parameters
                new ParameterConfigurationRule(), new ParameterTypeRule(), new ParameterDefaultRule(), new UnusedParameterRule(),
                // conditions, mappings, outputs
                new ConditionsConfigurationRule(), new ConditionCycleRule(), new ConditionExistsRule(), new EqualsRule(),
                new AndRule(), new NotRule(), new OrRule(), new ConditionFunctionRule(), new UnusedConditionRule(),
                new MappingConfigurationRule(), new UnusedMappingRule(),
                new OutputConfigurationRule(), new OutputValueRule(), new OutputConditionRule(), new ExportNameRule());
    }
}
