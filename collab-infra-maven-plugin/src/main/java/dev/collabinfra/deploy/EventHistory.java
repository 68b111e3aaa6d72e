package dev.collabinfra.deploy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The recent events of a stack and its nested stacks, read after the fact (a stack found in
 * {@code ROLLBACK_COMPLETE}, a failed delete). Reads the newest page of each stack only.
 */
final class EventHistory {

    private static final int MAX_DEPTH = 5;

    private EventHistory() {}

    static List<StackEventStream.LabelledEvent> collect(StackGateway gateway, String stackId, String label) {
        List<StackEventStream.LabelledEvent> events = new ArrayList<>();
        collect(gateway, stackId, label, 0, events, new HashSet<>());
        return events;
    }

    private static void collect(StackGateway gateway, String stackId, String label, int depth,
            List<StackEventStream.LabelledEvent> into, Set<String> visited) {
        if (depth > MAX_DEPTH || !visited.add(stackId)) {
            return;
        }
        List<StackEvent> page = gateway.describeStackEvents(stackId, null);
        for (StackEvent event : page) {
            into.add(new StackEventStream.LabelledEvent(label, event));
        }
        for (StackEvent event : page) {
            if (event.isNestedStack() && StackStatuses.failed(event.status())) {
                collect(gateway, event.physicalId(), label + "/" + event.logicalId(), depth + 1, into, visited);
            }
        }
    }
}
