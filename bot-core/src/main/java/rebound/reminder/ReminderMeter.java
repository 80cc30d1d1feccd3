package rebound.reminder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

/**
 * Reminders as metrics (Micrometer's global registry, read by the probe port's {@code /metrics}; issue 22).
 * No member in any tag.
 * <ul>
 * <li>{@code rebound.reminders}, follow-ups counted by {@code result}: {@code due} (found due and put in a
 * message, in full or gathered), {@code deferred} (due past the day's messages, moved to the member's next
 * morning), {@code superseded} (a later one of the same kind was due too), then what the platform said of
 * the message that carried them: {@code delivered}, {@code maybe_delivered} (no clear answer, or a send left
 * unmarked by a crash), {@code refused} (pending again, retried later).</li>
 * <li>{@code rebound.reminder.messages}, the messages (DMs) sent, by {@code kind} ({@code single},
 * {@code gathered}) and {@code result} ({@code delivered}, {@code maybe_delivered}, {@code refused}).</li>
 * <li>{@code rebound.reminder.failures}, by {@code stage}: {@code claim} (a member's claim failed),
 * {@code unreadable} (their record could not be read), {@code mark} (recording the platform's answer
 * failed; the send is then maybe delivered).</li>
 * </ul>
 */
final class ReminderMeter {

    private ReminderMeter() {
    }

    static void followUps(String result, int count) {
        if (count > 0) {
            Counter.builder("rebound.reminders").description("Follow-ups due, and what became of their reminders")
                    .tag("result", result).register(Metrics.globalRegistry).increment(count);
        }
    }

    static void message(boolean gathered, String result) {
        Counter.builder("rebound.reminder.messages").description("Reminder messages (DMs) sent to members")
                .tag("kind", gathered ? "gathered" : "single").tag("result", result)
                .register(Metrics.globalRegistry).increment();
    }

    static void failure(String stage) {
        Counter.builder("rebound.reminder.failures").description("Reminder rounds that failed for one member")
                .tag("stage", stage).register(Metrics.globalRegistry).increment();
    }

    /** The {@code result} tag of what the platform said. */
    static String result(Sent sent) {
        return sent instanceof Sent.Refused ? "refused" : sent.confirmed() ? "delivered" : "maybe_delivered";
    }
}
