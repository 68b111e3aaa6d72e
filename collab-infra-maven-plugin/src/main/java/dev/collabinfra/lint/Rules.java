package dev.collabinfra.lint;

import dev.collabinfra.lint.rules.*;
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
                // intrinsic functions against the resource specification
                new GetAttAttributeValid(),
                new ConditionalReferences(),
                // resources (against the resource specification)
                new ResourceTypeKnown(),
                new PropertyNamesKnown(),
                new RequiredProperties(),
                new PropertyValueTypes(),
                // nested stacks across files
                new NestedStackTemplateExists(),
                new LocalPathRule(),
                new NestedStackCycle(),
                new NestedStackParameters(),
                new NestedStackParametersShape(),
                new NestedStackParameterValues(),
                new NestedStackAllowedValues(),
                new NestedStackUnconstrainedParameter(),
                new NestedStackListParameter(),
                new NestedStackOutputExists(),
                new NestedStackConditionalOutput(),
                // parameters
                new ParameterConfigurationRule(), new ParameterTypeRule(), new ParameterDefaultRule(), new UnusedParameterRule(),
                // conditions, mappings, outputs
                new ConditionsConfigurationRule(), new ConditionCycleRule(), new ConditionExistsRule(), new EqualsRule(),
                new AndRule(), new NotRule(), new OrRule(), new ConditionFunctionRule(), new UnusedConditionRule(),
                new MappingConfigurationRule(), new UnusedMappingRule(),
                new OutputConfigurationRule(), new OutputValueRule(), new OutputConditionRule(), new ExportNameRule(),
                // certificates (E9111; environments add the load balancer half)
                new CertificateRegionRule(),
                // security (W9201-W9215; ids of cfn-nag/checkov in each message)
                new OpenIngressRule(),
                new IamWildcardActionRule(),
                new IamWildcardResourceRule(),
                new S3EncryptionRule(),
                new S3PublicAccessBlockRule(),
                new S3TlsOnlyPolicyRule(),
                new DynamoDbPointInTimeRecoveryRule(),
                new DynamoDbEncryptionRule(),
                new ElastiCacheEncryptionRule(),
                new HttpListenerRedirectRule(),
                new CloudFrontViewerProtocolRule(),
                new CloudFrontTlsRule(),
                new KmsKeyRotationRule(),
                new NoEchoOutputRule(),
                new PlaintextSecretRule());
    }
}
