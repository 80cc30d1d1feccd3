package rebound.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.frontdoor.Messenger;
import rebound.store.InMemoryMemberStore;
import rebound.store.MemberStore;
import rebound.text.LogName;

/**
 * Issue 22, metrics: what became of the reminders is counted in Micrometer's global registry (read by
 * {@code /metrics}): follow-ups due, delivered, maybe delivered, refused; the messages by kind; the rounds
 * that failed. No member in any tag.
 */
@DisplayName("Reminder metrics")
class ReminderMetricsTest {

    private static final Instant MORNING = Instant.parse("2026-11-24T09:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MemberStore store = new InMemoryMemberStore();
    private final Rebound bot = DueMember.bot(store);

    @BeforeEach
    void watch() {
        Metrics.addRegistry(registry);
    }

    @AfterEach
    void close() {
        Metrics.removeRegistry(registry);
        bot.close();
    }

    private double count(String name, String... tags) {
        var search = registry.find(name).tags(tags);
        return search.counter() == null ? 0 : search.counter().count();
    }

    @Test
    @DisplayName("a round with a delivery, a send with no clear answer and a refused gathered message")
    void oneRound() {
        DueMember.logRejections(bot, store, 12, MORNING);
        int[] calls = {0};
        bot.deliverDueReminders(MORNING, message -> {
            calls[0]++;
            if (calls[0] == 2) {
                throw new Messenger.DeliveryUncertain("no answer in 10 s", null);
            }
            if (message.drafts().isEmpty()) {
                throw new Messenger.DeliveryRefused("DMs closed", 0);
            }
        });

        assertThat(count("rebound.reminders", "result", "due")).isEqualTo(12);
        assertThat(count("rebound.reminders", "result", "delivered")).isEqualTo(1);
        assertThat(count("rebound.reminders", "result", "maybe_delivered")).isEqualTo(1);
        assertThat(count("rebound.reminders", "result", "refused")).as("the 10 the gathered message carried")
                .isEqualTo(10);
        assertThat(count("rebound.reminder.messages", "kind", "single", "result", "delivered")).isEqualTo(1);
        assertThat(count("rebound.reminder.messages", "kind", "single", "result", "maybe_delivered")).isEqualTo(1);
        assertThat(count("rebound.reminder.messages", "kind", "gathered", "result", "refused")).isEqualTo(1);
        assertThat(registry.getMeters()).flatExtracting(m -> m.getId().getTags()).extracting(Tag::getValue)
                .noneMatch(v -> v.contains("june") || v.contains(LogName.of(DueMember.MEMBER.key())));
        assertThat(registry.getMeters()).extracting(Meter::getId).extracting(Meter.Id::getName)
                .allMatch(n -> !n.startsWith("rebound.remind") || n.equals("rebound.reminders")
                        || n.equals("rebound.reminder.messages") || n.equals("rebound.reminder.failures"));
    }
}
