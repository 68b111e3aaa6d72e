package dev.collabinfra.deploy;

import java.time.Instant;

/** One entry of {@code DescribeStackEvents}. */
public record StackEvent(
        String eventId,
        String stackId,
        String stackName,
        String logicalId,
        String physicalId,
        String resourceType,
        String status,
        String reason,
        Instant timestamp) {

    public static final String NESTED_STACK_TYPE = "AWS::CloudFormation::Stack";

    /** An event about the stack itself rather than one of its resources. */
    public boolean isStackItself() {
        return stackId.equals(physicalId) && NESTED_STACK_TYPE.equals(resourceType);
    }

    /** An event about a nested stack resource that already has its stack id. */
    public boolean isNestedStack() {
        return NESTED_STACK_TYPE.equals(resourceType) && !isStackItself() && physicalId != null && !physicalId.isEmpty();
    }
}
