package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Draft;
import rebound.frontdoor.Form;
import rebound.frontdoor.Outbound;
import rebound.frontdoor.PlannedFollowUp;
import rebound.member.Awaiting;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

@DisplayName("After the plan: reminders, outcomes, snooze and stop")
class OutcomesTest {

    private static final String DANA = "Dana Smith, hiring manager, the move to weekly releases";
    private static final String SAM = "Sam Lee, recruiter";

    private static Rejection only(Dialogue member) {
        return member.state().rejections().get(0);
    }



    @Test
    @DisplayName("a reminder carries its draft and offers the outcomes that can answer it, a week's snooze and a stop")
    void reminderChoices() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("ghosted", "yes", "thank", DANA).says("yes");
        Outbound reminder = alice.reminderFor("status_check");
        assertThat(reminder.reminder()).isTrue();
        assertThat(reminder.drafts()).singleElement().extracting(Draft::kind).isEqualTo("status_check");
        assertThat(reminder.choices()).extracting(Choice::value)
                .containsExactly("replied", "reopened", "no_answer", "snooze", "stop");
        assertThat(reminder.text().length() + reminder.drafts().get(0).body().length()).isLessThan(2000);
    }

    @Test
    @DisplayName("a reply ends the nudges after a silence, and says nothing of nudges where there were none")
    void replyAndNudges() {
        Dialogue ghosted = Dialogue.with("console:alice").throughIntake("ghosted", "yes", "thank", DANA).says("yes");
        ghosted.commands("update").presses("followup:r1:-:replied").botSays("stopped the nudges");
        Dialogue told = Dialogue.with("console:bob").throughIntake("hired_other", "yes", "thank", DANA).says("yes");
        told.commands("update").presses("followup:r1:-:replied");
        assertThat(told.texts()).noneMatch(t -> t.contains("nudge")).anyMatch(t -> t.contains("heard back"));
    }

    /** Praise for keeping a candidate informed, which recruiter thank-yous once carried on their part alone. */
    private static final List<String> PRAISE_FOR_UPDATES = List.of("kept me in the loop", "Your updates",
            "prompt and considerate", "careful coordination");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"warm", "formal", "brief"})
    @DisplayName("thank-yous praise no recruiter for keeping the member informed, after a silence or not: the member never said so")
    void noPraiseAfterSilence(String tone) {
        String[] recruiters = {SAM, "Kim Park, recruiter", "Lee Chan, recruiter"};
        Dialogue afterSilence = Dialogue.with("console:alice").throughIntake("ghosted", "yes", "thank", recruiters)
                .says("edit tone").says(tone).botAsks("confirm").says("yes");
        afterSilence.commands("update").presses("followup:r1:-:replied").botSays("What did").says("a final no");
        List<Draft> late = afterSilence.drafts().stream().filter(d -> d.kind().equals("thank_you")).toList();
        Dialogue toldPromptly = Dialogue.with("console:bob").throughIntake("hired_other", "yes", "thank", recruiters)
                .says("edit tone").says(tone).botAsks("confirm").says("yes");
        List<Draft> prompt = toldPromptly.drafts().stream().filter(d -> d.kind().equals("thank_you")).toList();

        assertThat(late).hasSize(3);
        assertThat(late).allSatisfy(d -> assertThat(d.body()).doesNotContain(PRAISE_FOR_UPDATES));
        // a prompt answer tells nothing of how the recruiter kept in touch either: being a recruiter is not
        // a story of updates; each note still thanks them for their time
        assertThat(prompt).hasSize(3);
        assertThat(prompt).allSatisfy(d -> assertThat(d.body()).doesNotContain(PRAISE_FOR_UPDATES).contains("time"));
    }

    @Test
    @DisplayName("a check-in, which may bring a referral or a no to helping, offers every outcome")
    void checkInOffersEveryOutcome() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "stay in touch", DANA)
                .says("yes");
        assertThat(alice.reminderFor("check_in").choices()).extracting(Choice::value)
                .containsExactly("replied", "reference", "declined", "reopened", "no_answer", "cadence_monthly",
                        "snooze", "stop");
    }

    @Test
    @DisplayName("a check-in's reminder lets the member keep in touch every month instead (issue 21, seed 004), "
            + "kept on the rejection, and back to every few months")
    void monthlyCadence() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "stay in touch", DANA)
                .says("yes");
        Outbound reminder = alice.reminderFor("check_in");
        FollowUp checkIn = only(alice).pendingFollowUps().stream().filter(f -> f.kind().equals("check_in"))
                .findFirst().orElseThrow();
        alice.later(Duration.ofDays(30)).presses(Dialogue.actionOf(reminder, "cadence_monthly"));
        assertThat(only(alice).cadence()).isEqualTo("monthly");
        alice.botSays("about once a month");
        FollowUp next = only(alice).pendingFollowUps().stream()
                .filter(f -> f.kind().equals("check_in") && !f.id().equals(checkIn.id())).findFirst().orElseThrow();
        // in days on the calendar: the member's clock puts it in the morning of its day
        assertThat(java.time.temporal.ChronoUnit.DAYS.between(alice.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS),
                next.due().truncatedTo(java.time.temporal.ChronoUnit.DAYS))).isBetween(30L, 45L);
        Outbound monthly = alice.reminderFor("check_in");
        assertThat(monthly.choices()).extracting(Choice::value).contains("cadence_usual")
                .doesNotContain("cadence_monthly");
    }

    @Test
    @DisplayName("snooze moves that reminder a week on; stop ends that chain, the hire check stays until the member "
            + "stops everything for the company")
    void snoozeAndStop() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank, stay in touch",
                DANA).says("yes");
        Outbound reminder = alice.reminderFor("check_in");
        alice.later(Duration.ofDays(30)).presses(Dialogue.actionOf(reminder, "snooze"));
        FollowUp checkIn = only(alice).followUps().stream().filter(f -> f.kind().equals("check_in")).findFirst()
                .orElseThrow();
        assertThat(checkIn.due()).isEqualTo(Dialogue.morningOf(alice.now().plus(Duration.ofDays(7))));
        assertThat(checkIn.isPending()).isTrue();
        // issue 21: "stop reminders for this one" ends the check-ins; the hire check (seeds 002, 004) stays
        alice.presses(Dialogue.actionOf(reminder, "stop"));
        assertThat(only(alice).pendingFollowUps()).extracting(FollowUp::kind)
                .containsExactlyInAnyOrder("share_opportunity", "hire_check");
        alice.botSays("I won't remind you of a short check-in to Dana Smith again")
                .botSays("a light note as the new hire's first three months end, to Dana Smith");
        assertThat(alice.last().choices()).extracting(Choice::value).contains("stopall");
        alice.presses(Dialogue.actionOf(alice.last(), "stopall"));
        assertThat(only(alice).pendingFollowUps()).isEmpty();
        alice.botSays("no more reminders about *Acme*, the 2 still to come included");
        alice.commands("list").botSays("you put off a short check-in (Dana Smith)")
                .botSays("you stopped the reminders of a short check-in (Dana Smith)")
                .botSays("you stopped all the reminders");
        assertThat(String.join("\n", alice.texts())).doesNotContain("snoozed:").doesNotContain("reminder:");
    }

    @Test
    @DisplayName("rejected list shows what is coming up, by date and person, then what happened so far")
    void listShowsUpcomingAndHistory() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank, stay in touch",
                DANA, SAM).says("yes");
        alice.later(Duration.ofDays(30)).presses(Dialogue.actionOf(alice.reminderFor("check_in"), "snooze"));
        alice.commands("list");
        assertThat(alice.last().text()).containsSubsequence(
                "*Acme*, Product Designer: They hired someone else. Logged Mon 23 Nov 2026.",
                "Coming up:",
                "- Wed 30 Dec 2026: a short check-in, to Dana Smith",
                "- Mon 8 Feb 2027: something to pass on, to Dana Smith",
                "- Mon 22 Feb 2027: a light note as the new hire's first three months end, to Dana Smith",
                "So far:",
                "- Wed 23 Dec 2026: you put off a short check-in (Dana Smith)");
        assertThat(alice.last().followups()).extracting(PlannedFollowUp::kind)
                .containsExactlyInAnyOrder("check_in", "share_opportunity", "hire_check");
    }

    @Test
    @DisplayName("a reply after silence stops the nudges, asks what they said, and a final no brings the thank-you notes")
    void replied() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("ghosted", "yes", "thank, stay in touch",
                DANA, SAM).says("yes");
        alice.later(Duration.ofDays(7)).presses(Dialogue.actionOf(alice.reminderFor("status_check"), "replied"));
        // issue 12: the reply may be an invitation; nothing is drafted until the member says what it was
        assertThat(alice.drafts()).isEmpty();
        assertThat(alice.last().text()).contains("What did Sam Lee say?");
        assertThat(only(alice).pendingFollowUps()).noneMatch(f -> f.kind().equals("status_check"));
        alice.says("a final no");
        assertThat(only(alice).pendingFollowUps()).noneMatch(f -> f.kind().equals("status_check"))
                .anyMatch(f -> f.kind().equals("check_in"));
        // staying in touch: a LinkedIn invitation's note too (issue 18)
        assertThat(alice.drafts()).extracting(Draft::kind).containsExactly("thank_you", "thank_you", "linkedin_note");
        alice.commands("list").botSays("you told me: They replied");
    }

    @Test
    @DisplayName("a referral brings a real thank-you to that person, a reminder to report back, and a chance to return the favour")
    void referral() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "reference", DANA, SAM)
                .says("yes").commands("update").botSays("What happened").presses("followup:r1:-:reference");
        assertThat(alice.drafts()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("referral_thanks");
            assertThat(d.to()).isEqualTo("Dana Smith");
        });
        FollowUp share = only(alice).pendingFollowUps().stream().filter(f -> f.kind().equals("share_opportunity"))
                .findFirst().orElseThrow();
        assertThat(share.due()).isEqualTo(Dialogue.morningOf(alice.now().plus(Duration.ofDays(60))));
        assertThat(only(alice).pendingFollowUps()).filteredOn(f -> f.kind().equals("report_back"))
                .singleElement().satisfies(f -> {
                    assertThat(f.to()).isEqualTo("Dana Smith");
                    assertThat(f.due()).isEqualTo(Dialogue.morningOf(alice.now().plus(Duration.ofDays(21))));
                });
        Rejection after = Dialogue.conversation().afterDelivery(only(alice), share.delivered(share.due()), share.due());
        assertThat(after.pendingFollowUps()).filteredOn(f -> f.kind().equals("share_opportunity")).extracting(
                FollowUp::due).contains(share.due().plus(Duration.ofDays(90)));
    }

    @Test
    @DisplayName("a declined ask gets thanks all the same; a reopened role gets a short plan naming the contact")
    void declinedAndReopened() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "reference", DANA)
                .says("yes").commands("update").says("they said no to helping");
        assertThat(alice.drafts()).extracting(Draft::kind, Draft::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("thanks_anyway", "Dana Smith"));
        alice.commands("update").says("4");
        assertThat(alice.drafts()).extracting(Draft::kind).containsExactly("apply_again");
        alice.botSays("Dana Smith").botSays("apply again");
    }

    @Test
    @DisplayName("no answer keeps the next nudge where it was")
    void noAnswer() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("ghosted", "yes", "thank", DANA).says("yes");
        List<FollowUp> before = only(alice).pendingFollowUps();
        alice.presses(Dialogue.actionOf(alice.reminderFor("status_check"), "no_answer"));
        assertThat(only(alice).pendingFollowUps()).isEqualTo(before);
        alice.botSays("Next reminder");
    }

    @Test
    @DisplayName("with several rejections, update asks which one first, newest first, by button or number")
    void whichOne() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("ghosted", "yes", "thank", DANA).says("yes")
                .commands("new").says("Globex").says("Analyst").says("applied").says("ghosted").says("done")
                .says("yes").says("stay in touch").says("formal").says("yes");
        alice.commands("update").botSays("Which one");
        // issue 9: the newest first, and a typed number counts in the order shown (1 is Globex, logged last)
        assertThat(alice.last().choices()).extracting(Choice::action).containsExactly("update:r2", "update:r1");
        alice.says("1").botSays("Globex").says("they replied");
        assertThat(alice.state().rejections().get(1).pendingFollowUps()).isEmpty();
        assertThat(alice.state().rejections().get(0).pendingFollowUps()).as("two nudges at most").hasSize(2);
    }

    @Test
    @DisplayName("with 27 rejections, update lists all of them newest first, so the newest is never past a menu's end")
    void newestFirst() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("ghosted", "yes", "thank", DANA).says("yes");
        for (int i = 2; i <= 27; i++) {
            alice.later(Duration.ofHours(1)).commands("new").says("Company" + i).says("Analyst").says("applied")
                    .says("ghosted").says("done").says("yes").says("stay in touch").says("formal").says("yes");
        }
        assertThat(alice.state().rejections()).hasSize(27);
        alice.commands("update").botSays("Which one");
        List<String> actions = alice.last().choices().stream().map(Choice::action).toList();
        assertThat(actions).hasSize(27).startsWith("update:r27", "update:r26", "update:r25").endsWith("update:r1");
        String listed = String.join("\n", alice.texts());
        assertThat(listed.indexOf("1) *Company27*")).isNotNegative().isLessThan(listed.indexOf("2) *Company26*"));
        assertThat(listed).contains("27) *Acme*");

        alice.says("1").botSays("Company27").says("they replied");
        assertThat(alice.state().rejection("r27").pendingFollowUps()).isEmpty();
        alice.commands("update").says("27").botSays("Acme");
        assertThat(alice.state().awaits()).isEqualTo(new Awaiting.OutcomeOf("r1"));
    }

    @Test
    @DisplayName("a button for a rejection that is gone changes nothing")
    void staleOutcome() {
        Dialogue alice = Dialogue.with("console:alice").presses("followup:r9:r9-f1:snooze").botSays("earlier");
        assertThat(alice.state().rejections()).isEmpty();
    }

    @Test
    @DisplayName("after the first person, the contacts step asks with a short line and keeps the list")
    void shortContactsPrompt() {
        Dialogue alice = Dialogue.with("console:alice").commands("").says("Acme").says("Designer").says("final")
                .says("hired_other").botAsks("contacts").botSays("Send one person per message")
                .says(DANA).botAsks("contacts");
        assertThat(alice.last().text()).contains("So far: Dana Smith").contains("Anyone else?")
                .doesNotContain("Send one person per message");
        assertThat(Dialogue.conversation().form("contact")).get().extracting(Form::id).isEqualTo("contact");
        assertThat(Dialogue.conversation().form("nope")).isEmpty();
    }

    @Test
    @DisplayName("every message and draft fits Slack and Discord, even with long answers and many people")
    void fits() {
        Dialogue alice = Dialogue.with("console:alice").commands("").says("Ä".repeat(120)).says("R".repeat(120))
                .says("final").says("hired_other");
        for (int i = 0; i < 12; i++) {
            alice.says("Person" + i + " Name, interviewer, " + "שלום 🎉 ".repeat(35));
        }
        alice.says("done").says("skip").says("yes").says("thank, feedback, reference, stay in touch").says("skip")
                .says("T".repeat(300))
                .says("formal").says("yes");
        assertThat(alice.replies()).allSatisfy(m -> assertThat(m.text()).hasSizeLessThanOrEqualTo(2000));
        assertThat(alice.drafts()).isNotEmpty().allSatisfy(d -> assertThat(d.body()).hasSizeLessThanOrEqualTo(1500));
        alice.commands("list");
        assertThat(alice.replies()).allSatisfy(m -> assertThat(m.text()).hasSizeLessThanOrEqualTo(2000));
    }
}
