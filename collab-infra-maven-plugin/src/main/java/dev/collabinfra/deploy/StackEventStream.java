package dev.collabinfra.deploy;

import dev.collabinfra.core.Backoff;
import dev.collabinfra.core.ProgressListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Follows a stack and every nested stack while CloudFormation works on them, printing each event
 * once, in the order things happened, through an {@link EventView}.
 *
 * <p>Polling: one {@code DescribeStackEvents} call per active stack per poll (a nested stack found
 * in a poll is read in that same poll), nothing else until the main stack's own event says it
 * settled (then one {@code DescribeStacks} to confirm). The pause starts at one second and grows to
 * two while nothing happens; throttling and dropped connections double it (up to 16 s) until calls
 * succeed again. Nested stacks are found from their parent's events of type
 * {@code AWS::CloudFormation::Stack} and followed while they work.
 *
 * <p>Time order across stacks: an event is printed once every stack has been read after it
 * happened. Every event of one poll is at most as new as the moment of the poll, and the next poll
 * reads every active stack after that moment, so events up to the newest time of one poll are
 * printed after the next poll: the view lags one poll (one or two seconds) and never goes back in
 * time.
 */
public final class StackEventStream {

    static final Duration FIRST_PAUSE = Backoff.EVENTS.first();
    static final Duration MAX_PAUSE = Backoff.EVENTS.max();
    /** Consecutive polls without a connection before the stream gives up (about two minutes of back-off). */
    static final int MAX_LOST_POLLS = 10;

    private final StackGateway gateway;
    private final ProgressListener out;
    private final SecretMasker masker;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration progressEvery;
    private final EventsMode mode;
    private final int addressWidth;

    /** What following a stack saw. */
    public record Result(StackState finalState, List<LabelledEvent> events, List<StackSummary> stacks) {

        public Result(StackState finalState, List<LabelledEvent> events) {
            this(finalState, events, List.of());
        }

        /** Nested stacks this operation left failed (ROLLBACK_COMPLETE, ..._FAILED), whatever the main stack says. */
        public List<StackSummary> failedNestedStacks() {
            return stacks.stream().filter(s -> s.depth() > 0 && s.failed()).toList();
        }
    }

    /** An event and the stack label it was printed with. */
    public record LabelledEvent(String stackLabel, StackEvent event) {}

    /**
     * @param batchMode batch builds get a progress line every 30 s of silence, others every 10 s
     */
    public StackEventStream(StackGateway gateway, ProgressListener out, SecretMasker masker, Clock clock, Sleeper sleeper, boolean batchMode) {
        this(gateway, out, masker, clock, sleeper, batchMode ? Duration.ofSeconds(30) : Duration.ofSeconds(10), EventsMode.ALL,
                EventView.DEFAULT_ADDRESS_WIDTH);
    }

    private StackEventStream(StackGateway gateway, ProgressListener out, SecretMasker masker, Clock clock, Sleeper sleeper,
            Duration progressEvery, EventsMode mode, int addressWidth) {
        this.gateway = gateway;
        this.out = out;
        this.masker = masker;
        this.clock = clock;
        this.sleeper = sleeper;
        this.progressEvery = progressEvery;
        this.mode = mode;
        this.addressWidth = addressWidth;
    }

    /** The same stream with another view: how much to print, and how wide the address column is. */
    public StackEventStream view(EventsMode eventsMode, int width) {
        return new StackEventStream(gateway, out, masker, clock, sleeper, progressEvery, eventsMode, width);
    }

    /**
     * Follows the stack until it settles.
     *
     * @param sinceEventId the newest event before the operation began; null shows the current
     *     operation's events from the newest page
     * @param deadline when to stop waiting
     * @param watchHint how to watch the stack after the plugin stops waiting
     * @throws StillRunningException when the deadline passes first, or the connection stays lost
     */
    public Result follow(String stackId, String stackLabel, String sinceEventId, Instant deadline, String watchHint)
            throws InterruptedException {
        EventPoll poll = new EventPoll(gateway, new EventPoll.Tracked(stackId, stackLabel, 0, null, sinceEventId), sinceEventId == null);
        EventView view = new EventView(out, masker, clock.getZone(), mode, addressWidth, stackLabel);
        Instant started = clock.instant();
        Instant lastOutput = started;
        Instant lastEvent = started;
        Instant watermark = null;
        Duration pause = FIRST_PAUSE;
        int lostPolls = 0;
        String lostReason = null;
        if (sinceEventId != null) {
            // An operation that was just started has nothing to show yet; the marker call that gave
            // sinceEventId and the first poll should not fall into the same second.
            sleeper.sleep(FIRST_PAUSE);
        }
        while (true) {
            List<LabelledEvent> polled = new ArrayList<>();
            EventPoll.Outcome outcome = poll.once(polled);
            Instant now = clock.instant();
            if (!polled.isEmpty()) {
                lastEvent = now;
            }
            boolean quiet = polled.isEmpty() && Duration.between(lastEvent, now).compareTo(progressEvery) >= 0;
            StackState settled = null;
            // Confirm a settled event with DescribeStacks; also check after a long silence, in case
            // the settling event was missed (it is paged out, or the stack was deleted under us).
            if (outcome == EventPoll.Outcome.READ && (poll.rootSettled || quiet)) {
                try {
                    StackState state = gateway.describeStack(stackId).orElse(null);
                    if (state == null || StackStatuses.settled(state.status())) {
                        settled = state == null ? DELETED : state;
                    }
                } catch (ThrottledException e) {
                    outcome = EventPoll.Outcome.THROTTLED;
                } catch (ConnectionLostException e) {
                    outcome = EventPoll.Outcome.LOST;
                    poll.lostReason = e.getMessage();
                }
            }
            poll.buffer.addAll(polled);
            int printed;
            if (settled != null) {
                printed = poll.flush(view, null);
                view.summary(poll.summaries());
                return new Result(settled == DELETED ? null : settled, poll.seen, poll.summaries());
            }
            if (outcome == EventPoll.Outcome.READ) {
                printed = watermark == null ? 0 : poll.flush(view, watermark);
                watermark = poll.newest;
                lostPolls = 0;
            } else {
                printed = 0;
            }
            if (outcome == EventPoll.Outcome.LOST) {
                lostPolls++;
                lostReason = poll.lostReason;
                if (lostPolls >= MAX_LOST_POLLS) {
                    poll.flush(view, null);
                    throw new StillRunningException("Lost the connection to CloudFormation while following stack " + stackLabel
                            + " (" + lostPolls + " tries over " + human(Duration.between(started, now)) + "; last: " + lostReason
                            + "). CloudFormation goes on by itself. " + watchHint);
                }
            }
            if (now.isAfter(deadline)) {
                poll.flush(view, null);
                throw new StillRunningException("Stopped waiting after " + human(Duration.between(started, now))
                        + "; CloudFormation is still working on stack " + stackLabel + ". " + watchHint);
            }
            if (printed > 0) {
                lastOutput = now;
            } else if (Duration.between(lastOutput, now).compareTo(progressEvery) >= 0) {
                out.info(poll.progressLine(Duration.between(started, now)));
                lastOutput = now;
            }
            if (outcome == EventPoll.Outcome.THROTTLED) {
                pause = Backoff.EVENTS.throttled(pause);
                out.detail("CloudFormation is throttling; next poll in " + pause.toMillis() + " ms");
            } else if (outcome == EventPoll.Outcome.LOST) {
                // A dropped connection backs off as throttling does.
                pause = Backoff.EVENTS.throttled(pause);
                out.warn("Lost the connection to CloudFormation (" + lostReason + "); trying again in " + human(pause)
                        + " (" + lostPolls + " of " + MAX_LOST_POLLS + ").");
            } else if (!polled.isEmpty()) {
                pause = Backoff.EVENTS.early(FIRST_PAUSE, Duration.between(started, now));
            } else {
                pause = Backoff.EVENTS.early(Backoff.EVENTS.calm(pause), Duration.between(started, now));
            }
            sleeper.sleep(pause);
        }
    }

    /** Marks "the stack is gone" while a poll finishes. */
    private static final StackState DELETED = new StackState("", "", "DELETE_COMPLETE", null, Map.of(), Map.of(), List.of(), false, null,
            List.of());

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
        if (duration.toMillis() < 1000) {
            return duration.toMillis() + "ms"; // an early pause, not "0s"
        }
        long seconds = duration.toSeconds();
        return seconds < 60 ? seconds + "s" : (seconds / 60) + "m" + String.format("%02d", seconds % 60) + "s";
    }
}
