package dev.collabinfra.lint.rules.environment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The naming rules of the physical-name properties of common resource types ({@code BucketName},
 * {@code FunctionName}, {@code RoleName}, ...): lengths and characters as the services document
 * them (the registry schemas in cfn-lint 1.51.0 give the same bounds where they give any), and
 * where a name must be unique ({@link Scope}), for the cross-environment collision check.
 */
public final class NamingRules implements PropertyConstraints {

    /** Where two resources may not share a name. */
    public enum Scope {
        /** One name in the whole partition (S3 buckets). */
        PARTITION,
        /** One name per account (IAM is global). */
        ACCOUNT,
        /** One name per account and region. */
        REGION,
        /** Not unique (an ECS task definition family takes new revisions) or unique only inside a parent. */
        NONE
    }

    /** One physical-name property. */
    public record Name(String resourceType, String property, Scope scope, String noun, PropertyConstraint constraint) {}

    private static final Pattern IP = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final String IAM_CHARS = "[\\w+=,.@-]";

    private final Map<String, Name> byType = new HashMap<>();

    /** The built-in table. */
    public NamingRules() {
        add("AWS::S3::Bucket", "BucketName", Scope.PARTITION, "a bucket name", 3, 63, "[a-z0-9.-]",
                "lower-case letters, digits, dots and hyphens", NamingRules::bucketRules);
        add("AWS::Lambda::Function", "FunctionName", Scope.REGION, "a Lambda function name", 1, 64, "[a-zA-Z0-9_-]",
                "letters, digits, hyphens and underscores", null);
        add("AWS::IAM::Role", "RoleName", Scope.ACCOUNT, "an IAM role name", 1, 64, IAM_CHARS,
                "letters, digits and + = , . @ _ -", null);
        add("AWS::IAM::ManagedPolicy", "ManagedPolicyName", Scope.ACCOUNT, "an IAM policy name", 1, 128, IAM_CHARS,
                "letters, digits and + = , . @ _ -", null);
        add("AWS::IAM::User", "UserName", Scope.ACCOUNT, "an IAM user name", 1, 64, IAM_CHARS,
                "letters, digits and + = , . @ _ -", null);
        add("AWS::IAM::Group", "GroupName", Scope.ACCOUNT, "an IAM group name", 1, 128, IAM_CHARS,
                "letters, digits and + = , . @ _ -", null);
        add("AWS::IAM::InstanceProfile", "InstanceProfileName", Scope.ACCOUNT, "an instance profile name", 1, 128, IAM_CHARS,
                "letters, digits and + = , . @ _ -", null);
        add("AWS::SQS::Queue", "QueueName", Scope.REGION, "an SQS queue name", 1, 80, "[a-zA-Z0-9_-]",
                "letters, digits, hyphens and underscores (and a final .fifo)", fifo());
        add("AWS::SNS::Topic", "TopicName", Scope.REGION, "an SNS topic name", 1, 256, "[a-zA-Z0-9_-]",
                "letters, digits, hyphens and underscores (and a final .fifo)", fifo());
        add("AWS::DynamoDB::Table", "TableName", Scope.REGION, "a DynamoDB table name", 3, 255, "[a-zA-Z0-9_.-]",
                "letters, digits, dots, hyphens and underscores", null);
        add("AWS::Logs::LogGroup", "LogGroupName", Scope.REGION, "a log group name", 1, 512, "[.\\-_/#A-Za-z0-9]",
                "letters, digits and . - _ / #", null);
        add("AWS::Events::Rule", "Name", Scope.REGION, "an EventBridge rule name", 1, 64, "[.\\-_A-Za-z0-9]",
                "letters, digits, dots, hyphens and underscores", null);
        add("AWS::StepFunctions::StateMachine", "StateMachineName", Scope.REGION, "a state machine name", 1, 80, null, null, null);
        add("AWS::KMS::Alias", "AliasName", Scope.REGION, "a KMS alias", 1, 256, "[a-zA-Z0-9:/_-]",
                "letters, digits and : / _ -", NamingRules::aliasRules);
        add("AWS::ECS::Cluster", "ClusterName", Scope.REGION, "an ECS cluster name", 1, 255, "[a-zA-Z0-9_-]",
                "letters, digits, hyphens and underscores", null);
        add("AWS::ECS::Service", "ServiceName", Scope.NONE, "an ECS service name", 1, 255, "[a-zA-Z0-9_-]",
                "letters, digits, hyphens and underscores", null);
        add("AWS::ECS::TaskDefinition", "Family", Scope.NONE, "a task definition family", 1, 255, "[a-zA-Z0-9_-]",
                "letters, digits, hyphens and underscores", null);
        add("AWS::ElasticLoadBalancingV2::LoadBalancer", "Name", Scope.REGION, "a load balancer name", 1, 32, "[a-zA-Z0-9-]",
                "letters, digits and hyphens", value -> hyphenEnds(value).or(() -> value.startsWith("internal-")
                        ? Optional.of("a load balancer name must not start with 'internal-'") : Optional.empty()));
        add("AWS::ElasticLoadBalancingV2::TargetGroup", "Name", Scope.REGION, "a target group name", 1, 32, "[a-zA-Z0-9-]",
                "letters, digits and hyphens", NamingRules::hyphenEnds);
        add("AWS::CloudWatch::Alarm", "AlarmName", Scope.REGION, "an alarm name", 1, 255, null, null, null);
        add("AWS::SecretsManager::Secret", "Name", Scope.REGION, "a secret name", 1, 512, "[a-zA-Z0-9/_+=.@-]",
                "letters, digits and / _ + = . @ -", null);
        add("AWS::ElastiCache::ReplicationGroup", "ReplicationGroupId", Scope.REGION, "a replication group id", 1, 40,
                "[a-zA-Z0-9-]", "letters, digits and hyphens", NamingRules::identifierRules);
        add("AWS::RDS::DBInstance", "DBInstanceIdentifier", Scope.REGION, "a DB instance identifier", 1, 63, "[a-zA-Z0-9-]",
                "letters, digits and hyphens", NamingRules::identifierRules);
        add("AWS::ECR::Repository", "RepositoryName", Scope.REGION, "an ECR repository name", 2, 256, "[a-z0-9._/-]",
                "lower-case letters, digits and . _ / -", null);
        add("AWS::Kinesis::Stream", "Name", Scope.REGION, "a Kinesis stream name", 1, 128, "[a-zA-Z0-9_.-]",
                "letters, digits, dots, hyphens and underscores", null);
        add("AWS::SSM::Parameter", "Name", Scope.REGION, "an SSM parameter name", 1, 2048, "[a-zA-Z0-9_.\\-/]",
                "letters, digits and _ . - /", null);
        add("AWS::WAFv2::WebACL", "Name", Scope.NONE, "a web ACL name", 1, 128, "[0-9A-Za-z_-]",
                "letters, digits, hyphens and underscores", null);
    }

    /** The physical-name property of a resource type, when the table has one. */
    public Optional<Name> nameOf(String resourceType) {
        return Optional.ofNullable(byType.get(resourceType));
    }

    @Override
    public Optional<PropertyConstraint> lookup(String resourceType, List<String> path) {
        Name name = byType.get(resourceType);
        return name != null && path.size() == 1 && path.get(0).equals(name.property()) ? Optional.of(name.constraint())
                : Optional.empty();
    }

    @Override
    public boolean covers(String resourceType) {
        return byType.containsKey(resourceType);
    }

    private void add(String type, String property, Scope scope, String noun, int min, int max, String chars, String charsText,
            Function<String, Optional<String>> extra) {
        Pattern bad = chars == null ? null : Pattern.compile("[^" + chars.substring(1, chars.length() - 1) + "]");
        PropertyConstraint constraint = value -> {
            int length = value.codePointCount(0, value.length());
            if (length < min || length > max) {
                String bounds = min > 1 ? min + " to " + max : length < min ? "at least " + min : "at most " + max;
                return Optional.of(noun + " has " + bounds + " characters, this one has " + length);
            }
            String checked = extra == FIFO ? value.replaceFirst("\\.fifo$", "") : value;
            if (bad != null) {
                Matcher m = bad.matcher(checked);
                if (m.find()) {
                    return Optional.of(noun + " takes only " + charsText + ", not '" + m.group() + "'");
                }
            }
            return extra == null || extra == FIFO ? Optional.empty() : extra.apply(value);
        };
        byType.put(type, new Name(type, property, scope, noun, constraint));
    }

    /** Marks the SQS/SNS names that may end in {@code .fifo}. */
    private static final Function<String, Optional<String>> FIFO = value -> Optional.empty();

    private static Function<String, Optional<String>> fifo() {
        return FIFO;
    }

    private static Optional<String> bucketRules(String name) {
        if (!Character.isLetterOrDigit(name.charAt(0)) || !Character.isLetterOrDigit(name.charAt(name.length() - 1))) {
            return Optional.of("a bucket name begins and ends with a letter or digit");
        }
        if (name.contains("..")) {
            return Optional.of("a bucket name has no two adjacent dots");
        }
        if (IP.matcher(name).matches()) {
            return Optional.of("a bucket name must not look like an IP address");
        }
        for (String prefix : List.of("xn--", "sthree-", "amzn-s3-demo-")) {
            if (name.startsWith(prefix)) {
                return Optional.of("a bucket name must not start with '" + prefix + "' (reserved by S3)");
            }
        }
        for (String suffix : List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3")) {
            if (name.endsWith(suffix)) {
                return Optional.of("a bucket name must not end with '" + suffix + "' (reserved by S3)");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> aliasRules(String name) {
        if (!name.startsWith("alias/")) {
            return Optional.of("a KMS alias starts with 'alias/'");
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("alias/aws/")) {
            return Optional.of("a KMS alias must not start with 'alias/aws/' (reserved for AWS managed keys)");
        }
        return Optional.empty();
    }

    private static Optional<String> hyphenEnds(String name) {
        return name.startsWith("-") || name.endsWith("-") ? Optional.of("the name must not begin or end with a hyphen")
                : Optional.empty();
    }

    private static Optional<String> identifierRules(String id) {
        if (!Character.isLetter(id.charAt(0))) {
            return Optional.of("the identifier must start with a letter");
        }
        if (id.contains("--") || id.endsWith("-")) {
            return Optional.of("the identifier must not contain two consecutive hyphens or end with one");
        }
        return Optional.empty();
    }
}
