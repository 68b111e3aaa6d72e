package dev.collabinfra.deploy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Builds events and states for the pure-logic tests. */
final class Events {

    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private Events() {}

    /** An event about a resource of {@code stackId}. */
    static StackEvent resource(String id, String stackId, String logicalId, String type, String status, String reason, int second) {
        return new StackEvent(id, stackId, "name-of-" + stackId, logicalId, "phys-" + logicalId, type, status, reason, T0.plusSeconds(second));
    }

    /** An event of a nested stack resource in its parent, with the child's stack id. */
    static StackEvent nested(String id, String parentId, String logicalId, String childId, String status, int second) {
        return new StackEvent(id, parentId, "name-of-" + parentId, logicalId, childId, StackEvent.NESTED_STACK_TYPE, status, null,
                T0.plusSeconds(second));
    }

    /** An event of the stack itself. */
    static StackEvent itself(String id, String stackId, String status, String reason, int second) {
        return new StackEvent(id, stackId, "name-of-" + stackId, "name-of-" + stackId, stackId, StackEvent.NESTED_STACK_TYPE, status, reason,
                T0.plusSeconds(second));
    }

    static StackState state(String stackId, String name, String status) {
        return new StackState(stackId, name, status, null, Map.of(), Map.of(), List.of(), false, null, List.of());
    }
}
