package rebound.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Event ids seen in the last {@link #WINDOW}: Slack retries an event (with {@code X-Slack-Retry-Num})
 * when an ack is slow or lost, and the same event must advance a conversation once. The core also
 * remembers the id (as the delivery id), so a retry after a restart is caught there.
 */
final class RecentEvents {

    static final Duration WINDOW = Duration.ofMinutes(15);
    private final Clock clock;
    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    private volatile Instant nextSweep = Instant.MIN;

    RecentEvents(Clock clock) {
        this.clock = clock;
    }

    /** True the first time an id is seen within the window. */
    boolean firstTime(String eventId) {
        if (eventId == null || eventId.isBlank()) {
            return true;
        }
        Instant now = clock.instant();
        sweep(now);
        Instant earlier = seen.putIfAbsent(eventId, now);
        return earlier == null || earlier.plus(WINDOW).isBefore(now) && seen.replace(eventId, earlier, now);
    }

    private void sweep(Instant now) {
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plus(WINDOW);
        seen.values().removeIf(at -> at.plus(WINDOW).isBefore(now));
    }
}
