package dev.collabinfra.testendpoint;

import java.time.Duration;
import java.util.Random;

/**
 * Faults the endpoint injects into API calls, changeable while it runs: throttling of the next N
 * calls, of every Nth call, or of a seeded random share of calls; added latency; dropped
 * connections (the socket is closed without a response) of the next N calls, or of the next N calls
 * of one action (a network that breaks while the plugin follows events). Deterministic, so tests
 * and benchmarks can count on the outcome.
 */
public final class Faults {

    /** What to do with one incoming call. */
    enum Decision {
        PASS,
        THROTTLE,
        DROP
    }

    private int throttleNext;
    private int throttleEveryNth;
    private double throttleShare;
    private Random random;
    private int dropNext;
    private final java.util.Map<String, Integer> dropNextOf = new java.util.HashMap<>();
    private Duration latency = Duration.ZERO;
    private long calls;

    /** Answers the next {@code count} calls with {@code Throttling} ("Rate exceeded", HTTP 400). */
    public synchronized Faults throttleNext(int count) {
        throttleNext = count;
        return this;
    }

    /** Throttles every {@code n}th call from now on (the nth, 2nth, ...); 0 stops it. */
    public synchronized Faults throttleEveryNth(int n) {
        throttleEveryNth = n;
        calls = 0;
        return this;
    }

    /** Throttles a share (0..1) of calls chosen by a random generator with the given seed. */
    public synchronized Faults throttleShare(double share, long seed) {
        throttleShare = share;
        random = new Random(seed);
        return this;
    }

    /** Closes the connection of the next {@code count} calls without answering. */
    public synchronized Faults dropNext(int count) {
        dropNext = count;
        return this;
    }

    /** Closes the connection of the next {@code count} calls of {@code action} (e.g. DescribeStackEvents) without answering. */
    public synchronized Faults dropNext(String action, int count) {
        dropNextOf.put(action, count);
        return this;
    }

    /** Waits this long before answering every call. */
    public synchronized Faults latency(Duration latency) {
        this.latency = latency;
        return this;
    }

    /** Back to a well-behaved endpoint. */
    public synchronized Faults clear() {
        throttleNext = 0;
        throttleEveryNth = 0;
        throttleShare = 0;
        random = null;
        dropNext = 0;
        dropNextOf.clear();
        latency = Duration.ZERO;
        calls = 0;
        return this;
    }

    synchronized Duration latency() {
        return latency;
    }

    synchronized Decision decide() {
        return decide(null);
    }

    synchronized Decision decide(String action) {
        calls++;
        Integer ofAction = action == null ? null : dropNextOf.get(action);
        if (ofAction != null && ofAction > 0) {
            dropNextOf.put(action, ofAction - 1);
            return Decision.DROP;
        }
        if (dropNext > 0) {
            dropNext--;
            return Decision.DROP;
        }
        if (throttleNext > 0) {
            throttleNext--;
            return Decision.THROTTLE;
        }
        if (throttleEveryNth > 0 && calls % throttleEveryNth == 0) {
            return Decision.THROTTLE;
        }
        if (random != null && random.nextDouble() < throttleShare) {
            return Decision.THROTTLE;
        }
        return Decision.PASS;
    }
}
