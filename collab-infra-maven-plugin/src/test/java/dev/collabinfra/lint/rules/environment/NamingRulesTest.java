package dev.collabinfra.lint.rules.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in naming rules say what is wrong with a name, one rule at a time. */
class NamingRulesTest {

    final NamingRules rules = new NamingRules();

    @Test
    void bucketNames() {
        PropertyConstraint bucket = rules.lookup("AWS::S3::Bucket", List.of("BucketName")).orElseThrow();
        assertThat(bucket.validate("collab-prod-assets.eu")).isEmpty();
        assertThat(bucket.validate("ab")).contains("a bucket name has 3 to 63 characters, this one has 2");
        assertThat(bucket.validate("a".repeat(64))).contains("a bucket name has 3 to 63 characters, this one has 64");
        assertThat(bucket.validate("collab_prod")).contains("a bucket name takes only lower-case letters, digits, dots and hyphens, not '_'");
        assertThat(bucket.validate("-collab")).contains("a bucket name begins and ends with a letter or digit");
        assertThat(bucket.validate("collab..prod")).contains("a bucket name has no two adjacent dots");
        assertThat(bucket.validate("192.168.5.4")).contains("a bucket name must not look like an IP address");
        assertThat(bucket.validate("xn--collab")).contains("a bucket name must not start with 'xn--' (reserved by S3)");
        assertThat(bucket.validate("collab-s3alias")).contains("a bucket name must not end with '-s3alias' (reserved by S3)");
    }

    @Test
    void otherNames() {
        assertThat(rules.lookup("AWS::Lambda::Function", List.of("FunctionName")).orElseThrow().validate("a".repeat(65)))
                .contains("a Lambda function name has at most 64 characters, this one has 65");
        assertThat(rules.lookup("AWS::IAM::Role", List.of("RoleName")).orElseThrow().validate("role name"))
                .contains("an IAM role name takes only letters, digits and + = , . @ _ -, not ' '");
        assertThat(rules.lookup("AWS::SQS::Queue", List.of("QueueName")).orElseThrow().validate("orders.fifo")).isEmpty();
        assertThat(rules.lookup("AWS::SQS::Queue", List.of("QueueName")).orElseThrow().validate("orders.v2"))
                .contains("an SQS queue name takes only letters, digits, hyphens and underscores (and a final .fifo), not '.'");
        assertThat(rules.lookup("AWS::KMS::Alias", List.of("AliasName")).orElseThrow().validate("alias/aws/s3"))
                .contains("a KMS alias must not start with 'alias/aws/' (reserved for AWS managed keys)");
        assertThat(rules.lookup("AWS::ElasticLoadBalancingV2::TargetGroup", List.of("Name")).orElseThrow().validate("tg-"))
                .contains("the name must not begin or end with a hyphen");
        assertThat(rules.lookup("AWS::ElastiCache::ReplicationGroup", List.of("ReplicationGroupId")).orElseThrow().validate("1redis"))
                .contains("the identifier must start with a letter");
        assertThat(rules.lookup("AWS::S3::Bucket", List.of("Tags", "Value"))).isEmpty();
        assertThat(rules.nameOf("AWS::IAM::Role").orElseThrow().scope()).isEqualTo(NamingRules.Scope.ACCOUNT);
        assertThat(rules.nameOf("AWS::S3::Bucket").orElseThrow().scope()).isEqualTo(NamingRules.Scope.PARTITION);
    }
}
