package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Draft;
import rebound.frontdoor.Outbound;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;

/**
 * Issue 21, "Done when: the note lists each story replayed and what the member saw at each step": members'
 * stories typed as a member types them, followed for up to a year through the whole bot, reminders
 * included. Each answer a person can give (replied, final no, feedback, invited, offer, a reference for a
 * company, declined, reopened, no answer) from hiring managers, recruiters and interviewers; snoozes, a
 * stop, a new job, updates typed as free text. Each story's transcript, every message the member saw with
 * its date, is written to {@code target/stories/<story>.txt}.
 *
 */
@DisplayName("Stories followed for a year: what the member sees")
class StoriesSpecTest {

    private static final String UNSENT = "You haven't told me yet that you sent";

    // ---- what matters in each -----------------------------------------------------------------------

    @Test
    @DisplayName("01 after Ahmed declines: no reminder lists the reference request or the first thanks as unsent, none asks again")
    void hiringManagerDeclines() {
        try (Story story = Stories.ahmedDeclines()) {
            assertThat(story.reminders()).isNotEmpty().allSatisfy(StoriesSpecTest::wellFormed);
            assertThat(story.reminders()).allSatisfy(r -> assertThat(r.text())
                    .doesNotContain(UNSENT + " a reference request").doesNotContain(UNSENT + " a thank-you to")
                    .doesNotContain("well received"));
            assertThat(story.reminders()).allSatisfy(r -> assertThat(sentButtons(r))
                    .allMatch(b -> b.contains("all the same")));
            assertThat(story.reminders(r -> Story.kindOf(r).equals("reference_request")))
                    .allSatisfy(r -> assertThat(r.text()).contains("wouldn't ask again"));
        }
    }

    @Test
    @DisplayName("02 after Sam's feedback and referral: the report-back names Sam and asks only about the referral thanks")
    void recruiterFeedbackThenReferral() {
        try (Story story = Stories.samFeedbackThenReferral()) {
            assertThat(story.reminders()).allSatisfy(StoriesSpecTest::wellFormed);
            assertThat(story.rejection().history()).extracting(HistoryEntry::what, HistoryEntry::to, HistoryEntry::detail)
                    .contains(org.assertj.core.groups.Tuple.tuple("outcome:reference", "Sam Lee", "Globex"));
            List<Outbound> reportBack = story.reminders(r -> Story.kindOf(r).equals("report_back"));
            assertThat(reportBack).singleElement().satisfies(r -> {
                assertThat(r.drafts().get(0).to()).isEqualTo("Sam Lee");
                assertThat(r.drafts().get(0).body()).contains("Globex");
                assertThat(sentButtons(r)).singleElement().asString().contains("for the referral");
            });
            assertThat(story.reminders(r -> r.text().contains("Sam Lee"))).allSatisfy(r -> assertThat(r.text())
                    .doesNotContain(UNSENT + " a thank-you for the feedback").doesNotContain(UNSENT + " a thank-you to"));
            assertThat(story.reminders()).noneMatch(r -> Story.kindOf(r).equals("feedback_request"));
        }
    }

    @Test
    @DisplayName("03 an on-hold role: the check-in asks whether the hold has lifted; 'no answer yet' keeps the plan")
    void interviewerOnHold() {
        try (Story story = Stories.priyaOnHold()) {
            Outbound checkIn = story.reminders(r -> Story.kindOf(r).equals("check_in")).get(0);
            assertThat(checkIn.text()).contains("whether the hold has lifted").contains("Priya Raman");
            // a note that asks a question does not then say there is no need to reply
            assertThat(checkIn.drafts().get(0).body()).contains("on hold").startsWith("Dear ")
                    .doesNotContainIgnoringCase("no need to reply");
            assertThat(story.reminders()).allSatisfy(StoriesSpecTest::wellFormed);
            assertThat(story.rejection().history()).extracting(HistoryEntry::what).contains("outcome:no_answer");
        }
    }

    @Test
    @DisplayName("04 no openings: the check-in asks whether anything has opened; an invitation brings a reply to it")
    void recruiterNoOpenings() {
        try (Story story = Stories.leeNoOpenings()) {
            Outbound checkIn = story.reminders(r -> Story.kindOf(r).equals("check_in")).get(0);
            assertThat(checkIn.text()).contains("whether anything has opened");
            assertThat(story.rejection().drafts()).extracting(Draft::kind, Draft::to)
                    .contains(org.assertj.core.groups.Tuple.tuple("invitation_reply", "Lee Chan"));
            assertThat(story.reminders()).allSatisfy(StoriesSpecTest::wellFormed);
        }
    }

    @Test
    @DisplayName("05 a reply after silence ends the nudges; nothing later says 'still no word' or asks about the nudge")
    void silenceThenFinalNoStory() {
        try (Story story = Stories.silenceThenFinalNo()) {
            Instant replied = story.rejection().history().stream().filter(h -> h.what().equals("outcome:replied"))
                    .findFirst().orElseThrow().at();
            assertThat(story.rejection().followUps()).filteredOn(f -> f.kind().equals("status_check"))
                    .allMatch(f -> !f.isPending());
            assertThat(story.rejection().drafts()).extracting(Draft::kind).contains("thank_you");
            List<Outbound> after = story.reminders().subList(1, story.reminders().size());
            assertThat(after).allSatisfy(r -> assertThat(r.text()).doesNotContain("Still no word")
                    .doesNotContain("a polite nudge"));
            assertThat(story.rejection().history()).filteredOn(h -> h.what().startsWith("reminder:status_check"))
                    .allMatch(h -> !h.at().isAfter(replied));
            assertThat(story.reminders()).allSatisfy(StoriesSpecTest::wellFormed);
        }
    }

    @Test
    @DisplayName("06 an invitation, then an offer: no check-in, hire check or reference ask comes after the invitation")
    void hiringManagerInvitesThenOffers() {
        try (Story story = Stories.danaInvitesThenOffers()) {
            Instant invited = story.rejection().history().stream().filter(h -> h.what().equals("outcome:invited"))
                    .findFirst().orElseThrow().at();
            assertThat(story.rejection().history()).filteredOn(h -> h.what().startsWith("reminder:")
                    && h.at().isAfter(invited)).isEmpty();
            assertThat(story.rejection().history()).extracting(HistoryEntry::what)
                    .contains("outcome:invited", "outcome:offer");
            assertThat(story.reminders()).allSatisfy(StoriesSpecTest::wellFormed);
        }
    }

    @Test
    @DisplayName("07 a snooze, then a new job: nothing comes after, and the list shows the news as the member's own")
    void snoozeThenNewJobStory() {
        try (Story story = Stories.snoozeThenNewJob()) {
            Instant hired = story.rejection().history().stream().filter(h -> h.what().equals("outcome:new_job"))
                    .findFirst().orElseThrow().at();
            assertThat(story.rejection().history()).extracting(HistoryEntry::what).contains("snoozed:feedback_request");
            assertThat(story.rejection().history()).filteredOn(h -> h.what().startsWith("reminder:")
                    && h.at().isAfter(hired)).isEmpty();
            assertThat(story.rejection().pendingFollowUps()).isEmpty();
            assertThat(story.transcript()).contains("I found a new job").doesNotContain("new job (");
        }
    }

    @Test
    @DisplayName("08 the role reopens: an apply-again note to Kim, one nudge to Kim, and no more hire checks or check-ins")
    void recruiterRoleReopened() {
        try (Story story = Stories.kimReopened()) {
            Instant reopened = story.rejection().history().stream().filter(h -> h.what().equals("outcome:reopened"))
                    .findFirst().orElseThrow().at();
            assertThat(story.rejection().drafts()).extracting(Draft::kind, Draft::to)
                    .contains(org.assertj.core.groups.Tuple.tuple("apply_again", "Kim Park"));
            List<HistoryEntry> after = story.rejection().history().stream()
                    .filter(h -> h.what().startsWith("reminder:") && h.at().isAfter(reopened)).toList();
            assertThat(after).extracting(HistoryEntry::what, HistoryEntry::to)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("reminder:status_check", "Kim Park"));
            assertThat(story.reminders(r -> Story.kindOf(r).equals("status_check"))).singleElement()
                    .satisfies(r -> assertThat(r.text()).contains("opened again a while ago").doesNotContain("Still no word"));
            assertThat(story.reminders()).allSatisfy(StoriesSpecTest::wellFormed);
        }
    }

    @Test
    @DisplayName("09 a stop is confirmed in words and nothing of that chain comes again")
    void stopTheFirstReminder() {
        try (Story story = Stories.stopsTheFirstReminder()) {
            assertThat(story.transcript()).contains("I won't remind you of a short check-in to Dana Smith again")
                    .contains("Stop everything for this company");
            assertThat(story.rejection().followUps()).filteredOn(f -> f.kind().equals("check_in"))
                    .noneMatch(FollowUp::isPending);
            assertThat(story.reminders()).filteredOn(r -> Story.kindOf(r).equals("check_in")).hasSize(1);
        }
    }

    @Test
    @DisplayName("10 /rejected list and update halfway through the first no speak of it; it is finished and kept")
    void listDuringTheFirstIntakeStory() {
        try (Story story = Stories.listDuringTheFirstIntake()) {
            assertThat(story.transcript()).contains("middle of logging your no from *Vandelay*")
                    .doesNotContain("haven't logged any").doesNotContain("nothing logged yet");
            assertThat(story.rejections()).singleElement().satisfies(r -> {
                assertThat(r.company()).isEqualTo("Vandelay");
                assertThat(r.role()).isEqualTo("Sales Associate");
            });
        }
    }

    @Test
    @DisplayName("11 one person asked for everything: every reminder names Noor, and none asks about a note Noor's story settled")
    void onePersonAskedEverythingStory() {
        try (Story story = Stories.onePersonAskedEverything()) {
            assertThat(story.reminders()).isNotEmpty().allSatisfy(StoriesSpecTest::wellFormed)
                    .allSatisfy(r -> assertThat(r.drafts().get(0).to()).isEqualTo("Noor Hassan"));
        }
    }

    @Test
    @DisplayName("12 after Sam's referral, reminders to Sam ask only about the referral thanks, never the first thanks")
    void referralThenCheckInStory() {
        try (Story story = Stories.referralThenCheckIn()) {
            assertThat(story.reminders()).isNotEmpty().allSatisfy(StoriesSpecTest::wellFormed)
                    .allSatisfy(r -> assertThat(r.text()).doesNotContain(UNSENT + " a thank-you to Sam"));
            // the referral took the check-in's place: the report-back and the favour returned come instead
            assertThat(story.reminders(r -> Story.kindOf(r).equals("check_in"))).isEmpty();
            assertThat(story.reminders(r -> Story.kindOf(r).equals("report_back"))).singleElement()
                    .satisfies(r -> assertThat(r.text()).contains("put in a word for you"));
            assertThat(story.rejection().history()).extracting(HistoryEntry::what, HistoryEntry::detail)
                    .contains(org.assertj.core.groups.Tuple.tuple("outcome:reference", "Globex"));
        }
    }

    // ---- promises kept once the plan engine's branch is merged -------------------------------------

    @Test
    @DisplayName("01 after Ahmed declines, no reference request comes at all")
    void declinedEndsTheAsk() {
        try (Story story = Stories.ahmedDeclines()) {
            assertThat(story.reminders()).noneMatch(r -> Story.kindOf(r).equals("reference_request"));
        }
    }

    @Test
    @DisplayName("every story: no person gets more than two reminders within 30 days")
    void lightTouch() {
        for (Story story : List.of(Stories.onePersonAskedEverything(), Stories.ahmedDeclines(),
                Stories.samFeedbackThenReferral(), Stories.danaInvitesThenOffers(), Stories.kimReopened())) {
            try (story) {
                List<HistoryEntry> asked = story.rejection().history().stream()
                        .filter(h -> h.what().startsWith("reminder:")).toList();
                for (HistoryEntry first : asked) {
                    assertThat(asked.stream().filter(h -> h.to().equals(first.to()) && !h.at().isBefore(first.at())
                            && h.at().isBefore(first.at().plus(Duration.ofDays(30))))).as("30 days from %s", first)
                            .hasSizeLessThanOrEqualTo(2);
                }
            }
        }
    }

    @Test
    @DisplayName("12 after Sam's referral, no note to Sam reads as if nothing had happened (\"it's been a while... still exploring\")")
    void checkInAfterReferral() {
        try (Story story = Stories.referralThenCheckIn()) {
            assertThat(story.reminders()).filteredOn(r -> r.drafts().get(0).to().equals("Sam Lee"))
                    .isNotEmpty().allSatisfy(r -> assertThat(r.drafts().get(0).body()).doesNotContain("It's been a while since")
                            .doesNotContain("I'm still exploring roles"));
        }
    }

    @Test
    @DisplayName("09 after stopping the check-in, the hire check at 90 days still comes")
    void hireCheckSurvivesAStop() {
        try (Story story = Stories.stopsTheFirstReminder()) {
            assertThat(story.reminders()).anyMatch(r -> Story.kindOf(r).equals("hire_check"));
        }
    }

    @Test
    @DisplayName("07 a new job is kept in the history as the member's own, with no person")
    void newJobHasNoPerson() {
        try (Story story = Stories.snoozeThenNewJob()) {
            assertThat(story.rejection().history()).filteredOn(h -> h.what().equals("outcome:new_job"))
                    .allSatisfy(h -> assertThat(h.to()).isEmpty());
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /** A reminder reads whole: no template left over, and its draft's person named in its words. */
    private static void wellFormed(Outbound reminder) {
        assertThat(reminder.reminder()).isTrue();
        assertThat(reminder.text()).doesNotContain("${").doesNotContain("[if").doesNotContain("  ");
        assertThat(reminder.drafts()).hasSize(1);
        Draft draft = reminder.drafts().get(0);
        assertThat(reminder.text()).contains(draft.to().isEmpty() ? "" : draft.to());
        assertThat(draft.body()).doesNotContain("${").doesNotContain("[if");
    }

    private static List<String> sentButtons(Outbound reminder) {
        return reminder.choices().stream().filter(c -> c.value().equals("sent")).map(Choice::label).toList();
    }
}
