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
            Map.entry("E3676", "ELBv2 listener protocols that need a certificate have one"),
            Map.entry("E3679", "Classic ELB listener protocols that need a certificate have one"),
            Map.entry("E3680", "Application load balancers have at least 2 subnets"),
            Map.entry("E3681", "Target group properties fit its target type"),
            Map.entry("E3683", "Target group properties fit its protocol"),
            Map.entry("E3684", "Target group health check properties fit its protocol"),
            Map.entry("E3718", "API Gateway authorizer TTL fits its type"),
            Map.entry("W3694", "SNS subscription Endpoint matches its Protocol"),
            Map.entry("E3617", "Managed Blockchain node instance type is offered"),
            Map.entry("E3620", "DocumentDB instance class is offered"),
            Map.entry("E3621", "AppStream fleet instance type is offered"),
            Map.entry("E3635", "Neptune DB instance class is offered"),
            Map.entry("E3641", "GameLift fleet EC2 instance type is offered"),
            Map.entry("E3667", "Redshift cluster node type is offered"),
            Map.entry("E3670", "Amazon MQ broker host instance type is offered"),
            Map.entry("E3672", "DAX cluster node type is offered"),
            Map.entry("E3675", "EMR cluster instance types are offered")));

    /**
     * cfn-lint's extension checks on the types of the services the service rules cover that no
     * service rule implements (and generic ones that also apply to such types): evaluated here on
     * every type they name, from the same shipped extension schemas. The
     * regional ones (instance classes and types) are judged against what any region offers.
     */
    static final Map<String, String> SERVICE_EXTENSION_IDS = new TreeMap<>(Map.ofEntries(
            Map.entry("E3025", "RDS DBInstanceClass is offered for the Engine (and LicenseModel)"),
            Map.entry("E3042", "ECS task definitions have at least one essential container"),
            Map.entry("E3044", "ECS services on FARGATE or EXTERNAL use the REPLICA scheduling strategy"),
            Map.entry("E3046", "ECS awslogs log configuration has its required options"),
            Map.entry("E3048", "ECS Fargate task definitions have the properties and values Fargate requires"),
            Map.entry("E3628", "EC2 instance type is offered"),
            Map.entry("E3633", "Lambda event source mapping StartingPosition fits its source"),
            Map.entry("E3634", "Lambda event source mapping StartingPosition is not used with SQS"),
            Map.entry("E3638", "DynamoDB tables with BillingMode PAY_PER_REQUEST have no ProvisionedThroughput"),
            Map.entry("E3639", "DynamoDB tables with BillingMode PROVISIONED have ProvisionedThroughput"),
            Map.entry("E3661", "Route 53 CloudWatch health checks have an AlarmIdentifier"),
            Map.entry("E3671", "Block device mappings are valid"),
            Map.entry("E3715", "VirtualName uses the ephemeral device format when Ebs is absent"),
            Map.entry("E3663", "Lambda environment variable names are not reserved"),
            Map.entry("E3674", "Primary is not true together with PrivateIpAddress"),
            Map.entry("E3677", "Lambda functions with ZipFile use a runtime that allows inline code"),
            Map.entry("E3678", "Lambda functions with ZipFile name a Runtime"),
            Map.entry("E3682", "Aurora DB instances leave the cluster's properties to the cluster"),
            Map.entry("E3685", "Container image Lambda functions have no Handler, Runtime or Layers"),
            Map.entry("E3686", "Serverless RDS DB clusters use only the properties serverless allows"),
            Map.entry("E3689", "RDS MonitoringInterval and MonitoringRoleArn are set together"),
            Map.entry("E3690", "RDS DB cluster EngineVersion is offered for the Engine"),
            Map.entry("E3691", "RDS DB instance EngineVersion is offered for the Engine"),
            Map.entry("E3692", "RDS Multi-AZ DB cluster configuration is complete"),
            Map.entry("E3693", "RDS Aurora DB cluster configuration is valid"),
            Map.entry("E3694", "RDS DBClusterInstanceClass is offered for the Engine"),
            Map.entry("E3695", "ElastiCache cluster EngineVersion is offered for the Engine"),
            Map.entry("E3696", "Lambda LogLevel is not set with LogFormat Text"),
            Map.entry("E3704", "ElastiCache Valkey replication groups set TransitEncryptionEnabled"),
            Map.entry("E3719", "RDS BackupRetentionPeriod fits the configuration"),
            Map.entry("E3720", "RDS StorageEncrypted is set when KmsKeyId is"),
            Map.entry("E3721", "RDS ReplicaMode is only used with Oracle and Db2 engines")));

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
        SERVICE_EXTENSION_IDS.forEach((id, description) -> rules.add(new ExtensionRule(id, description)));
        return List.copyOf(rules);
    }
}
