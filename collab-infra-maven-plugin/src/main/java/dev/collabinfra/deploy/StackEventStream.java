package dev.collabinfra.deploy;

import dev.collabinfra.core.Backoff;
import dev.collabinfra.core.ProgressListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows a stack and every nested stack while CloudFormation works on them, printing each new event
 * once, as it happens.
 *
 * <p>Polling: one {@code DescribeStackEvents} call per active stack per poll, nothing else until the
 * main stack's own event says it settled (then one {@code DescribeStacks} to confirm). The pause
 * starts at one second and grows to two while nothing happens, so a finished stack is noticed within
 * two seconds; throttling doubles it (up to 16 s) until calls succeed again. Nested stacks are found
 * from their parent's events of type {@code AWS::CloudFormation::Stack} and followed while they work.
 */
public final class StackEventStream {

    static final Duration FIRST_PAUSE = Backoff.EVENTS.first();
    static final Duration MAX_PAUSE = Backoff.EVENTS.max();

    private final StackGateway gateway;
    private final ProgressListener out;
    private final SecretMasker masker;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration progressEvery;

    /** What following a stack saw. */
    public record Result(StackState finalState, List<LabelledEvent> events) {}

    /** An event and the stack label it was printed with. */
    public record LabelledEvent(String stackLabel, StackEvent event) {}

    /** A stack being followed. */
    private static final class Tracked {
        final String stackId;
        final String label;
        final Instant showFrom;
        String lastEventId;
        boolean active = true;

        Tracked(String stackId, String label, Instant showFrom, String lastEventId) {
            this.stackId = stackId;
            this.label = label;
            this.showFrom = showFrom;
            this.lastEventId = lastEventId;
        }
    }

    /**
     * @param batchMode batch builds get a progress line every 30 s of silence, others every 10 s
     */
    public StackEventStream(StackGateway gateway, ProgressListener out, SecretMasker masker, Clock clock, Sleeper sleeper, boolean batchMode) {
        this.gateway = gateway;
        this.out = out;
        this.masker = masker;
        this.clock = clock;
        this.sleeper = sleeper;
        this.progressEvery = batchMode ? Duration.ofSeconds(30) : Duration.ofSeconds(10);
    }

    /**
     * Follows the stack until it settles.
     *
     * @param sinceEventId the newest event before the operation began; null shows the current
     *     operation's events from the newest page
     * @param deadline when to stop waiting
     * @param watchHint how to watch the stack after the plugin stops waiting
     * @throws StillRunningException when the deadline passes first
     */
    public Result follow(String stackId, String stackLabel, String sinceEventId, Instant deadline, String watchHint)
            throws InterruptedException {
        Poll poll = new Poll(new Tracked(stackId, stackLabel, null, sinceEventId), sinceEventId == null);
        Instant started = clock.instant();
        Instant lastOutput = started;
        Duration pause = FIRST_PAUSE;
        if (sinceEventId != null) {
            // An operation that was just started has nothing to show yet; the marker call that gave
            // sinceEventId and the first poll should not fall into the same second.
            sleeper.sleep(FIRST_PAUSE);
        }
        while (true) {
            List<LabelledEvent> polled = new ArrayList<>();
            boolean throttled = !poll.once(polled);
            Instant now = clock.instant();
            boolean silent = polled.isEmpty() && Duration.between(lastOutput, now).compareTo(progressEvery) >= 0;
            StackState settled = null;
            // Confirm a settled event with DescribeStacks; also check after a long silence, in case
            // the settling event was missed (it is paged out, or the stack was deleted under us).
            if (!throttled && (poll.rootSettled || silent)) {
                try {
                    StackState state = gateway.describeStack(stackId).orElse(null);
                    if (state == null || StackStatuses.settled(state.status())) {
                        settled = state == null ? DELETED : state;
                        poll.drain(polled);
                    }
                } catch (ThrottledException e) {
                    throttled = true;
                }
            }
            // Across stacks, print in the order things happened.
            polled.sort(java.util.Comparator.comparing(l -> l.event().timestamp()));
            for (LabelledEvent labelled : polled) {
                poll.seen.add(labelled);
                out.info(EventLine.format(labelled.event(), labelled.stackLabel(), clock.getZone(), masker));
            }
            if (settled != null) {
                return new Result(settled == DELETED ? null : settled, poll.seen);
            }
            if (now.isAfter(deadline)) {
                throw new StillRunningException("Stopped waiting after " + human(Duration.between(started, now))
                        + "; CloudFormation is still working on stack " + stackLabel + ". " + watchHint);
            }
            if (!polled.isEmpty()) {
                lastOutput = now;
            } else if (silent) {
                out.info(poll.progressLine(Duration.between(started, now)));
                lastOutput = now;
            }
            if (throttled) {
                pause = Backoff.EVENTS.throttled(pause);
                out.detail("CloudFormation is throttling; next poll in " + pause.toMillis() + " ms");
            } else if (!polled.isEmpty()) {
                pause = FIRST_PAUSE;
            } else {
                pause = Backoff.EVENTS.calm(pause);
            }
            sleeper.sleep(pause);
        }
    }

    /** Marks "the stack is gone" while a poll finishes. */
    private static final StackState DELETED = new StackState("", "", "DELETE_COMPLETE", null, Map.of(), Map.of(), List.of(), false, null,
            List.of());

    /** The stacks being followed and what was seen of them. */
    private final class Poll {
        final Map<String, Tracked> stacks = new LinkedHashMap<>();
        final Map<String, String> resourceStatus = new LinkedHashMap<>();
        final List<LabelledEvent> seen = new ArrayList<>();
        final java.util.Set<String> polledNow = new java.util.HashSet<>();
        final Tracked root;
        boolean firstRootPoll;
        boolean rootSettled;

        Poll(Tracked root, boolean firstRootPoll) {
            this.root = root;
            this.firstRootPoll = firstRootPoll;
            stacks.put(root.stackId, root);
        }

        /**
         * One DescribeStackEvents call per active stack.
         *
         * @return false when CloudFormation throttled a call (the rest of the poll is skipped)
         */
        boolean once(List<LabelledEvent> into) {
            polledNow.clear();
            for (Tracked stack : new ArrayList<>(stacks.values())) {
                if (!stack.active) {
                    continue;
                }
                polledNow.add(stack.stackId);
                List<StackEvent> events;
                try {
                    events = read(stack);
                } catch (ThrottledException e) {
                    return false;
                }
                if (stack == root && firstRootPoll) {
                    events = currentOperation(events);
                    firstRootPoll = false;
                }
                events.forEach(event -> take(stack, event, into));
            }
            return true;
        }

        /**
         * The events of nested stacks first seen in the poll that saw the main stack settle: the
         * others were read after the main stack in that same poll, and nested stacks finish first.
         * Each is read once, so the poll keeps to one call per stack.
         */
        void drain(List<LabelledEvent> into) {
            boolean more = true;
            while (more) {
                more = false;
                for (Tracked stack : new ArrayList<>(stacks.values())) {
                    if (stack == root || !stack.active || !polledNow.add(stack.stackId)) {
                        continue;
                    }
                    more = true;
                    try {
                        read(stack).forEach(event -> take(stack, event, into));
                    } catch (ThrottledException e) {
                        out.detail("Skipped the last events of " + stack.label + ": CloudFormation is throttling");
                    }
                }
            }
        }

        /** New events of a stack; a nested stack read for the first time is read back to when it was seen. */
        private List<StackEvent> read(Tracked stack) {
            if (stack.lastEventId == null && stack.showFrom != null) {
                return gateway.describeStackEventsFrom(stack.stackId, stack.showFrom);
            }
            return gateway.describeStackEvents(stack.stackId, stack.lastEventId);
        }

        private void take(Tracked stack, StackEvent event, List<LabelledEvent> into) {
            stack.lastEventId = event.eventId();
            if (stack.showFrom != null && event.timestamp().isBefore(stack.showFrom)) {
                return;
            }
            into.add(new LabelledEvent(stack.label, event));
            if (event.isStackItself()) {
                stack.active = !StackStatuses.settled(event.status());
                if (stack == root) {
                    rootSettled = !stack.active;
                }
            } else {
                resourceStatus.put(stack.label + "/" + event.logicalId(), event.status());
            }
            if (event.isNestedStack()) {
                Tracked nested = stacks.computeIfAbsent(event.physicalId(),
                        id -> new Tracked(id, stack.label + "/" + event.logicalId(), event.timestamp(), null));
                if (StackStatuses.inProgress(event.status())) {
                    nested.active = true;
                }
            }
        }

        String progressLine(Duration elapsed) {
            long done = resourceStatus.values().stream().filter(s -> s.endsWith("_COMPLETE")).count();
            long working = resourceStatus.values().stream().filter(s -> s.endsWith("_IN_PROGRESS")).count();
            long failed = resourceStatus.values().stream().filter(StackStatuses::failed).count();
            long activeStacks = stacks.values().stream().filter(t -> t.active).count();
            return "... " + human(elapsed) + " elapsed: " + done + " resources complete, " + working + " in progress"
                    + (failed > 0 ? ", " + failed + " failed" : "") + " (" + activeStacks + (activeStacks == 1 ? " stack" : " stacks")
                    + " working)";
        }
    }

    /**
     * From the newest page, the events of the operation under way: from the last user-initiated
     * start of the stack itself, or the whole page when it does not show the start.
     */
    static List<StackEvent> currentOperation(List<StackEvent> oldestFirst) {
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            StackEvent event = oldestFirst.get(i);
            if (event.isStackItself() && event.status().endsWith("_IN_PROGRESS") && "User Initiated".equals(event.reason())) {
                return oldestFirst.subList(i, oldestFirst.size());
            }
        }
        return oldestFirst;
    }

    static String human(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 60 ? seconds + "s" : (seconds / 60) + "m" + String.format("%02d", seconds % 60) + "s";
    }
}
