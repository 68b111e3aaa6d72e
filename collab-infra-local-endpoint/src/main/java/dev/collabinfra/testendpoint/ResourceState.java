package dev.collabinfra.testendpoint;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One provisioned resource of a stack. Mutable, and only touched under the {@link StackStore}'s lock.
 * {@code properties} are the resolved property values it was last created or updated with (the
 * change set planner compares against them); {@code generation} counts replacements so a replaced
 * resource gets a new, still deterministic physical id.
 */
final class ResourceState {

    final String logicalId;
    String type;
    String physicalId;
    String status;
    String reason;
    Instant timestamp;
    Map<String, Object> properties = new LinkedHashMap<>();
    Object metadata;
    int generation;
    /** For AWS::CloudFormation::Stack: the child stack's id. */
    String childStackId;

    ResourceState(String logicalId, String type) {
        this.logicalId = logicalId;
        this.type = type;
    }

    ResourceState copy() {
        ResourceState copy = new ResourceState(logicalId, type);
        copy.physicalId = physicalId;
        copy.status = status;
        copy.reason = reason;
        copy.timestamp = timestamp;
        copy.properties = new LinkedHashMap<>(properties);
        copy.metadata = metadata;
        copy.generation = generation;
        copy.childStackId = childStackId;
        return copy;
    }
}
