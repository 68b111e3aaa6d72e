package dev.collabinfra.testendpoint;

import java.util.Locale;
import java.util.Map;

/**
 * Synthetic physical ids and attributes: stable for the same stack, logical id and generation,
 * shaped like AWS's (generated names {@code stack-LogicalId-SUFFIX}, names from a
 * {@code <Type>Name} property, ARNs for {@code Arn} attributes).
 */
final class Synthetic {

    private Synthetic() {}

    static String physicalId(Stack stack, ResourceState resource, Map<String, Object> properties) {
        String shortType = resource.type.substring(resource.type.lastIndexOf(':') + 1);
        Object name = properties.get(shortType + "Name");
        if (name instanceof String given && !given.isEmpty()) {
            return given;
        }
        String stackPart = stack.name.length() > 30 ? stack.name.substring(0, 30) : stack.name;
        String id = stackPart + "-" + resource.logicalId + "-"
                + StackStore.suffix(stack.id + "/" + resource.logicalId + "/" + resource.generation);
        return resource.type.equals("AWS::S3::Bucket") ? id.toLowerCase(Locale.ROOT) : id;
    }

    /** What {@code Ref} returns for a resource. */
    static String ref(ResourceState resource, String region) {
        return switch (resource.type) {
            case "AWS::SNS::Topic", "AWS::IAM::ManagedPolicy" -> arn(resource, region);
            case "AWS::SQS::Queue" -> "https://sqs." + region + ".amazonaws.com/" + StackStore.ACCOUNT + "/"
                    + resource.physicalId;
            default -> resource.physicalId;
        };
    }

    /** A GetAtt value: ARNs for attributes named like one, otherwise a stable derived string. */
    static String attribute(ResourceState resource, String attribute, String region) {
        if (attribute.equals("Arn") || attribute.endsWith("Arn")) {
            return arn(resource, region);
        }
        if (attribute.equals("QueueName") || attribute.equals("TopicName") || attribute.equals("Name")) {
            return resource.physicalId;
        }
        if (attribute.equals("QueueUrl")) {
            return ref(resource, region);
        }
        if (attribute.equals("Port") || attribute.endsWith(".Port")) {
            // a number, as AWS returns it: templates pass it on to Number parameters of other stacks
            return port(resource.type);
        }
        return resource.physicalId + "." + attribute.toLowerCase(Locale.ROOT);
    }

    /** The service's default port, so {@code Endpoint.Port}-style attributes are numbers. */
    static String port(String type) {
        if (type.startsWith("AWS::ElastiCache::")) {
            return "6379";
        }
        if (type.startsWith("AWS::RDS::") || type.startsWith("AWS::Neptune::") || type.startsWith("AWS::DocDB::")) {
            return type.startsWith("AWS::RDS::") ? "3306" : type.startsWith("AWS::Neptune::") ? "8182" : "27017";
        }
        return "443";
    }

    static String arn(ResourceState resource, String region) {
        String[] parts = resource.type.split("::");
        String service = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "unknown";
        String kind = parts.length > 2 ? parts[2].toLowerCase(Locale.ROOT) : "resource";
        return switch (service) {
            case "s3" -> "arn:aws:s3:::" + resource.physicalId;
            case "iam" -> "arn:aws:iam::" + StackStore.ACCOUNT + ":" + kind + "/" + resource.physicalId;
            case "sns", "sqs" -> "arn:aws:" + service + ":" + region + ":" + StackStore.ACCOUNT + ":" + resource.physicalId;
            default -> "arn:aws:" + service + ":" + region + ":" + StackStore.ACCOUNT + ":" + kind + "/"
                    + resource.physicalId;
        };
    }
}
