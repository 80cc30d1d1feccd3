package rebound.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

/**
 * A year after the no, day by day, for each situation: every follow-up that comes due is delivered
 * (a repeating one plans its next time), as a member who never reports anything would live it.
 * Issue 13: every reminder has an end, none collide, none go on after the role reopened.
 */
@DisplayName("Follow-ups over a simulated year")
class FollowUpYearTest {

    static final Playbook PLAYBOOK = PlanTableTest.PLAYBOOK;
    static final Instant NOW = PlanTableTest.NOW;
    static final Set<String> ENDED_BY_REOPENING = Set.of("hire_check", "share_opportunity", "check_in");

    @ParameterizedTest(name = "{0}, would go back: {1}, wants {2}")
    @CsvSource(delimiter = '|', textBlock = """
            hired_other | yes | thank,reference,feedback,stay_in_touch
            hired_other | yes | thank
            hired_other | yes | stay_in_touch
            no_openings | yes | thank,stay_in_touch
            on_hold     | yes | thank,reference,feedback,stay_in_touch
            rescinded   | yes | thank,stay_in_touch
            internal    | yes | reference,stay_in_touch
            other       | yes | thank,feedback,stay_in_touch
            ghosted     | yes | thank,stay_in_touch
            hired_other | no  | reference,feedback,stay_in_touch
            ghosted     | no  | feedback,stay_in_touch
            """)
    @DisplayName("every reminder ends, no two to one person within three days, at most a handful in a year")
    void aYear(String outcome, String interested, String goals) {
        List<FollowUp> delivered = live(start(outcome, "yes".equals(interested), goals), Duration.ofDays(365));

        assertThat(delivered).as("a year of reminders").hasSizeLessThanOrEqualTo(8);
        delivered.sort(Comparator.comparing(FollowUp::due));
        for (int i = 0; i < delivered.size(); i++) {
            for (int j = i + 1; j < delivered.size(); j++) {
                FollowUp a = delivered.get(i);
                FollowUp b = delivered.get(j);
                if (a.to().equals(b.to())) {
                    assertThat(Duration.between(a.due(), b.due()).toDays()).as("%s then %s", a, b)
                            .isGreaterThanOrEqualTo(3);
                }
            }
        }
        Rejection afterYear = rejectionAfter(outcome, "yes".equals(interested), goals, Duration.ofDays(365));
        assertThat(afterYear.pendingFollowUps()).as("nothing left pending after a year").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"hired_other", "no_openings", "on_hold", "other"})
    @DisplayName("once the role reopens, no hire check, check-in or thing to pass on comes any more")
    void reopened(String outcome) {
        Rejection r = start(outcome, true, "thank,stay_in_touch");
        r = PLAYBOOK.report(r, "reopened", "", NOW.plus(Duration.ofDays(20))).rejection();
        assertThat(r.pendingFollowUps()).noneMatch(f -> ENDED_BY_REOPENING.contains(f.kind()));
        assertThat(r.pendingFollowUps()).extracting(FollowUp::kind).containsExactly("status_check");
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource(delimiter = '|', value = {"hired_other | thank,feedback,reference,stay_in_touch",
            "ghosted | thank,stay_in_touch", "no_openings | stay_in_touch", "on_hold | thank,reference",
            "rescinded | feedback,stay_in_touch"})
    @DisplayName("a new job ends every follow-up, and nothing comes in the year after; an offer ends all but status questions")
    void newJobAndOffer(String outcome, String goals) {
        Rejection r = start(outcome, true, goals.replace(" ", ""));
        assertThat(r.pendingFollowUps()).isNotEmpty();
        Rejection hired = PLAYBOOK.report(r, "new_job", "", NOW.plus(Duration.ofDays(3))).rejection();
        assertThat(hired.pendingFollowUps()).isEmpty();
        assertThat(live(hired, Duration.ofDays(365))).isEmpty();
        Rejection offered = PLAYBOOK.report(r, "offer", "", NOW.plus(Duration.ofDays(3))).rejection();
        assertThat(offered.pendingFollowUps()).as("an answer ends the nudges too").isEmpty();
    }

    private static Rejection start(String outcome, boolean interested, String goals) {
        Rejection r = PlanTableTest.rejection(outcome, interested, "final", goals);
        Plan plan = PLAYBOOK.plan(r, NOW);
        return r.withPlan(plan.drafts(), plan.followUps());
    }

    private static Rejection rejectionAfter(String outcome, boolean interested, String goals, Duration span) {
        Rejection[] holder = {start(outcome, interested, goals)};
        deliverUntil(holder, NOW.plus(span), new ArrayList<>());
        return holder[0];
    }

    private static List<FollowUp> live(Rejection r, Duration span) {
        Rejection[] holder = {r};
        List<FollowUp> delivered = new ArrayList<>();
        deliverUntil(holder, NOW.plus(span), delivered);
        return delivered;
    }

    private static void deliverUntil(Rejection[] holder, Instant end, List<FollowUp> delivered) {
        for (Instant day = NOW; !day.isAfter(end); day = day.plus(Duration.ofDays(1))) {
            for (FollowUp due : List.copyOf(holder[0].pendingFollowUps())) {
                if (!due.due().isAfter(day)) {
                    Instant at = day;
                    holder[0] = holder[0].withFollowUp(due.id(), f -> f.delivered(at));
                    holder[0] = PLAYBOOK.afterDelivery(holder[0], due, at);
                    delivered.add(due);
                }
            }
        }
    }
}
