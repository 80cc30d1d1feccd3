package rebound.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.rejection.Contact;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;

/**
 * Issue 21, the plan side: a light touch (seeds 000, 002, 004: occasional, never a chase) and each
 * person's story deciding their next note. Each test names the defect it was written against.
 */
@DisplayName("A plan that listens")
class PlanThatListensTest {

    static final Playbook PLAYBOOK = PlanTableTest.PLAYBOOK;
    static final Instant NOW = PlanTableTest.NOW;
    static final Contact DANA = new Contact("Dana Smith", "hiring_manager", "the move to weekly releases", "", true, true);
    static final Contact ANA = new Contact("Ana Ruiz", "interviewer", "latency budgets", "", false, true);

    @Test
    @DisplayName("one person is asked one thing at a time, the reference first and feedback a quiet month later, "
            + "never more than two follow-ups in 30 days, and the plan says so")
    void oneAskAtATime() {
        // before: thank-you day 0, reference ask day 5, feedback ask day 11, check-in day 30, all to Dana
        Rejection r = planned("hired_other", true, "thank,reference,feedback,stay_in_touch", DANA);
        List<FollowUp> toDana = r.followUps().stream().filter(f -> f.to().equals("Dana Smith")).toList();
        Instant reference = due(toDana, "reference_request");
        Instant feedback = due(toDana, "feedback_request");
        assertThat(reference).isBefore(feedback);
        assertThat(Duration.between(reference, feedback).toDays()).as("feedback waits a quiet month")
                .isGreaterThanOrEqualTo(30);
        assertThat(atMostTwoIn30Days(toDana)).isTrue();
        assertThat(PLAYBOOK.plan(start("hired_other", true, "thank,reference,feedback,stay_in_touch", DANA), NOW)
                .notes()).contains("note_one_ask");
    }

    @Test
    @DisplayName("with one ask of a person, no line about asking one thing at a time")
    void oneAskNoLine() {
        assertThat(PLAYBOOK.plan(start("hired_other", true, "thank,reference", DANA), NOW).notes())
                .doesNotContain("note_one_ask");
    }

    @Test
    @DisplayName("the plan's follow-ups are listed in date order")
    void dateOrder() {
        Plan plan = PLAYBOOK.plan(start("on_hold", true, "reference,feedback", DANA, ANA), NOW);
        assertThat(plan.followUps()).extracting(FollowUp::due).isSorted();
        assertThat(plan.followUps()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("a snoozed reminder keeps three days from the hire check to the same person")
    void snoozeKeepsSpacing() {
        Rejection r = planned("hired_other", true, "stay_in_touch", DANA);
        FollowUp share = r.followUps().stream().filter(f -> f.kind().equals("share_opportunity")).findFirst().orElseThrow();
        Instant hire = due(r.followUps(), "hire_check");
        // before: snoozed on day 82, it came back on day 89, the day before the hire check
        Instant snoozedOn = NOW.plus(Duration.ofDays(82));
        Instant back = PLAYBOOK.snooze(r, share, snoozedOn).followUps().stream()
                .filter(f -> f.id().equals(share.id())).findFirst().orElseThrow().due();
        assertThat(back).isAfterOrEqualTo(snoozedOn.plus(PLAYBOOK.snooze()));
        assertThat(Duration.between(back, hire).abs().toDays()).isGreaterThanOrEqualTo(3);
    }

    @Test
    @DisplayName("a snoozed reference ask still comes before the feedback ask to the same person, a quiet month apart")
    void snoozedAskKeepsItsPlace() {
        Rejection r = planned("hired_other", true, "thank,reference,feedback", DANA);
        FollowUp reference = r.followUps().stream().filter(f -> f.kind().equals("reference_request")).findFirst()
                .orElseThrow();
        Instant at = reference.due();
        r = r.withFollowUp(reference.id(), f -> f.delivered(at));
        Rejection snoozed = PLAYBOOK.snooze(r, reference, at);
        Instant ask = due(snoozed.pendingFollowUps(), "reference_request");
        Instant feedback = due(snoozed.pendingFollowUps(), "feedback_request");
        assertThat(ask).isEqualTo(at.plus(PLAYBOOK.snooze()));
        assertThat(Duration.between(ask, feedback).toDays()).isGreaterThanOrEqualTo(30);
    }

    @Test
    @DisplayName("after a referral, that person's check-in gives way to the report-back and the favour returned")
    void referralReplacesCheckIn() {
        Rejection r = planned("hired_other", true, "thank,stay_in_touch", DANA, ANA);
        assertThat(r.pendingFollowUps()).anyMatch(f -> f.kind().equals("check_in") && f.to().equals("Ana Ruiz"));
        Instant told = NOW.plus(Duration.ofDays(20));
        Rejection after = PLAYBOOK.report(r, "reference", "Ana Ruiz", told).rejection();
        assertThat(after.pendingFollowUps()).noneMatch(f -> f.kind().equals("check_in") && f.to().equals("Ana Ruiz"));
        assertThat(after.pendingFollowUps()).filteredOn(f -> f.to().equals("Ana Ruiz")).extracting(FollowUp::kind)
                .containsExactly("report_back", "share_opportunity");
        // Dana's check-in is Dana's story: it stays
        assertThat(after.pendingFollowUps()).anyMatch(f -> f.kind().equals("check_in") && f.to().equals("Dana Smith"));
    }

    @Test
    @DisplayName("an invitation from the hiring manager keeps the favour returned to a colleague who referred")
    void invitationKeepsAnotherPersonsFavour() {
        Rejection r = planned("hired_other", true, "thank,stay_in_touch", DANA, ANA);
        r = PLAYBOOK.report(r, "reference", "Ana Ruiz", NOW.plus(Duration.ofDays(20))).rejection();
        Rejection after = PLAYBOOK.report(r, "invited", "Dana Smith", NOW.plus(Duration.ofDays(25))).rejection();
        assertThat(after.pendingFollowUps()).anyMatch(f -> f.kind().equals("share_opportunity") && f.to().equals("Ana Ruiz"));
        assertThat(after.pendingFollowUps()).anyMatch(f -> f.kind().equals("report_back") && f.to().equals("Ana Ruiz"));
        // the plan's own share_opportunity to Dana, written for a closed door, ends
        assertThat(after.pendingFollowUps()).noneMatch(f -> f.kind().equals("share_opportunity") && f.to().equals("Dana Smith"));
        assertThat(after.pendingFollowUps()).noneMatch(f -> f.kind().equals("hire_check"));
    }

    @Test
    @DisplayName("a colleague's referral is no answer to Dana's ask; Ana's own answer closes hers")
    void referralEndsOnlyTheirAsk() {
        Rejection r = planned("hired_other", true, "thank,reference", DANA, ANA);
        Rejection after = PLAYBOOK.report(r, "declined", "Ana Ruiz", NOW.plus(Duration.ofDays(2))).rejection();
        assertThat(after.pendingFollowUps()).noneMatch(f -> f.kind().equals("reference_request") && f.to().equals("Ana Ruiz"));
        assertThat(after.pendingFollowUps()).anyMatch(f -> f.kind().equals("reference_request") && f.to().equals("Dana Smith"));
    }

    @Test
    @DisplayName("a new job is said by nobody: it is kept with no person, and every follow-up ends")
    void newJobIsAboutNobody() {
        Rejection r = planned("hired_other", true, "thank,reference,stay_in_touch", DANA, ANA);
        Rejection after = PLAYBOOK.report(r, "new_job", "", NOW.plus(Duration.ofDays(3))).rejection();
        HistoryEntry last = after.history().get(after.history().size() - 1);
        assertThat(last.what()).isEqualTo("outcome:new_job");
        assertThat(last.to()).isEmpty();
        assertThat(after.pendingFollowUps()).isEmpty();
    }

    @Test
    @DisplayName("kept in touch every month, check-ins come back monthly a few times and end, within the light touch")
    void monthlyCadence() {
        Rejection r = planned("hired_other", true, "stay_in_touch", DANA);
        assertThat(PLAYBOOK.cadences()).contains("monthly");
        List<FollowUp> delivered = new java.util.ArrayList<>();
        boolean chosen = false;
        for (int n = 0; n < 40 && !r.pendingFollowUps().isEmpty(); n++) {
            FollowUp next = r.pendingFollowUps().stream().min(java.util.Comparator.comparing(FollowUp::due)).orElseThrow();
            Instant at = next.due();
            r = r.withFollowUp(next.id(), f -> f.delivered(at));
            r = PLAYBOOK.afterDelivery(r, next, at);
            if (next.kind().equals("check_in") && !chosen) {
                chosen = true;
                r = PLAYBOOK.keepInTouch(r, next, "monthly", at);
            }
            delivered.add(next.delivered(at));
        }
        assertThat(r.cadence()).isEqualTo("monthly");
        assertThat(r.pendingFollowUps()).as("every repeat ends").isEmpty();
        assertThat(delivered).filteredOn(f -> f.kind().equals("check_in")).hasSizeBetween(3, 4);
        assertThat(atMostTwoIn30Days(delivered)).isTrue();
    }

    static boolean atMostTwoIn30Days(List<FollowUp> toOne) {
        for (FollowUp a : toOne) {
            long inSpan = toOne.stream().filter(f -> !f.due().isBefore(a.due())
                    && f.due().isBefore(a.due().plus(Duration.ofDays(30)))).count();
            if (inSpan > 2) {
                return false;
            }
        }
        return true;
    }

    private static Instant due(List<FollowUp> followUps, String kind) {
        return followUps.stream().filter(f -> f.kind().equals(kind)).map(FollowUp::due).findFirst().orElseThrow();
    }

    static Rejection start(String outcome, boolean back, String goals, Contact... people) {
        return new Rejection("r1", NOW, "Acme", "Product Designer", "final", outcome, back, List.of(people),
                Arrays.asList(goals.split(",")), "Globex, Initech", "warm", List.of(), List.of(), List.of());
    }

    static Rejection planned(String outcome, boolean back, String goals, Contact... people) {
        Rejection r = start(outcome, back, goals, people);
        Plan plan = PLAYBOOK.plan(r, NOW);
        return r.withPlan(plan.drafts(), plan.followUps());
    }
}
