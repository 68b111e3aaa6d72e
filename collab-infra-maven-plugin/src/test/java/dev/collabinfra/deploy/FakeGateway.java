package dev.collabinfra.deploy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scripted {@link StackGateway} (the project's own interface, not the SDK's) for the pure-logic
 * tests: event pages per stack served in order, templates and resources by stack id, stack states
 * by name or id. Records every call as {@code Operation stackId}. Anything not scripted fails.
 */
class FakeGateway implements StackGateway {

    final List<String> calls = new ArrayList<>();
    final Map<String, Deque<Object>> eventPages = new HashMap<>();
    final Map<String, String> templates = new HashMap<>();
    final Map<String, List<StackResourceSummary>> resources = new HashMap<>();
    final Map<String, Deque<StackState>> states = new HashMap<>();

    /** Queues what the next DescribeStackEvents of the stack answers: a list of events (oldest first) or an exception. */
    FakeGateway events(String stackId, Object page) {
        eventPages.computeIfAbsent(stackId, k -> new ArrayDeque<>()).add(page);
        return this;
    }

    /** Queues states; the last one stays. */
    FakeGateway state(String nameOrId, StackState state) {
        states.computeIfAbsent(nameOrId, k -> new ArrayDeque<>()).add(state);
        return this;
    }

    @Override
    public Optional<StackState> describeStack(String stackNameOrId) {
        calls.add("DescribeStacks " + stackNameOrId);
        Deque<StackState> queue = states.get(stackNameOrId);
        if (queue == null || queue.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(queue.size() > 1 ? queue.poll() : queue.peek());
    }

    @Override
    public String getOriginalTemplate(String stackNameOrId) {
        calls.add("GetTemplate " + stackNameOrId);
        String template = templates.get(stackNameOrId);
        if (template == null) {
            throw new AssertionError("no template scripted for " + stackNameOrId);
        }
        return template;
    }

    @Override
    public List<StackEvent> describeStackEvents(String stackId, String sinceEventId) {
        calls.add("DescribeStackEvents " + stackId);
        Deque<Object> pages = eventPages.get(stackId);
        Object page = pages == null || pages.isEmpty() ? List.of() : pages.poll();
        if (page instanceof RuntimeException e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<StackEvent> events = (List<StackEvent>) page;
        return events;
    }

    @Override
    public List<StackResourceSummary> listStackResources(String stackId) {
        calls.add("ListStackResources " + stackId);
        return resources.getOrDefault(stackId, List.of());
    }

    @Override
    public ChangeSetStatus createChangeSet(ChangeSetRequest request) {
        throw new AssertionError("not scripted");
    }

    @Override
    public ChangeSetStatus changeSetStatus(String stackName, String changeSetId) {
        throw new AssertionError("not scripted");
    }

    @Override
    public List<PlannedChange> describeChangeSet(String stackName, String changeSetId) {
        throw new AssertionError("not scripted");
    }

    @Override
    public Optional<ChangeSetStatus> findChangeSet(String stackName, String changeSetName) {
        throw new AssertionError("not scripted");
    }

    @Override
    public void executeChangeSet(String stackName, String changeSetId, String clientToken) {
        throw new AssertionError("not scripted");
    }

    @Override
    public void deleteChangeSet(String stackName, String changeSetId) {
        calls.add("DeleteChangeSet " + changeSetId);
    }

    @Override
    public void deleteStack(String stackId, String clientToken) {
        calls.add("DeleteStack " + stackId);
    }

    @Override
    public void updateTerminationProtection(String stackId, boolean enabled) {
        calls.add("UpdateTerminationProtection " + stackId + " " + enabled);
    }

    @Override
    public void continueUpdateRollback(String stackId, String clientToken) {
        calls.add("ContinueUpdateRollback " + stackId);
    }
}
