package dev.collabinfra.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one backoff policy: calm pauses grow to a ceiling, throttled ones double to 16 s, retries are bounded. */
class BackoffTest {

    @Test
    void calmPausesGrowToTheirCeiling() {
        assertThat(sequence(Backoff.CHANGE_SET, false, 5)).containsExactly(millis(250), millis(500), millis(1000), millis(2000), millis(2000));
        assertThat(sequence(Backoff.EVENTS, false, 4)).containsExactly(millis(1000), millis(1500), millis(2000), millis(2000));
    }

    @Test
    void throttledPausesDoubleToSixteenSecondsWhateverTheWaiter() {
        assertThat(sequence(Backoff.EVENTS, true, 6)).containsExactly(millis(1000), millis(2000), millis(4000), millis(8000),
                millis(16000), millis(16000));
        assertThat(sequence(Backoff.THROTTLED_CALL, true, 7)).endsWith(millis(16000), millis(16000));
    }

    @Test
    void aThrottledCallIsTriedAgainABoundedNumberOfTimes() {
        assertThat(Backoff.THROTTLED_CALL.mayRetry(5)).isTrue();
        assertThat(Backoff.THROTTLED_CALL.mayRetry(6)).isFalse();
        assertThat(Backoff.EVENTS.mayRetry(0)).isFalse();
    }

    @Test
    void aPolicyThatNeverWaitsOrShrinksIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 200, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 50, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Duration> sequence(Backoff backoff, boolean throttled, int n) {
        List<Duration> pauses = new ArrayList<>();
        Duration pause = backoff.first();
        for (int i = 0; i < n; i++) {
            pauses.add(pause);
            pause = throttled ? backoff.throttled(pause) : backoff.calm(pause);
        }
        return pauses;
    }

    private static Duration millis(long ms) {
        return Duration.ofMillis(ms);
    }
}
