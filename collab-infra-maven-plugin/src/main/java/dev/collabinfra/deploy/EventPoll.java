package dev.collabinfra.deploy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One follow's state: the stacks being followed (the main stack and every nested stack found in
 * their events), what was read of them, and the events read but not printed yet. One
 * {@link #once} reads each active stack once; {@link #flush} prints what is safe to print, in time
 * order.
 */
final class EventPoll {

    /** How a poll went. */
    enum Outcome {
        READ,
        THROTTLED,
        LOST
    }

    /** A stack being followed. */
    static final class Tracked {
        final String stackId;
        final String label;
        final int depth;
        final Instant showFrom;
        String lastEventId;
        boolean active = true;
        Instant started;
        Instant ended;
        String status;
        String reason;
        final java.util.Set<String> changed = new java.util.LinkedHashSet<>();

        Tracked(String stackId, String label, int depth, Instant showFrom, String lastEventId) {
            this.stackId = stackId;
            this.label = label;
            this.depth = depth;
            this.showFrom = showFrom;
            this.lastEventId = lastEventId;
        }

        StackSummary summary() {
            return new StackSummary(label, stackId, depth, started, ended, status, reason, changed.size());
        }
    }

    private final StackGateway gateway;
    final Map<String, Tracked> stacks = new LinkedHashMap<>();
    final Map<String, String> resourceStatus = new LinkedHashMap<>();
    final List<StackEventStream.LabelledEvent> seen = new ArrayList<>();
    final List<StackEventStream.LabelledEvent> buffer = new ArrayList<>();
    final Tracked root;
    boolean firstRootPoll;
    boolean rootSettled;
    Instant newest;
    String lostReason;

    EventPoll(StackGateway gateway, Tracked root, boolean firstRootPoll) {
        this.gateway = gateway;
        this.root = root;
        this.firstRootPoll = firstRootPoll;
        stacks.put(root.stackId, root);
    }

    /**
     * One DescribeStackEvents call per active stack, nested stacks found on the way included.
     * A throttled or lost call ends the poll (the rest waits for the next one).
     */
    Outcome once(List<StackEventStream.LabelledEvent> into) {
        java.util.Set<String> polledNow = new java.util.HashSet<>();
        boolean more = true;
        while (more) {
            more = false;
            for (Tracked stack : new ArrayList<>(stacks.values())) {
                if (!stack.active || !polledNow.add(stack.stackId)) {
                    continue;
                }
                more = true;
                List<StackEvent> events;
                try {
                    events = read(stack);
                } catch (ThrottledException e) {
                    return Outcome.THROTTLED;
                } catch (ConnectionLostException e) {
                    lostReason = e.getMessage();
                    return Outcome.LOST;
                }
                if (stack == root && firstRootPoll) {
                    events = StackEventStream.currentOperation(events);
                    firstRootPoll = false;
                }
                events.forEach(event -> take(stack, event, into));
            }
        }
        return Outcome.READ;
    }

    /** New events of a stack; a nested stack read for the first time is read back to when it was seen. */
    private List<StackEvent> read(Tracked stack) {
        if (stack.lastEventId == null && stack.showFrom != null) {
            return gateway.describeStackEventsFrom(stack.stackId, stack.showFrom);
        }
        return gateway.describeStackEvents(stack.stackId, stack.lastEventId);
    }

    private void take(Tracked stack, StackEvent event, List<StackEventStream.LabelledEvent> into) {
        stack.lastEventId = event.eventId();
        if (stack.showFrom != null && event.timestamp().isBefore(stack.showFrom)) {
            return;
        }
        into.add(new StackEventStream.LabelledEvent(stack.label, event));
        if (newest == null || event.timestamp().isAfter(newest)) {
            newest = event.timestamp();
        }
        if (event.isStackItself()) {
            stack.active = !StackStatuses.settled(event.status());
            if (stack.started == null) {
                stack.started = event.timestamp();
            }
            stack.status = event.status();
            stack.reason = event.reason();
            stack.ended = stack.active ? null : event.timestamp();
            if (stack == root) {
                rootSettled = !stack.active;
            }
        } else {
            resourceStatus.put(stack.label + "/" + event.logicalId(), event.status());
            if (stack.started == null) {
                stack.started = event.timestamp();
            }
            if (event.status().endsWith("_COMPLETE") && !event.status().contains("ROLLBACK")) {
                stack.changed.add(event.logicalId());
            }
        }
        if (event.isNestedStack()) {
            Tracked nested = stacks.computeIfAbsent(event.physicalId(),
                    id -> new Tracked(id, stack.label + "/" + event.logicalId(), stack.depth + 1, event.timestamp(), null));
            if (StackStatuses.inProgress(event.status())) {
                nested.active = true;
            }
        }
    }

    /**
     * Prints the buffered events up to {@code upTo} (all with null), oldest first.
     *
     * @return how many lines were printed
     */
    int flush(EventView view, Instant upTo) {
        List<StackEventStream.LabelledEvent> ready = new ArrayList<>();
        for (StackEventStream.LabelledEvent labelled : buffer) {
            if (upTo == null || !labelled.event().timestamp().isAfter(upTo)) {
                ready.add(labelled);
            }
        }
        buffer.removeAll(ready);
        ready.sort(Comparator.comparing((StackEventStream.LabelledEvent l) -> l.event().timestamp()).thenComparingInt(this::settleRank));
        int printed = 0;
        for (StackEventStream.LabelledEvent labelled : ready) {
            seen.add(labelled);
            if (view.show(labelled, isFollowedChild(labelled))) {
                printed++;
            }
        }
        return printed;
    }

    /** At the same instant a stack settles after what happened inside it; the main stack's end comes last. */
    private int settleRank(StackEventStream.LabelledEvent labelled) {
        StackEvent event = labelled.event();
        if (!event.isStackItself() || !StackStatuses.settled(event.status())) {
            return 0;
        }
        Tracked stack = stacks.get(event.stackId());
        return 1000 - (stack == null ? 0 : stack.depth);
    }

    /** A nested stack resource in its parent whose own stack is followed: its own events tell the same. */
    private boolean isFollowedChild(StackEventStream.LabelledEvent labelled) {
        StackEvent event = labelled.event();
        return event.isNestedStack() && stacks.containsKey(event.physicalId());
    }

    List<StackSummary> summaries() {
        return stacks.values().stream().filter(t -> t.status != null || t.started != null).map(Tracked::summary).toList();
    }

    String progressLine(Duration elapsed) {
        long done = resourceStatus.values().stream().filter(s -> s.endsWith("_COMPLETE")).count();
        long working = resourceStatus.values().stream().filter(s -> s.endsWith("_IN_PROGRESS")).count();
        long failed = resourceStatus.values().stream().filter(StackStatuses::failed).count();
        long activeStacks = stacks.values().stream().filter(t -> t.active).count();
        return "... " + StackEventStream.human(elapsed) + " elapsed: " + done + " resources complete, " + working + " in progress"
                + (failed > 0 ? ", " + failed + " failed" : "") + " (" + activeStacks + (activeStacks == 1 ? " stack" : " stacks")
                + " working)";
    }
}
