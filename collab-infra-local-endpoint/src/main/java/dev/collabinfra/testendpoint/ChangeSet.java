package dev.collabinfra.testendpoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A change set of the local endpoint. Mutable, and only touched under the {@link StackStore}'s lock. */
final class ChangeSet {

    final String id;
    final String name;
    final String stackId;
    final String stackName;
    final String type;
    final Instant created;
    final Stack.Config config;
    final String description;
    final boolean includeNestedStacks;
    final String parentChangeSetId;
    final String rootChangeSetId;
    String status = "CREATE_PENDING";
    String executionStatus = "UNAVAILABLE";
    String statusReason;
    List<ResourceChange> changes = new ArrayList<>();

    ChangeSet(String id, String name, Stack stack, String type, Stack.Config config, String description,
            boolean includeNestedStacks, String parentChangeSetId, String rootChangeSetId, Instant created) {
        this.id = id;
        this.name = name;
        this.stackId = stack.id;
        this.stackName = stack.name;
        this.type = type;
        this.config = config;
        this.description = description;
        this.includeNestedStacks = includeNestedStacks;
        this.parentChangeSetId = parentChangeSetId;
        this.rootChangeSetId = rootChangeSetId;
        this.created = created;
    }
}
