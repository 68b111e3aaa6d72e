package dev.collabinfra.testendpoint;

import java.time.Instant;

/** One stack event, as DescribeStackEvents returns it. */
record StackEvent(String stackId, String eventId, String stackName, String logicalId, String physicalId,
        String resourceType, Instant timestamp, String status, String reason, String clientRequestToken) {}
