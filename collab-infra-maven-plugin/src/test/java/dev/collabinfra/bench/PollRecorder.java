package dev.collabinfra.bench;

import dev.collabinfra.deploy.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The real sleeper, recording when each pause began: the deploy polls between pauses, so the calls
 * the endpoint received between two pauses are one poll.
 */
final class PollRecorder implements Sleeper {

    private final List<Instant> pauses = new ArrayList<>();

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        synchronized (pauses) {
            pauses.add(Instant.now());
        }
        Thread.sleep(duration.toMillis());
    }

    List<Instant> pauses() {
        synchronized (pauses) {
            return List.copyOf(pauses);
        }
    }

    void reset() {
        synchronized (pauses) {
            pauses.clear();
        }
    }
}
