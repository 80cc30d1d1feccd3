package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Member;
import rebound.frontdoor.Outbound;
import rebound.member.MemberState;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

/**
 * A follow-up is a work e-mail to a recruiter or a hiring manager: it falls on a day notes go out
 * (plan.txt's {@code notes go out}, Monday to Friday), on the member's own calendar. One whose day would
 * be a Saturday or a Sunday comes the Monday after, in the member's morning, and the date they read says so.
 */
@DisplayName("Follow-ups fall on working days")
class WorkingDaysSpecTest {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final String DANA = "Dana Smith, hiring manager, weekly releases";
    private static final String SAM = "Sam Lee, recruiter";

    private static Rejection only(Dialogue member) {
        return member.state().rejections().get(0);
    }



    private static Instant morning(LocalDate day, ZoneId zone) {
        return day.atTime(9, 0).atZone(zone).toInstant();
    }

    @Test
    @DisplayName("a plan made on a Saturday in Auckland nudges on the Mondays after, Auckland's Mondays, not on Saturdays")
    void planOnTheMembersCalendar() {
        // given a member in Auckland who ends the intake on Saturday 5 December, 01:00 their time (Friday in UTC)
        Dialogue ana = Dialogue.with("console:ana").commands("settings Auckland");
        ana.later(Duration.ofDays(11).plusHours(2));
        assertThat(ana.now().atZone(AUCKLAND).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        // when no answer came after the final round: nudges a week and three weeks on, both Saturdays there
        ana.throughIntake("ghosted", "yes", "thank", SAM).says("yes");
        // then each comes the Monday after, at 09:00 Auckland time, and the plan says so
        assertThat(only(ana).pendingFollowUps()).extracting(FollowUp::due).containsExactly(
                morning(LocalDate.of(2026, 12, 14), AUCKLAND), morning(LocalDate.of(2026, 12, 28), AUCKLAND));
        ana.botSays("- Mon 14 Dec 2026: a status question").botSays("- Mon 28 Dec 2026: a status question");
        assertThat(String.join("\n", ana.texts())).doesNotContain("Sat 12 Dec").doesNotContain("Sat 26 Dec");
    }

    @Test
    @DisplayName("no follow-up of a plan falls on a Saturday or a Sunday: the reference ask, the check-ins, the three-month note")
    void everyPlanOnWeekdays() {
        // given plans made on each day of a week, for the stories that schedule the most follow-ups
        for (int day = 0; day < 7; day++) {
            for (String outcome : List.of("hired_other", "no_openings", "ghosted")) {
                Dialogue alice = Dialogue.with("console:alice").later(Duration.ofDays(day));
                // when the member wants it all
                alice.throughIntake(outcome, "yes", "thank, feedback, reference, stay in touch", DANA, SAM)
                        .says("yes");
                // then every follow-up is on a weekday, in its morning (the member's zone is not known: UTC)
                assertThat(only(alice).pendingFollowUps()).as("%s, plan made %s", outcome, alice.now()).isNotEmpty()
                        .allSatisfy(f -> {
                            DayOfWeek weekday = f.due().atZone(ZoneOffset.UTC).getDayOfWeek();
                            assertThat(weekday).as("%s due %s", f.kind(), f.due())
                                    .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                            assertThat(f.due()).isEqualTo(Dialogue.morningOf(f.due()));
                        });
            }
        }
    }

    @Test
    @DisplayName("\"remind me later\" pressed on a Saturday comes back the Monday after next, and says that date")
    void snoozeOnASaturday() {
        // given a plan, and a reminder the member opens on Saturday 28 November
        Dialogue alice = Dialogue.with("console:alice").throughIntake("ghosted", "yes", "thank", DANA).says("yes");
        Outbound reminder = alice.reminderFor("status_check");
        alice.later(Duration.ofDays(5));
        assertThat(alice.now().atZone(ZoneOffset.UTC).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        // when they snooze it a week: Saturday 5 December
        alice.presses(Dialogue.actionOf(reminder, "snooze"));
        // then it comes on Monday 7 December, and the message says Monday
        FollowUp snoozed = only(alice).followUps().stream().filter(f -> f.id().equals(reminderId(reminder)))
                .findFirst().orElseThrow();
        assertThat(snoozed.due()).isEqualTo(morning(LocalDate.of(2026, 12, 7), ZoneOffset.UTC));
        alice.botSays("Mon 7 Dec 2026");
        assertThat(alice.last().text()).doesNotContain("Sat 5 Dec");
    }

    @Test
    @DisplayName("a follow-up an outcome adds on a Sunday (the role reopened: ask in two weeks) comes on the Monday, and says so")
    void outcomeOnASunday() {
        // given a plan, and the member telling on Sunday 29 November that the role reopened
        Dialogue alice = Dialogue.with("console:alice").throughIntake("ghosted", "yes", "thank", DANA).says("yes");
        Outbound reminder = alice.reminderFor("status_check");
        alice.later(Duration.ofDays(6));
        assertThat(alice.now().atZone(ZoneOffset.UTC).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        alice.presses(Dialogue.actionOf(reminder, "reopened"));
        // then the status question two weeks on (Sunday 13 December) comes on Monday 14 December
        assertThat(only(alice).pendingFollowUps()).filteredOn(f -> f.kind().equals("status_check"))
                .extracting(FollowUp::due).contains(morning(LocalDate.of(2026, 12, 14), ZoneOffset.UTC))
                .allSatisfy(due -> assertThat(due.atZone(ZoneOffset.UTC).getDayOfWeek())
                        .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        alice.botSays("Mon 14 Dec 2026");
        assertThat(String.join("\n", alice.texts())).doesNotContain("Sun 13 Dec");
    }

    @Test
    @DisplayName("a follow-up an earlier version stored on a Saturday stays there: only the dates a turn plans or moves follow the rule")
    void storedDatesStay() {
        // given a member whose stored plan has a follow-up on Saturday 5 December (an earlier version's date)
        Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank, stay in touch",
                DANA).says("yes");
        Instant saturday = morning(LocalDate.of(2026, 12, 5), ZoneOffset.UTC);
        Rejection rejection = only(alice);
        FollowUp first = rejection.pendingFollowUps().get(0);
        MemberState stored = alice.state().changeRejection(rejection.id(),
                r -> r.withFollowUp(first.id(), f -> f.rescheduled(saturday)));
        // when a turn (their list) stores the state again
        MemberState after = Dialogue.conversation().step(stored,
                Inbound.command(new Member("console:alice"), "list"), alice.now()).state();
        // then the stored date is read as it was
        assertThat(after.rejection(rejection.id()).followUps()).filteredOn(f -> f.id().equals(first.id()))
                .extracting(FollowUp::due).containsExactly(saturday);
    }

    private static String reminderId(Outbound reminder) {
        // the snooze button's action names the follow-up: followup:<rejection>:<follow-up>:snooze
        String[] parts = Dialogue.actionOf(reminder, "snooze").split(":");
        return parts[2];
    }
}
