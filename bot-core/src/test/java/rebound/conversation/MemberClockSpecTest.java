package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.Member;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Inbound;
import rebound.member.MemberState;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

/** Issue 21, the member's clock: their morning, their zone asked once, and a move that keeps each day. */
@DisplayName("The member's clock")
class MemberClockSpecTest {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final MemberClock CLOCK = new MemberClock(LocalTime.of(9, 0), rebound.plan.WorkingDays.MONDAY_TO_FRIDAY);

    private static Map<String, FollowUp> byId(MemberState state) {
        return state.rejections().stream().flatMap(r -> r.followUps().stream())
                .collect(Collectors.toMap(FollowUp::id, Function.identity()));
    }

    @Test
    @DisplayName("a plan made at 10:00 UTC for a member with no zone yet comes at 09:00 UTC on each day")
    void unknownZoneIsUtcMorning() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank, stay in touch",
                "Dana Smith, hiring manager, weekly releases").says("yes");
        assertThat(byId(alice.state()).values()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.due().atZone(ZoneOffset.UTC).toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
    }

    @Test
    @DisplayName("a member with no zone is asked once, lightly, after their first plan; the answer is kept and every follow-up moves to their morning")
    void askedOnce() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank, stay in touch",
                "Dana Smith, hiring manager, weekly releases").says("yes").botSays("What's your time zone or city?");
        assertThat(alice.last().choices()).extracting(Choice::label).contains("Berlin", "India");
        Map<String, FollowUp> before = byId(alice.state());
        alice.says("Auckland").botSays("your time zone is *Pacific/Auckland*");
        assertThat(alice.state().zone()).isEqualTo(AUCKLAND);
        Map<String, FollowUp> after = byId(alice.state());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((id, f) -> {
            assertThat(f.due().atZone(AUCKLAND).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
            assertThat(f.due().atZone(AUCKLAND).toLocalDate())
                    .isEqualTo(before.get(id).due().atZone(ZoneOffset.UTC).toLocalDate());
        });
        // a second rejection: not asked again; a typed zone is no longer taken as an answer
        alice.throughIntake("hired_other", "yes", "thank", "Sam Lee, recruiter").says("yes");
        assertThat(String.join("\n", alice.texts())).doesNotContain("What's your time zone");
        alice.says("Berlin");
        assertThat(alice.state().zone()).isEqualTo(AUCKLAND);
    }

    @Test
    @DisplayName("/rejected settings shows the zone, and changes it typed or pressed")
    void settings() {
        Dialogue alice = Dialogue.with("console:alice").commands("settings").botSays("not set yet");
        alice.presses(alice.last().choices().stream().filter(c -> c.label().equals("India")).findFirst()
                .orElseThrow().action()).botSays("*Asia/Kolkata*");
        assertThat(alice.state().zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        alice.commands("settings UTC-10").botSays("*UTC-10:00*");
        assertThat(alice.state().zone()).isEqualTo(ZoneOffset.ofHours(-10));
        alice.commands("settings IST");
        assertThat(alice.state().zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        alice.commands("settings utc+5:30");
        assertThat(alice.state().zone()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        alice.commands("settings -10");
        assertThat(alice.state().zone()).isEqualTo(ZoneOffset.ofHours(-10));
        alice.commands("settings +13");
        assertThat(alice.state().zone()).isEqualTo(ZoneOffset.ofHours(13));
        alice.commands("settings europe/berlin");
        assertThat(alice.state().zone()).isEqualTo(BERLIN);
        alice.commands("settings Atlantis").botSays("I couldn't read \"Atlantis\" as a time zone");
        assertThat(alice.state().zone()).isEqualTo(BERLIN);
        alice.commands("settings").botSays("Time zone: *Europe/Berlin*");
    }

    @Test
    @DisplayName("a member who moves keeps each pending follow-up's day, now at 09:00 there: none dropped, none doubled, one being sent or delivered untouched")
    void moveKeepsDays() {
        Instant now = Instant.parse("2027-03-30T00:00:00Z");
        Instant dueA = LocalDate.of(2027, 4, 5).atTime(9, 0).atZone(AUCKLAND).toInstant(); // after NZ's change
        Instant dueB = LocalDate.of(2027, 3, 31).atTime(9, 0).atZone(AUCKLAND).toInstant();
        FollowUp sending = FollowUp.planned("f3", "check_in", dueB, "Sam").sending(now);
        FollowUp delivered = FollowUp.planned("f4", "check_in", dueB, "Sam").delivered(now);
        Rejection rejection = new Rejection("r1", now, "Acme", "Designer", "final", "hired_other", true, List.of(),
                List.of(), "", "warm", List.of(), List.of(FollowUp.planned("f1", "check_in", dueA, "Dana"),
                FollowUp.planned("f2", "status_check", dueB, "Dana"), sending, delivered), List.of());
        MemberState state = MemberState.empty().withZone(AUCKLAND).withRejection(rejection);

        MemberState moved = CLOCK.moveTo(state, BERLIN, now);
        Map<String, FollowUp> after = byId(moved);
        assertThat(moved.zone()).isEqualTo(BERLIN);
        assertThat(after).hasSize(4);
        assertThat(after.get("f1").due()).isEqualTo(LocalDate.of(2027, 4, 5).atTime(9, 0).atZone(BERLIN).toInstant());
        assertThat(after.get("f2").due()).isEqualTo(LocalDate.of(2027, 3, 31).atTime(9, 0).atZone(BERLIN).toInstant());
        assertThat(after.get("f3")).isEqualTo(sending);
        assertThat(after.get("f4")).isEqualTo(delivered);
        // moving back gives the very same moments: nothing drifts
        assertThat(byId(CLOCK.moveTo(moved, AUCKLAND, now)).get("f1").due()).isEqualTo(dueA);
    }

    @Test
    @DisplayName("a follow-up stored after its day's morning (a snooze pressed at 15:00 for today) comes at once; one for a later day comes that morning")
    void morningPast() {
        Instant afternoon = LocalDate.of(2027, 4, 5).atTime(15, 0).atZone(BERLIN).toInstant();
        assertThat(CLOCK.morningOf(afternoon, BERLIN, afternoon)).isEqualTo(afternoon);
        assertThat(CLOCK.morningOf(afternoon.plus(Duration.ofDays(7)), BERLIN, afternoon))
                .isEqualTo(LocalDate.of(2027, 4, 12).atTime(9, 0).atZone(BERLIN).toInstant());
    }

    @Test
    @DisplayName("a zone given with the event (Slack, the terminal) is kept, and moves the member's follow-ups to its mornings")
    void zoneFromThePlatform() {
        Conversation conversation = Dialogue.conversation();
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        Turn turn = conversation.step(MemberState.empty(),
                Inbound.command(new Member("slack:T1:U1"), "list").withZone(ZoneId.of("America/Adak")), now);
        assertThat(turn.state().zone()).isEqualTo(ZoneId.of("America/Adak"));
        Turn same = conversation.step(turn.state(), Inbound.command(new Member("slack:T1:U1"), "list"), now);
        assertThat(same.state().zone()).isEqualTo(ZoneId.of("America/Adak"));
        Turn moved = conversation.step(same.state(), Inbound.command(new Member("slack:T1:U1"), "list").withZone(AUCKLAND), now);
        assertThat(moved.state().zone()).isEqualTo(AUCKLAND);
    }

    @Test
    @DisplayName("a zone the member chose with /rejected settings stays, whatever zone their platform gives later")
    void chosenZoneStays() {
        Conversation conversation = Dialogue.conversation();
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        Turn chose = conversation.step(MemberState.empty(),
                Inbound.command(new Member("console:me"), "settings Berlin").withZone(ZoneOffset.UTC), now);
        assertThat(chose.state().zone()).isEqualTo(BERLIN);
        Turn later = conversation.step(chose.state(), Inbound.command(new Member("console:me"), "list").withZone(ZoneOffset.UTC), now);
        assertThat(later.state().zone()).isEqualTo(BERLIN);
    }
}
