package dev.collabinfra.lint.rules.schema;

import dev.collabinfra.lint.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules that check resources against the CloudFormation registry schemas
 * ({@code spec.RegistrySchemas}): value constraints at any depth, requirement groups, read-only and
 * deprecated properties, AWS id formats and cfn-lint's generic extension schemas. The schema's
 * unknown properties, missing required properties and wrong types are reported by the legacy rules
 * of those ids (E3002, E3003, E3012) through {@link SchemaViolations}.
 */
public final class SchemaRules {

    /**
     * cfn-lint's format rules: id to format (the patterns ship with the schemas). E1162
     * ({@code AWS::KMS::Key.Id}) belongs to the service rules' {@code KmsMasterKeyIdRule}.
     */
    static final Map<String, String> FORMAT_IDS = new TreeMap<>(Map.ofEntries(
            Map.entry("E1150", "AWS::EC2::SecurityGroup.Id"), Map.entry("E1151", "AWS::EC2::VPC.Id"),
            Map.entry("E1152", "AWS::EC2::Image.Id"), Map.entry("E1153", "AWS::EC2::SecurityGroup.Name"),
            Map.entry("E1154", "AWS::EC2::Subnet.Id"), Map.entry("E1155", "AWS::Logs::LogGroup.Name"),
            Map.entry("E1156", "AWS::IAM::Role.Arn"), Map.entry("E1157", "AWS::KMS::Key.Arn"),
            Map.entry("E1158", "AWS::SNS::Topic.Arn"), Map.entry("E1159", "AWS::ACM::Certificate.Arn"),
            Map.entry("E1160", "AWS::Lambda::Function.Arn"), Map.entry("E1161", "AWS::S3::Bucket.Name"),
Map.entry("E1163", "AWS::Lambda::Function.Name"),
            Map.entry("E1164", "AWS::KMS::Alias.AliasName")));

    /**
     * cfn-lint's extension checks evaluated here: the generic ones. Extensions of the services the
     * service rules cover (IAM, Lambda, EC2, Route 53, CloudFront, RDS, ElastiCache, DynamoDB, ECS)
     * are left to those rules; extensions using keywords this validator does not evaluate are left
     * out by the generator.
     */
    static final Map<String, String> EXTENSION_IDS = new TreeMap<>(Map.ofEntries(
            Map.entry("E3045", "S3 bucket AccessControl is set together with OwnershipControls"),
            Map.entry("E3063", "GuardDuty Detector properties that exclude each other"),
            Map.entry("E3501", "SQS queue properties are valid (FIFO settings)"),
            Map.entry("E3601", "Step Functions state machine definition structure"),
            Map.entry("E3615", "CloudWatch alarm Period is a valid value"),
            Map.entry("E3636", "CodeBuild projects using S3 also have Location"),
            Map.entry("E3652", "Elasticsearch domain cluster instance type"),
            Map.entry("E3660", "API Gateway RestApi needs a Name without an OpenAPI body"),
            Map.entry("E3671", "Launch configuration block device mappings"),
            Map.entry("E3676", "ELBv2 listener protocols that need a certificate have one"),
            Map.entry("E3679", "Classic ELB listener protocols that need a certificate have one"),
            Map.entry("E3680", "Application load balancers have at least 2 subnets"),
            Map.entry("E3681", "Target group properties fit its target type"),
            Map.entry("E3683", "Target group properties fit its protocol"),
            Map.entry("E3684", "Target group health check properties fit its protocol"),
            Map.entry("E3715", "VirtualName uses the ephemeral device format when Ebs is absent"),
            Map.entry("E3718", "API Gateway authorizer TTL fits its type"),
            Map.entry("W3694", "SNS subscription Endpoint matches its Protocol")));

    private SchemaRules() {}

    /** New instances of every schema rule, in report order. */
    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>(List.of(
                new EnumValueRule(), new PatternRule(), new ListLengthRule(), new StringLengthRule(), new NumberRangeRule(),
                new UniqueItemsRule(), new ListPrefixItemsRule(), new ExactlyOneOfRule(), new AnyOfRule(), new OneOfRule(),
                new ExcludedPropertiesRule(), new DependentPropertiesRule(), new AtLeastOneOfRule(),
                new ReadOnlyPropertyRule(), new DeprecatedPropertyRule()));
        FORMAT_IDS.forEach((id, format) -> rules.add(new FormatRule(id, format)));
        EXTENSION_IDS.forEach((id, description) -> rules.add(new ExtensionRule(id, description)));
        return List.copyOf(rules);
    }
}
