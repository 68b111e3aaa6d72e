package dev.collabinfra.deploy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when the code under test sleeps; records every pause. */
final class FakeTime extends Clock implements Sleeper {

    final List<Duration> pauses = new ArrayList<>();
    private Instant now = Instant.parse("2026-01-01T10:00:00Z");

    @Override
    public void sleep(Duration duration) {
        pauses.add(duration);
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
