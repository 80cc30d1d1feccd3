package rebound.console;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock until a script sets the time; from then on time stands where it was set. */
final class SettableClock extends Clock {

    private volatile Instant fixed;

    void set(Instant instant) {
        fixed = instant;
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
