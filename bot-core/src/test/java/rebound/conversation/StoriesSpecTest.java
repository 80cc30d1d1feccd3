package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.rejection.Draft;
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
 * <p>The tests marked {@code @Disabled("needs branch plan: ...")} state promises the plan engine keeps once
 * branch {@code plan} is merged (light touch, stopping one chain, no person on a new job).
 */
@DisplayName("Stories followed for a year: what the member sees")
class StoriesSpecTest {

    private static final String UNSENT = "You haven't told me yet that you sent";

    /** A year after the first day, by which time every story has ended. */
    private static final int A_YEAR = 365;

    // ---- the stories --------------------------------------------------------------------------------

    /** A hiring manager says no to giving a reference, three days in; the member lives the year after. */
    private static Story ahmedDeclines() {
        Story story = new Story("01-hiring-manager-declines");
        story.logs("company=Acme", "role=Product Designer", "stage=final", "outcome=They hired someone else",
                "contacts=Ahmed Al-Sayed, hiring manager, the move to weekly releases", "still_interested=yes",
                "goals=thank, reference, stay in touch", "tone=warm");
        story.days(3).command("update").types("Ahmed said he can't give a reference");
        story.days(A_YEAR - 3);
        return story;
    }

    /** A recruiter gives feedback, then a referral to Globex; the interviewer is thanked and left alone. */
    private static Story samFeedbackThenReferral() {
        Story story = new Story("02-recruiter-feedback-then-referral");
        story.logs("company=Acme", "role=Product Designer", "stage=interview", "outcome=hired_other",
                "contacts=Sam Lee, recruiter, the research team", "contacts=Omar Haddad, interviewer, the design critique",
                "still_interested=yes", "goals=thank, feedback, stay in touch", "tone=warm");
        story.days(2).command("update").types("Sam gave me some feedback, really useful");
        story.days(2).command("update").types("Sam referred me to Globex!");
        story.days(A_YEAR - 4);
        return story;
    }

    /** An interviewer's role goes on hold; the check-in comes, the member hears nothing and says so. */
    private static Story priyaOnHold() {
        Story story = new Story("03-interviewer-on-hold-no-answer");
        story.logs("company=Initech", "role=Data Analyst", "stage=interview", "outcome=The role is on hold",
                "contacts=Priya Raman, interviewer, accessibility audits", "still_interested=yes", "goals=thank",
                "tone=formal");
        story.untilReminder("check_in", 90);
        story.presses("no_answer");
        story.days(A_YEAR - 60);
        return story;
    }

    /** "No openings right now" from a recruiter; the check-in comes and brings an invitation to talk. */
    private static Story leeNoOpenings() {
        Story story = new Story("04-recruiter-no-openings-invited");
        story.logs("company=Hooli", "role=Backend Engineer", "stage=screen", "outcome=no openings",
                "contacts=Lee Chan, recruiter", "still_interested=yes", "goals=thank", "tone=brief");
        story.untilReminder("check_in", 90);
        story.presses("replied");
        story.types("they invited me to talk");
        story.days(A_YEAR - 60);
        return story;
    }

    /** Silence after the final round; the first nudge brings a reply, and it is a final no. */
    private static Story silenceThenFinalNo() {
        Story story = new Story("05-silence-replied-final-no");
        story.logs("company=Globex", "role=Marketing Lead", "stage=final", "outcome=No answer at all",
                "contacts=Kim Park, recruiter", "contacts=Dana Smith, hiring manager, the spring campaign",
                "still_interested=yes", "goals=thank, stay in touch", "tone=warm");
        story.untilReminder("status_check", 10);
        story.presses("replied");
        story.types("a final no");
        story.days(A_YEAR - 7);
        return story;
    }

    /** The hiring manager invites the member to another round, then makes an offer. */
    private static Story danaInvitesThenOffers() {
        Story story = new Story("06-hiring-manager-invites-then-offers");
        story.logs("company=Umbrella", "role=Product Manager", "stage=final", "outcome=hired_other",
                "contacts=Dana Smith, hiring manager, the pricing experiments",
                "contacts=Omar Haddad, interviewer, onboarding metrics", "still_interested=yes",
                "goals=thank, reference, stay in touch", "tone=warm");
        story.days(10).command("update").types("Dana invited me to another round");
        story.days(20).command("update").types("Dana made me an offer!");
        story.days(A_YEAR - 30);
        return story;
    }

    /** The feedback request is snoozed, then the member finds a new job: nothing more comes. */
    private static Story snoozeThenNewJob() {
        Story story = new Story("07-snooze-then-new-job");
        story.logs("company=Acme", "role=Product Designer", "stage=final", "outcome=hired_other",
                "contacts=Ahmed Al-Sayed, hiring manager, the move to weekly releases", "still_interested=yes",
                "goals=thank, feedback, stay in touch", "tone=warm");
        story.untilReminder("feedback_request", 10);
        story.presses("snooze");
        story.days(5).command("update").types("I got a job at Initech!!");
        story.command("list");
        story.days(A_YEAR - 9);
        return story;
    }

    /** A recruiter's role is posted again after six weeks; the member applies and is nudged once. */
    private static Story kimReopened() {
        Story story = new Story("08-recruiter-role-reopened");
        story.logs("company=Stark", "role=QA Engineer", "stage=interview", "outcome=hired_other",
                "contacts=Kim Park, recruiter, the test automation plans", "still_interested=yes",
                "goals=thank, stay in touch", "tone=warm");
        story.days(42).command("update").types("the role was posted again");
        story.days(A_YEAR - 42);
        return story;
    }

    /** The member stops the first reminder. */
    private static Story stopsTheFirstReminder() {
        Story story = new Story("09-stop-the-first-reminder");
        story.logs("company=Wayne", "role=Designer", "stage=final", "outcome=hired_other",
                "contacts=Dana Smith, hiring manager, the move to weekly releases", "still_interested=yes",
                "goals=thank, stay in touch", "tone=warm");
        story.untilReminder("check_in", 40);
        story.presses("stop");
        story.days(A_YEAR - 30);
        return story;
    }

    /** The member asks for the list and an update halfway through logging their first no, then finishes. */
    private static Story listDuringTheFirstIntake() {
        Story story = new Story("10-list-during-the-first-intake");
        story.command("").types("Vandelay").command("list").command("update");
        story.presses("resume");
        story.continues("role=Sales Associate", "stage=applied", "outcome=no answer at all", "contacts=nobody",
                "still_interested=yes", "goals=thank", "tone=brief");
        story.days(60);
        return story;
    }

    /** One hiring manager, and the member wants everything of them: thanks, a reference, feedback, to stay in touch. */
    private static Story onePersonAskedEverything() {
        Story story = new Story("11-one-person-asked-everything");
        story.logs("company=Acme", "role=Product Designer", "stage=final", "outcome=hired_other",
                "contacts=Noor Hassan, hiring manager, the design system", "still_interested=yes",
                "goals=thank, feedback, reference, stay in touch", "tone=warm");
        story.days(A_YEAR);
        return story;
    }

    /** A recruiter the member clicked with refers them on day 10; the month's check-in comes after. */
    private static Story referralThenCheckIn() {
        Story story = new Story("12-referral-then-check-in");
        story.logs("company=Acme", "role=Product Designer", "stage=interview", "outcome=hired_other",
                "contacts=Sam Lee, recruiter, the research team", "still_interested=yes",
                "goals=thank, stay in touch", "clicked_with=Sam Lee", "tone=warm");
        story.days(10).command("update").types("Sam put in a word for me at Globex");
        story.days(A_YEAR - 10);
        return story;
    }

    // ---- what matters in each -----------------------------------------------------------------------

    @Test
    @DisplayName("01 after Ahmed declines: no reminder lists the reference request or the first thanks as unsent, none asks again")
    void hiringManagerDeclines() {
        try (Story story = ahmedDeclines()) {
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
        try (Story story = samFeedbackThenReferral()) {
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
        try (Story story = priyaOnHold()) {
            Outbound checkIn = story.reminders(r -> Story.kindOf(r).equals("check_in")).get(0);
            assertThat(checkIn.text()).contains("whether the hold has lifted").contains("Priya Raman");
            assertThat(checkIn.drafts().get(0).body()).contains("on hold").startsWith("Dear ");
            assertThat(story.reminders()).allSatisfy(StoriesSpecTest::wellFormed);
            assertThat(story.rejection().history()).extracting(HistoryEntry::what).contains("outcome:no_answer");
        }
    }

    @Test
    @DisplayName("04 no openings: the check-in asks whether anything has opened; an invitation brings a reply to it")
    void recruiterNoOpenings() {
        try (Story story = leeNoOpenings()) {
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
        try (Story story = silenceThenFinalNo()) {
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
        try (Story story = danaInvitesThenOffers()) {
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
        try (Story story = snoozeThenNewJob()) {
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
        try (Story story = kimReopened()) {
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
        try (Story story = stopsTheFirstReminder()) {
            assertThat(story.transcript()).contains("no more reminders");
            assertThat(story.rejection().followUps()).filteredOn(f -> f.kind().equals("check_in"))
                    .noneMatch(FollowUp::isPending);
            assertThat(story.reminders()).filteredOn(r -> Story.kindOf(r).equals("check_in")).hasSize(1);
        }
    }

    @Test
    @DisplayName("10 /rejected list and update halfway through the first no speak of it; it is finished and kept")
    void listDuringTheFirstIntakeStory() {
        try (Story story = listDuringTheFirstIntake()) {
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
        try (Story story = onePersonAskedEverything()) {
            assertThat(story.reminders()).isNotEmpty().allSatisfy(StoriesSpecTest::wellFormed)
                    .allSatisfy(r -> assertThat(r.drafts().get(0).to()).isEqualTo("Noor Hassan"));
        }
    }

    @Test
    @DisplayName("12 after Sam's referral, reminders to Sam ask only about the referral thanks, never the first thanks")
    void referralThenCheckInStory() {
        try (Story story = referralThenCheckIn()) {
            assertThat(story.reminders()).isNotEmpty().allSatisfy(StoriesSpecTest::wellFormed)
                    .allSatisfy(r -> assertThat(r.text()).doesNotContain(UNSENT + " a thank-you to Sam"));
            assertThat(story.reminders(r -> Story.kindOf(r).equals("check_in"))).isNotEmpty().allSatisfy(r ->
                    assertThat(r.text()).contains("put in a word for you").doesNotContain("It's been a while"));
            assertThat(story.rejection().history()).extracting(HistoryEntry::what, HistoryEntry::detail)
                    .contains(org.assertj.core.groups.Tuple.tuple("outcome:reference", "Globex"));
        }
    }

    // ---- promises kept once the plan engine's branch is merged -------------------------------------

    @Test
    @Disabled("needs branch plan: a no to helping ends that person's reference-request chain")
    @DisplayName("01 after Ahmed declines, no reference request comes at all")
    void declinedEndsTheAsk() {
        try (Story story = ahmedDeclines()) {
            assertThat(story.reminders()).noneMatch(r -> Story.kindOf(r).equals("reference_request"));
        }
    }

    @Test
    @Disabled("needs branch plan: light touch, one ask at a time and at most two in 30 days besides the thanks")
    @DisplayName("every story: no person gets more than two reminders within 30 days")
    void lightTouch() {
        for (Story story : List.of(onePersonAskedEverything(), ahmedDeclines(), samFeedbackThenReferral(),
                danaInvitesThenOffers(), kimReopened())) {
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
    @Disabled("needs branch plan: a check-in after a referral reads as news to the referrer, not 'it's been a while'")
    @DisplayName("02 the check-in after Sam's referral does not read as if nothing had happened")
    void checkInAfterReferral() {
        try (Story story = referralThenCheckIn()) {
            assertThat(story.reminders(r -> Story.kindOf(r).equals("check_in") && r.drafts().get(0).to().equals("Sam Lee")))
                    .isNotEmpty().allSatisfy(r -> assertThat(r.drafts().get(0).body()).doesNotContain("It's been a while since")
                            .doesNotContain("I'm still exploring roles"));
        }
    }

    @Test
    @Disabled("needs branch plan: 'Stop reminders for this one' stops that chain; the 90-day hire check survives")
    @DisplayName("09 after stopping the check-in, the hire check at 90 days still comes")
    void hireCheckSurvivesAStop() {
        try (Story story = stopsTheFirstReminder()) {
            assertThat(story.reminders()).anyMatch(r -> Story.kindOf(r).equals("hire_check"));
        }
    }

    @Test
    @Disabled("needs branch plan: OutcomeReport records a new job with no person")
    @DisplayName("07 a new job is kept in the history as the member's own, with no person")
    void newJobHasNoPerson() {
        try (Story story = snoozeThenNewJob()) {
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
