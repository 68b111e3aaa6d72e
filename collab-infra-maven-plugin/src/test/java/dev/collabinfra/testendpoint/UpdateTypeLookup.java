package dev.collabinfra.testendpoint;

import java.util.Map;

/**
 * Tells the change set planner what updating a resource property does, as the CloudFormation
 * resource specification's {@code UpdateType}: {@code "Mutable"}, {@code "Immutable"} (replacement)
 * or {@code "Conditional"}. The endpoint takes one in its builder so it can use the project's
 * bundled specification; {@link #defaults()} knows the few types the endpoint's own tests use.
 */
@FunctionalInterface
public interface UpdateTypeLookup {

    String MUTABLE = "Mutable";
    String IMMUTABLE = "Immutable";
    String CONDITIONAL = "Conditional";

    /** The update type of {@code property} of {@code resourceType}; unknown properties are Mutable. */
    String updateType(String resourceType, String property);

    /** A small table from the resource specification for common stateful types; everything else is Mutable. */
    static UpdateTypeLookup defaults() {
        Map<String, String> table = Map.ofEntries(
                Map.entry("AWS::DynamoDB::Table.TableName", IMMUTABLE),
                Map.entry("AWS::DynamoDB::Table.KeySchema", IMMUTABLE),
                Map.entry("AWS::DynamoDB::Table.LocalSecondaryIndexes", IMMUTABLE),
                Map.entry("AWS::DynamoDB::Table.AttributeDefinitions", CONDITIONAL),
                Map.entry("AWS::S3::Bucket.BucketName", IMMUTABLE),
                Map.entry("AWS::S3::Bucket.ObjectLockEnabled", IMMUTABLE),
                Map.entry("AWS::SQS::Queue.QueueName", IMMUTABLE),
                Map.entry("AWS::SQS::Queue.FifoQueue", IMMUTABLE),
                Map.entry("AWS::SNS::Topic.TopicName", IMMUTABLE),
                Map.entry("AWS::SNS::Topic.FifoTopic", IMMUTABLE),
                Map.entry("AWS::Logs::LogGroup.LogGroupName", IMMUTABLE),
                Map.entry("AWS::Lambda::Function.FunctionName", IMMUTABLE),
                Map.entry("AWS::IAM::Role.RoleName", IMMUTABLE),
                Map.entry("AWS::IAM::Role.Path", IMMUTABLE),
                Map.entry("AWS::EC2::VPC.CidrBlock", IMMUTABLE),
                Map.entry("AWS::EC2::Subnet.CidrBlock", IMMUTABLE),
                Map.entry("AWS::EC2::Subnet.VpcId", IMMUTABLE),
                Map.entry("AWS::EC2::Subnet.AvailabilityZone", IMMUTABLE),
                Map.entry("AWS::RDS::DBInstance.DBInstanceIdentifier", IMMUTABLE),
                Map.entry("AWS::RDS::DBInstance.Engine", CONDITIONAL),
                Map.entry("AWS::RDS::DBInstance.AllocatedStorage", CONDITIONAL));
        return (type, property) -> table.getOrDefault(type + "." + property, MUTABLE);
    }
}
