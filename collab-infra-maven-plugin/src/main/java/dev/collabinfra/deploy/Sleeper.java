package dev.collabinfra.deploy;

import java.time.Duration;

/** Waits between polls; tests pass one that only advances a fake clock. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** The real thing. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
