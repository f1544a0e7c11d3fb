package no.ipt.workflow.tender;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the tests set, so that deadlines can pass without waiting. */
final class MovableClock extends Clock {

    private Instant now;
    private final ZoneId zone;

    MovableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    void set(Instant instant) {
        this.now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
