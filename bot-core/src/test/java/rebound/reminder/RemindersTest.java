package rebound.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.Settings;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Messenger;
import rebound.frontdoor.Outbound;
import rebound.rejection.FollowUp;

@DisplayName("Reminders")
class RemindersTest {

    private static final Instant LOGGED = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    java.nio.file.Path data;
    private Rebound bot;
    private final List<Outbound> delivered = new ArrayList<>();

    @BeforeEach
    void logARejection() {
        bot = Rebound.open(new Settings(data, null, Clock.fixed(LOGGED, ZoneOffset.UTC)));
        Member member = new Member("console:alice");
        bot.handle(Inbound.command(member, ""));
        for (String text : List.of("Acme", "Designer", "final", "hired_other",
                "Dana Smith, hiring manager, weekly releases", "done", "skip", "yes", "thank, stay in touch", "warm")) {
            bot.handle(Inbound.text(member, text));
        }
        assertThat(bot.handle(Inbound.text(member, "yes"))).anyMatch(m -> !m.drafts().isEmpty());
    }

    @AfterEach
    void close() {
        bot.close();
    }

    private List<FollowUp> followUps() {
        return bot.overview(new Member("console:alice")).followups().stream()
                .map(f -> FollowUp.planned("", f.kind(), f.due(), f.to())).toList();
    }

    @Test
    @DisplayName("nothing is delivered before a follow-up is due")
    void notBeforeDue() {
        assertThat(followUps()).isNotEmpty();
        Instant firstDue = followUps().stream().map(FollowUp::due).min(Instant::compareTo).orElseThrow();
        assertThat(bot.deliverDueReminders(firstDue.minusSeconds(1), delivered::add)).isZero();
        assertThat(delivered).isEmpty();
    }

    @Test
    @DisplayName("a due follow-up is delivered exactly once, with its draft ready")
    void exactlyOnce() {
        Instant firstDue = followUps().stream().map(FollowUp::due).min(Instant::compareTo).orElseThrow();
        assertThat(bot.deliverDueReminders(firstDue, delivered::add)).isEqualTo(1);
        assertThat(bot.deliverDueReminders(firstDue.plus(Duration.ofMinutes(1)), delivered::add)).isZero();
        assertThat(delivered).hasSize(1);
        Outbound reminder = delivered.get(0);
        assertThat(reminder.reminder()).isTrue();
        assertThat(reminder.member().key()).isEqualTo("console:alice");
        assertThat(reminder.drafts()).hasSize(1);
        assertThat(reminder.drafts().get(0).to()).isEqualTo("Dana Smith");
        assertThat(reminder.drafts().get(0).body()).contains("Dana").contains("Acme");
    }

    @Test
    @DisplayName("a reminder survives a restart until it is delivered")
    void durable() {
        Instant firstDue = followUps().stream().map(FollowUp::due).min(Instant::compareTo).orElseThrow();
        bot.close();
        bot = Rebound.open(new Settings(data, null, Clock.fixed(LOGGED, ZoneOffset.UTC)));
        assertThat(bot.deliverDueReminders(firstDue, delivered::add)).isEqualTo(1);
        bot.close();
        bot = Rebound.open(new Settings(data, null, Clock.fixed(LOGGED, ZoneOffset.UTC)));
        assertThat(bot.deliverDueReminders(firstDue, delivered::add)).isZero();
    }

    @Test
    @DisplayName("a refused reminder stays pending, is not retried at once, and arrives later")
    void refused() {
        Instant firstDue = followUps().stream().map(FollowUp::due).min(Instant::compareTo).orElseThrow();
        int[] attempts = {0};
        Messenger closedDms = message -> {
            attempts[0]++;
            throw new Messenger.DeliveryRefused("DMs closed", 0);
        };
        assertThat(bot.deliverDueReminders(firstDue, closedDms)).isZero();
        assertThat(bot.deliverDueReminders(firstDue.plusSeconds(60), closedDms)).isZero();
        assertThat(attempts[0]).as("no retry inside the backoff").isEqualTo(1);
        assertThat(bot.deliverDueReminders(firstDue.plus(Duration.ofHours(2)), delivered::add)).isEqualTo(1);
        assertThat(delivered).hasSize(1);
    }

    @Test
    @DisplayName("a platform's retry-after hint is honoured")
    void retryAfter() {
        Instant firstDue = followUps().stream().map(FollowUp::due).min(Instant::compareTo).orElseThrow();
        Messenger limited = message -> {
            throw new Messenger.DeliveryRefused("429", 30);
        };
        bot.deliverDueReminders(firstDue, limited);
        assertThat(bot.deliverDueReminders(firstDue.plusSeconds(29), delivered::add)).isZero();
        assertThat(bot.deliverDueReminders(firstDue.plusSeconds(30), delivered::add)).isEqualTo(1);
    }

    @Test
    @DisplayName("after a long time away, several due nudges of one kind arrive as one, the latest")
    void noPileOfNudges() {
        String member = "console:gus";
        bot.handle(Inbound.command(new Member(member), ""));
        for (String text : List.of("Globex", "Engineer", "interview", "ghosted",
                "Lena Ortiz, recruiter", "done", "yes", "thank", "brief", "yes")) {
            bot.handle(Inbound.text(new Member(member), text));
        }
        List<Outbound> gus = new ArrayList<>();
        bot.deliverDueReminders(LOGGED.plus(Duration.ofDays(60)), m -> {
            if (m.member().key().equals(member)) {
                gus.add(m);
            }
        });
        assertThat(gus).hasSize(1);
        assertThat(gus.get(0).drafts()).singleElement().extracting(d -> d.kind()).isEqualTo("status_check");
        assertThat(bot.deliverDueReminders(LOGGED.plus(Duration.ofDays(61)), m -> gus.add(m))).isZero();
    }
}
