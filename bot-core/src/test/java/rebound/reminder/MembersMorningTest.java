package rebound.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rebound.conversation.Dialogue;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.Settings;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Outbound;
import rebound.frontdoor.PlannedFollowUp;

/**
 * Issue 21, the member's clock: a member far from UTC gets every reminder at 09:00 their time, across
 * their daylight-saving change, and reads dates from their own calendar. Reminders are driven by a
 * settable clock, and each follow-up is checked at the moment it falls due.
 */
@DisplayName("Reminders come in the member's morning")
class MembersMorningTest {

    /** Logged so that follow-ups cross March's (Adak) and April's (Auckland) clock changes. */
    private static final Instant LOGGED = Instant.parse("2027-02-20T01:30:00Z");
    private static final Member MEMBER = new Member("console:far");
    private static final DateTimeFormatter DATES = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    @TempDir
    java.nio.file.Path data;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"America/Adak, -10, -9, 2027-01-20T01:30:00Z", "Asia/Kolkata, +05:30, +05:30, 2027-02-20T01:30:00Z",
            "Pacific/Auckland, +13, +12, 2027-02-20T01:30:00Z"})
    @DisplayName("every reminder over a year comes at 09:00 local, before and after the clocks change")
    void morningAcrossDaylightSaving(String zoneId, String before, String after, Instant logged) {
        ZoneId zone = ZoneId.of(zoneId);
        SettableClock clock = SettableClock.at(logged);
        List<Instant> deliveredAt = new ArrayList<>();
        Set<ZoneOffset> offsets = new HashSet<>();
        try (Rebound bot = Rebound.open(new Settings(data, null, clock))) {
            logARejection(bot, zone);
            boolean snoozed = false;
            while (true) {
                Instant next = nextDue(bot);
                if (next == null || next.isAfter(logged.plus(Duration.ofDays(365)))) {
                    break;
                }
                assertThat(next.atZone(zone).toLocalTime()).as("due at %s", next).isEqualTo(LocalTime.of(9, 0));
                List<Outbound> sent = new ArrayList<>();
                assertThat(bot.deliverDueReminders(next.minusSeconds(1), sent::add)).isZero();
                clock.set(next);
                assertThat(bot.deliverDueReminders(next, sent::add)).isPositive();
                deliveredAt.add(next);
                offsets.add(zone.getRules().getOffset(next));
                if (!snoozed) { // pressed in the afternoon: a week later, in the morning again
                    clock.set(next.plus(Duration.ofHours(6)));
                    bot.handle(Inbound.action(MEMBER, Dialogue.actionOf(sent.get(0), "snooze")).withZone(zone));
                    snoozed = true;
                }
            }
        }
        assertThat(deliveredAt).as("delivered at %s", deliveredAt).hasSizeGreaterThanOrEqualTo(3);
        assertThat(offsets).as("delivered at %s", deliveredAt).contains(ZoneOffset.of(before), ZoneOffset.of(after));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Pacific/Auckland", "America/Adak", "Asia/Kolkata"})
    @DisplayName("the dates a member reads are on their calendar: 09:00 Monday in Auckland is Sunday in UTC, and reads Monday")
    void theirDates(String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        SettableClock clock = SettableClock.at(LOGGED);
        try (Rebound bot = Rebound.open(new Settings(data, null, clock))) {
            logARejection(bot, zone);
            String list = String.join("\n", bot.handle(Inbound.command(MEMBER, "list").withZone(zone)).stream()
                    .map(Outbound::text).toList());
            List<PlannedFollowUp> planned = bot.overview(MEMBER).followups();
            assertThat(planned).isNotEmpty();
            for (PlannedFollowUp followUp : planned) {
                String theirs = DATES.format(followUp.due().atZone(zone));
                assertThat(list).contains(theirs);
                String utc = DATES.format(followUp.due().atZone(ZoneOffset.UTC));
                if (!utc.equals(theirs)) {
                    assertThat(list).doesNotContain(utc);
                }
            }
            if (zoneId.equals("Pacific/Auckland")) { // the morning there is the evening before in UTC
                assertThat(planned).allSatisfy(f -> assertThat(f.due().atZone(ZoneOffset.UTC).toLocalDate())
                        .isEqualTo(f.due().atZone(zone).toLocalDate().minusDays(1)));
            }
        }
    }

    private static void logARejection(Rebound bot, ZoneId zone) {
        bot.handle(Inbound.command(MEMBER, "").withZone(zone));
        for (String text : List.of("Acme", "Designer", "final", "hired_other",
                "Dana Smith, hiring manager, weekly releases", "done", "skip", "yes", "thank, stay in touch", "warm",
                "yes")) {
            bot.handle(Inbound.text(MEMBER, text).withZone(zone));
        }
    }

    private static Instant nextDue(Rebound bot) {
        return bot.overview(MEMBER).followups().stream().map(PlannedFollowUp::due).min(Instant::compareTo)
                .orElse(null);
    }

}
