package dev.collabinfra.lint.rules.services;

import dev.collabinfra.lint.Rule;
import dev.collabinfra.lint.rules.ec2.CidrFormat;
import dev.collabinfra.lint.rules.ec2.SecurityGroupAllPorts;
import dev.collabinfra.lint.rules.ec2.SecurityGroupPortsIgnored;
import dev.collabinfra.lint.rules.ec2.SecurityGroupPortsRequired;
import dev.collabinfra.lint.rules.ec2.SubnetCidrInVpc;
import dev.collabinfra.lint.rules.ec2.SubnetOverlap;
import dev.collabinfra.lint.rules.iam.EcrRepositoryPolicy;
import dev.collabinfra.lint.rules.iam.IdentityPolicy;
import dev.collabinfra.lint.rules.iam.PolicyActions;
import dev.collabinfra.lint.rules.iam.PolicyVersion;
import dev.collabinfra.lint.rules.iam.ResourcePolicy;
import dev.collabinfra.lint.rules.iam.TrustPolicy;
import dev.collabinfra.lint.rules.lmbd.DeprecatedRuntimeCreate;
import dev.collabinfra.lint.rules.lmbd.DeprecatedRuntimeEol;
import dev.collabinfra.lint.rules.lmbd.DeprecatedRuntimeUpdate;
import dev.collabinfra.lint.rules.cloudfront.DistributionAliases;
import dev.collabinfra.lint.rules.dynamodb.KeyAttributes;
import dev.collabinfra.lint.rules.ecs.FargateCpuMemory;
import dev.collabinfra.lint.rules.elasticache.CacheNodeType;
import dev.collabinfra.lint.rules.kms.KmsMasterKeyId;
import dev.collabinfra.lint.rules.rds.InstanceClassForEngine;
import dev.collabinfra.lint.rules.route53.RecordSetAlias;
import dev.collabinfra.lint.rules.route53.RecordSetName;
import dev.collabinfra.lint.rules.route53.RecordSetValues;
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
                new IdentityPolicy(), new ResourcePolicy(), new EcrRepositoryPolicy(), new TrustPolicy(), new PolicyActions(), new PolicyVersion(),
                // Lambda runtime lifecycle, judged on the day the build runs
                new DeprecatedRuntimeEol(), new DeprecatedRuntimeCreate(), new DeprecatedRuntimeUpdate(),
                // EC2 networking
                new CidrFormat(), new SubnetCidrInVpc(), new SubnetOverlap(),
                new SecurityGroupPortsRequired(), new SecurityGroupPortsIgnored(), new SecurityGroupAllPorts(),
                // Route 53, CloudFront
                new RecordSetValues(), new RecordSetAlias(), new RecordSetName(), new DistributionAliases(),
                // databases, containers, encryption keys
                new InstanceClassForEngine(), new CacheNodeType(), new KeyAttributes(), new FargateCpuMemory(), new KmsMasterKeyId(),
                // across resources and types
                new PrimaryIdentifierUnique(), new ServiceShutdown(), new ServiceSunset());
    }
}
