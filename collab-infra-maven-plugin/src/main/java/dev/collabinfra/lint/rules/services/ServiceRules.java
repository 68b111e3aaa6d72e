package dev.collabinfra.lint.rules.services;

import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.ectwo.CidrFormatRule;
import dev.collabinfra.lint.rules.ectwo.InstanceImageRule;
import dev.collabinfra.lint.rules.ectwo.SecurityGroupAllPortsRule;
import dev.collabinfra.lint.rules.ectwo.SecurityGroupPortsIgnoredRule;
import dev.collabinfra.lint.rules.ectwo.SecurityGroupPortsRequiredRule;
import dev.collabinfra.lint.rules.ectwo.SubnetCidrInVpcRule;
import dev.collabinfra.lint.rules.ectwo.SubnetOverlapRule;
import dev.collabinfra.lint.rules.ectwo.SubnetRouteTableAssociationRule;
import dev.collabinfra.lint.rules.iam.EcrRepositoryPolicyRule;
import dev.collabinfra.lint.rules.iam.IdentityPolicyRule;
import dev.collabinfra.lint.rules.iam.PolicyActionsRule;
import dev.collabinfra.lint.rules.iam.PolicyVersionRule;
import dev.collabinfra.lint.rules.iam.ResourcePolicyRule;
import dev.collabinfra.lint.rules.iam.TrustPolicyRule;
import dev.collabinfra.lint.rules.lmbd.DeprecatedRuntimeCreateRule;
import dev.collabinfra.lint.rules.lmbd.DeprecatedRuntimeEolRule;
import dev.collabinfra.lint.rules.lmbd.DeprecatedRuntimeUpdateRule;
import dev.collabinfra.lint.rules.certificates.ValidationDomainRule;
import dev.collabinfra.lint.rules.cloudfront.DistributionAliasesRule;
import dev.collabinfra.lint.rules.cloudfront.TargetOriginRule;
import dev.collabinfra.lint.rules.codepipeline.ArtifactNamesRule;
import dev.collabinfra.lint.rules.codepipeline.FirstStageSourceRule;
import dev.collabinfra.lint.rules.codepipeline.TemplatePathArtifactRule;
import dev.collabinfra.lint.rules.dynamodb.KeyAttributesRule;
import dev.collabinfra.lint.rules.ecs.FargateCpuMemoryRule;
import dev.collabinfra.lint.rules.elasticache.CacheNodeTypeRule;
import dev.collabinfra.lint.rules.elasticache.ClusterFailoverRule;
import dev.collabinfra.lint.rules.kms.KmsMasterKeyIdRule;
import dev.collabinfra.lint.rules.rds.InstanceClassForEngineRule;
import dev.collabinfra.lint.rules.dns.RecordSetAliasRule;
import dev.collabinfra.lint.rules.dns.RecordSetNameRule;
import dev.collabinfra.lint.rules.dns.RecordSetValuesRule;
import java.util.List;

/**
 * The service rules (issue 12): checks that know one AWS service's rules, grouped by service the
 * way cfn-lint's {@code rules/resources/<service>} folders are, each with cfn-lint's id. Their data
 * is {@link ServiceData}, generated from cfn-lint's data folder and loaded once per run.
 */
public final class ServiceRules {

    private ServiceRules() {}

    /** New instances of every service rule, in the order they run. */
    public static List<Rule> all() {
        return List.of(
                // IAM policy documents
                new IdentityPolicyRule(), new ResourcePolicyRule(), new EcrRepositoryPolicyRule(), new TrustPolicyRule(), new PolicyActionsRule(), new PolicyVersionRule(),
                // Lambda runtime lifecycle, judged on the day the build runs
                new DeprecatedRuntimeEolRule(), new DeprecatedRuntimeCreateRule(), new DeprecatedRuntimeUpdateRule(),
                // EC2 networking
                new CidrFormatRule(), new SubnetCidrInVpcRule(), new SubnetOverlapRule(), new SubnetRouteTableAssociationRule(), new InstanceImageRule(),
                new SecurityGroupPortsRequiredRule(), new SecurityGroupPortsIgnoredRule(), new SecurityGroupAllPortsRule(),
                // Route 53, CloudFront
                new RecordSetValuesRule(), new RecordSetAliasRule(), new RecordSetNameRule(), new DistributionAliasesRule(), new TargetOriginRule(),
                // databases, containers, encryption keys
                new InstanceClassForEngineRule(), new CacheNodeTypeRule(), new ClusterFailoverRule(), new KeyAttributesRule(), new FargateCpuMemoryRule(), new KmsMasterKeyIdRule(),
                // across resources and types
                new PrimaryIdentifierUniqueRule(), new ServiceShutdownRule(), new ServiceSunsetRule(),
                // EventBridge, ACM, AWS Backup, CodePipeline
                new ScheduleExpressionRule(), new ValidationDomainRule(), new BackupLifecycleRule(), new FirstStageSourceRule(), new ArtifactNamesRule(), new TemplatePathArtifactRule());
    }
}
