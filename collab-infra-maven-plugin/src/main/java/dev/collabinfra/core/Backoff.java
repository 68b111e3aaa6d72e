package dev.collabinfra.core;

import java.time.Duration;

/**
 * The one retry and backoff policy of the plugin's waits on AWS: look early, then slow down to a
 * ceiling while nothing happens, and back off exponentially (to {@link #MAX_THROTTLED}) while the
 * service throttles. The change-set wait, the event stream, the stack-set operation wait and the
 * retried single calls use it with their own first pause; the rules are the same for all.
 *
 * <pre>{@code
 * Duration pause = Backoff.EVENTS.first();
 * while (...) {
 *     pause = throttled ? Backoff.EVENTS.throttled(pause) : activity ? Backoff.EVENTS.first() : Backoff.EVENTS.calm(pause);
 *     sleeper.sleep(pause);
 * }
 * }</pre>
 *
 * @param first the first pause, and the pause after something happened
 * @param max the longest pause while waiting calmly
 * @param growthPercent how much a calm pause grows per poll (150 = times 1.5)
 * @param attempts how many tries a retried single call gets while throttled
 */
public record Backoff(Duration first, Duration max, int growthPercent, int attempts) {

    /** The longest pause while throttled, whatever the waiter. */
    public static final Duration MAX_THROTTLED = Duration.ofSeconds(16);

    /** A change set is often ready in well under a second (always on the local endpoint): look early, then back off. */
    public static final Backoff CHANGE_SET = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(2), 200, 0);

    /** A stack-set operation: looked at early, then every 2 s at the most while it runs. */
    public static final Backoff STACK_SET_OPERATION = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(2), 200, 0);

    /** Following stack events: once a second, slower while nothing happens. */
    public static final Backoff EVENTS = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 150, 0);

    /** A single call the service throttles: tried again after 0.5 s, 1 s, 2 s, ... */
    public static final Backoff THROTTLED_CALL = new Backoff(Duration.ofMillis(500), MAX_THROTTLED, 200, 6);

    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || growthPercent < 100 || attempts < 0) {
            throw new IllegalArgumentException("first > 0, max >= first, growthPercent >= 100, attempts >= 0");
        }
    }

    /** The pause after a poll that saw nothing new: grown by {@code growthPercent}, at most {@link #max}. */
    public Duration calm(Duration current) {
        return min(Duration.ofMillis(current.toMillis() * growthPercent / 100), max);
    }

    /** The shortest pause {@link #early} gives. */
    public static final Duration EARLIEST = Duration.ofMillis(250);

    /**
     * The calm or after-activity pause {@code usual}, shortened early in an operation to a quarter
     * of the time {@code elapsed} since it started (never under {@link #EARLIEST}): a stack that
     * settles 1.2 s in is seen at about 1.25 s rather than at the next full pause (2.5 s), so a
     * short operation is not stretched by the polling. Once {@code elapsed} is four times the usual
     * pause this changes nothing; a long deployment polls as before.
     */
    public Duration early(Duration usual, Duration elapsed) {
        Duration quarter = elapsed.dividedBy(4);
        return min(usual, quarter.compareTo(EARLIEST) < 0 ? EARLIEST : quarter);
    }

    /** The pause after a throttled call: doubled, at most {@link #MAX_THROTTLED}. */
    public Duration throttled(Duration current) {
        return min(current.multipliedBy(2), MAX_THROTTLED);
    }

    /** True when a retried call may try again after {@code failedAttempts} throttled tries. */
    public boolean mayRetry(int failedAttempts) {
        return failedAttempts < attempts;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
