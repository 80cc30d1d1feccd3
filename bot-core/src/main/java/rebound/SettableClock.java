package rebound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock until someone sets the time; from then on time stands where it was set, and moves
 * only when moved. The JSON-lines front door sets it from a script; tests move it so reminders fall due.
 */
public final class SettableClock extends Clock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public SettableClock() {
    }

    /** A clock standing at {@code start}. */
    public static SettableClock at(Instant start) {
        SettableClock clock = new SettableClock();
        clock.set(start);
        return clock;
    }

    public void set(Instant instant) {
        fixed.set(instant);
    }

    public void advance(Duration by) {
        fixed.updateAndGet(at -> (at == null ? Instant.now() : at).plus(by));
    }

    @Override
    public Instant instant() {
        Instant at = fixed.get();
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
