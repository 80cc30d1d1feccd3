package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.Member;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Draft;
import rebound.frontdoor.Outbound;
import rebound.rejection.Rejection;

/** Issue 21: reminders and lists read what each person did since, and what the member is doing now. */
@DisplayName("A plan that listens: what the member reads follows each person's story")
class ListeningSpecTest {

    private static final String AHMED = "Ahmed Al-Sayed, hiring manager, the move to weekly releases";
    private static final String SAM = "Sam Lee, recruiter, the research team";

    private static Rejection only(Dialogue member) {
        return member.state().rejections().get(0);
    }


    private static List<String> sentButtons(Outbound reminder) {
        return reminder.choices().stream().filter(c -> c.value().equals("sent")).map(Choice::label).toList();
    }

    @Test
    @DisplayName("after Ahmed declined to give a reference, no reminder asks whether the reference request or the first thanks went out")
    void afterADecline() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "reference, stay in touch",
                AHMED).says("yes");
        assertThat(only(alice).drafts()).extracting(Draft::kind).contains("reference_request");
        alice.later(Duration.ofDays(3)).commands("update").says("they said no to helping");

        Outbound checkIn = alice.reminderFor("check_in");
        assertThat(checkIn.text()).doesNotContain("reference request").doesNotContain("thank-you to Ahmed");
        assertThat(sentButtons(checkIn)).noneMatch(b -> b.contains("reference request"))
                .allMatch(b -> b.contains("all the same"));
    }

    @Test
    @DisplayName("'Ahmed said he can't give a reference', typed as an update, is a no to helping, not a referral")
    void cantGiveAReference() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank, reference",
                AHMED).says("yes");
        alice.later(Duration.ofDays(3)).commands("update").says("Ahmed said he can't give a reference");
        assertThat(alice.drafts()).extracting(Draft::kind).containsExactly("thanks_anyway");
        assertThat(alice.state().rejections().get(0).history()).last()
                .satisfies(h -> assertThat(h.what()).isEqualTo("outcome:declined"));
    }

    @Test
    @DisplayName("after Ahmed declined, no reference-request reminder asks him again: that chain ends with his answer")
    void referenceReminderAfterADecline() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank, reference",
                AHMED).says("yes");
        alice.later(Duration.ofDays(2)).commands("update").says("they said no to helping");

        assertThat(alice.state().rejections().get(0).pendingFollowUps())
                .noneMatch(f -> f.kind().equals("reference_request"));
    }

    @Test
    @DisplayName("after Sam gave feedback and then a referral, the report-back reminder asks only about the referral thanks")
    void feedbackThenReferral() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank, feedback", SAM)
                .says("yes");
        alice.later(Duration.ofDays(2)).commands("update").says("Sam gave me feedback");
        alice.later(Duration.ofDays(2)).commands("update").says("Sam referred me to Globex");

        Outbound reportBack = alice.reminderFor("report_back");
        assertThat(reportBack.text().split("You haven't told me yet", -1)).hasSize(2);
        assertThat(sentButtons(reportBack)).singleElement().asString().contains("for the referral");
    }

    @Test
    @DisplayName("a thank-you still unsent months later is not to be sent first: the reminder says it is late for it")
    void lateThanks() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank, stay in touch",
                AHMED).says("yes");
        Outbound hireCheck = alice.reminderFor("hire_check");
        assertThat(hireCheck.text()).contains("You haven't told me yet that you sent a thank-you to Ahmed")
                .contains("late for it now").doesNotContain("send it first");
        assertThat(sentButtons(hireCheck)).hasSize(1);
    }

    @Test
    @DisplayName("an on-hold check-in asks whether the hold has lifted, in the reminder and in the draft")
    void onHoldCheckIn() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("on_hold", "yes", "thank", SAM).says("yes");
        Outbound checkIn = alice.reminderFor("check_in");
        assertThat(checkIn.text()).contains("whether the hold has lifted");
        assertThat(checkIn.drafts().get(0).body()).containsIgnoringCase("hold");
    }

    @Test
    @DisplayName("a no-openings check-in asks whether anything has opened")
    void noOpeningsCheckIn() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("no_openings", "yes", "thank", SAM).says("yes");
        Outbound checkIn = alice.reminderFor("check_in");
        assertThat(checkIn.text()).contains("whether anything has opened");
        assertThat(checkIn.drafts().get(0).body()).containsIgnoringCase("opened");
    }

    @Test
    @DisplayName("/rejected list and update during the first intake speak of the one under way, and it is kept")
    void listDuringIntake() {
        Dialogue alice = Dialogue.with("console:alice");
        alice.commands("").botAsks("company").says("Acme").botAsks("role");
        alice.commands("list").botSays("middle of logging your no from *Acme*");
        assertThat(String.join("\n", alice.texts())).doesNotContain("haven't logged any");
        alice.commands("update").botSays("middle of logging your no from *Acme*");
        assertThat(String.join("\n", alice.texts())).doesNotContain("nothing logged");
        alice.presses(alice.last().choices().get(0).action()).botAsks("role");
        alice.says("Product Designer").botAsks("stage");
    }

    @Test
    @DisplayName("/rejected list during a second intake shows the one under way too")
    void listDuringSecondIntake() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank", SAM).says("yes");
        alice.commands("new").botAsks("company").says("Globex").botAsks("role");
        alice.commands("list").botSays("*Acme*").botSays("middle of logging your no from *Globex*");
        alice.says("Analyst").botAsks("stage");
    }

    @Test
    @DisplayName("'I found a new job' is the member's news: never shown as said by a person")
    void newJob() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank, stay in touch",
                AHMED).says("yes");
        alice.later(Duration.ofDays(20)).commands("update").says("I found a new job").botSays("Congratulations");
        alice.commands("list");
        assertThat(alice.last().text()).contains("I found a new job").doesNotContain("new job (Ahmed");
        assertThat(Dialogue.conversation().overview(new Member(alice.member()), alice.state()).text())
                .contains("I found a new job").doesNotContain("new job (Ahmed");
    }
}
