package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import rebound.frontdoor.Member;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Draft;
import rebound.frontdoor.Outbound;
import rebound.member.Awaiting;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

/**
 * Issue 12 section 5, {@code /rejected update}: which rejection, who answered (one of their people or the
 * company), what they said; the plan follows for that person only, the message says what changed, and
 * {@code /rejected list} shows the latest state. Issue 13: a new job ends every follow-up.
 */
@DisplayName("/rejected update: who answered x what they said")
class UpdateSpecTest {

    private static final String DANA = "Dana Smith, hiring manager, the move to weekly releases";
    private static final String RAJ = "Raj Patel, interviewer, the design critique";
    private static final String SAM = "Sam Lee, recruiter";

    /** Told at the end of a final round, wants thanks, a reference and to stay in touch, three people met. */
    private static Dialogue told(String member) {
        return Dialogue.with(member).throughIntake("hired_other", "yes", "thank, reference, stay in touch",
                DANA, RAJ, SAM).says("yes");
    }

    private static Rejection only(Dialogue member) {
        return member.state().rejections().get(0);
    }

    private static List<String> pendingKinds(Dialogue member) {
        return only(member).pendingFollowUps().stream().map(FollowUp::kind).toList();
    }

    static Stream<Arguments> whoAndWhat() {
        return Stream.of(
                // what they said, who, the drafts that follow (kind, to), what the bot says
                Arguments.of("A final no", "Raj", List.of(), "Nothing new to send"),
                Arguments.of("A final no", "the company", List.of(), "Nothing new to send"),
                Arguments.of("Feedback on how I did", "Raj Patel", List.of(tuple("feedback_thanks", "Raj Patel")),
                        "Feedback is rare"),
                Arguments.of("Feedback on how I did", "Dana", List.of(tuple("feedback_thanks", "Dana Smith")),
                        "Thank Dana Smith"),
                Arguments.of("Feedback on how I did", "the company", List.of(tuple("feedback_thanks", "")),
                        "Thank them"),
                Arguments.of("An invitation to talk or to another round", "Sam",
                        List.of(tuple("invitation_reply", "Sam Lee")), "a reply to Sam Lee"),
                Arguments.of("An invitation to talk or to another round", "the company",
                        List.of(tuple("invitation_reply", "")), "the door is open again"),
                Arguments.of("An offer", "Dana", List.of(), "Congratulations on the offer"),
                Arguments.of("An offer", "the company", List.of(), "Congratulations on the offer"),
                Arguments.of("They offered a reference or referral", "Raj",
                        List.of(tuple("referral_thanks", "Raj Patel"), tuple("referral_intro", "")), "Thank Raj Patel"),
                Arguments.of("They offered a reference or referral", "Sam Lee",
                        List.of(tuple("referral_thanks", "Sam Lee"), tuple("referral_intro", "")), "Thank Sam Lee"),
                Arguments.of("They said no to helping", "Raj", List.of(tuple("thanks_anyway", "Raj Patel")),
                        "Here's a draft for Raj Patel"),
                Arguments.of("They said no to helping", "Dana", List.of(tuple("thanks_anyway", "Dana Smith")),
                        "Here's a draft for Dana Smith"));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("whoAndWhat")
    @DisplayName("update asks what happened, then who; the drafts go to that person only")
    void whoAndWhat(String what, String who, List<Tuple> drafts, String said) {
        Dialogue alice = told("console:alice").commands("update").botSays("What happened with *Acme*?")
                .says(what).botSays("Who was it from?");
        assertThat(alice.last().choices()).extracting(Choice::label).contains("Dana Smith", "Raj Patel", "Sam Lee");
        boolean onlyAPerson = what.startsWith("They offered") || what.startsWith("They said no");
        assertThat(alice.last().choices()).extracting(Choice::value)
                .as("the company can't vouch for anyone").matches(values -> values.contains("team") != onlyAPerson);
        alice.says(who);
        if (what.startsWith("They offered")) {
            alice.botSays("Which company is the reference or referral from").says("Globex");
        }
        alice.botSays(said);
        assertThat(alice.drafts()).extracting(Draft::kind, Draft::to).containsExactlyElementsOf(drafts);
        assertThat(alice.state().awaits()).isEqualTo(Awaiting.NOTHING);
        assertThat(String.join("\n", alice.texts())).doesNotContain("stays as it was");
        if (drafts.isEmpty()) {
            assertThat(String.join("\n", alice.texts())).as("nothing drafted, nothing to tell back")
                    .doesNotContain("If someone answers");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whoAndWhat")
    @DisplayName("the list shows what was told last, and by whom")
    void listShowsLatest(String what, String who, List<Tuple> drafts, String said) {
        Dialogue alice = told("console:alice").commands("update").says(what).says(who);
        if (what.startsWith("They offered")) {
            alice.says("Globex");
        }
        alice.commands("list");
        String name = who.equals("the company") ? "" : only(alice).history().get(only(alice).history().size() - 1)
                .to();
        assertThat(alice.last().text()).contains("*Acme*, Product Designer: They hired someone else; latest: "
                + (what.equals("Feedback on how I did") ? "Feedback on how I did" : what)
                + (name.isEmpty() ? "." : " (" + name + ")."));
    }

    @Test
    @DisplayName("an offer or an invitation stops the follow-ups written for a closed door; feedback ends feedback asks")
    void whatStops() {
        Dialogue offer = told("console:a").commands("update").says("An offer").says("Dana");
        assertThat(pendingKinds(offer)).isEmpty();
        offer.botSays("I've stopped the reminders for *Acme*: a reference request, a short check-in");
        Dialogue invited = told("console:b").commands("update").says("An invitation to talk or to another round")
                .says("Raj");
        assertThat(pendingKinds(invited)).doesNotContain("check_in", "share_opportunity", "hire_check",
                "reference_request");
        Dialogue feedback = Dialogue.with("console:c").throughIntake("hired_other", "yes", "thank, feedback", DANA)
                .says("yes");
        assertThat(pendingKinds(feedback)).contains("feedback_request");
        feedback.commands("update").says("Feedback on how I did").says("Dana");
        assertThat(pendingKinds(feedback)).doesNotContain("feedback_request");
        feedback.botSays("I've stopped what no longer fits: a feedback request");
    }

    @Test
    @DisplayName("a referral from an interviewer thanks her only; a later no from the hiring manager thanks only him")
    void eachPersonOnlyTheirNote() {
        Dialogue alice = told("console:alice").commands("update").says("They offered a reference or referral")
                .says("Raj").says("Globex");
        assertThat(alice.drafts()).extracting(Draft::kind, Draft::to).containsExactly(tuple("referral_thanks",
                "Raj Patel"), tuple("referral_intro", ""));
        assertThat(only(alice).pendingFollowUps()).filteredOn(f -> f.kind().equals("report_back"))
                .extracting(FollowUp::to).containsExactly("Raj Patel");
        alice.commands("update").says("They said no to helping").says("Dana");
        assertThat(alice.drafts()).extracting(Draft::kind, Draft::to).containsExactly(tuple("thanks_anyway",
                "Dana Smith"));
        assertThat(only(alice).pendingFollowUps()).filteredOn(f -> f.kind().equals("report_back"))
                .extracting(FollowUp::to).as("Raj's referral still gets its report back").containsExactly("Raj Patel");
    }

    @Test
    @DisplayName("\"they replied\" after silence asks who and what they said; an invitation is no rejection")
    void repliedAfterSilenceInvitation() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("ghosted", "yes", "thank, stay in touch",
                DANA, SAM).says("yes");
        alice.later(Duration.ofDays(5)).commands("update").says("they replied").botSays("Who was it from?")
                .says("Dana").botSays("you heard back from Dana Smith").botSays("I've stopped the nudges")
                .botSays("What did Dana Smith say?");
        assertThat(alice.drafts()).isEmpty();
        assertThat(pendingKinds(alice)).doesNotContain("status_check");
        alice.says("An invitation to talk or to another round");
        assertThat(alice.drafts()).extracting(Draft::kind, Draft::to)
                .containsExactly(tuple("invitation_reply", "Dana Smith"));
        assertThat(alice.drafts()).allSatisfy(d -> assertThat(d.body()).doesNotContain("disappointed")
                .doesNotContain("decision"));
        alice.commands("list").botSays("No answer at all; latest: An invitation to talk or to another round (Dana Smith).");
    }

    static Stream<Arguments> afterSilence() {
        List<Arguments> all = new java.util.ArrayList<>();
        for (String said : List.of("A final no", "Feedback on how I did", "An invitation to talk or to another round",
                "An offer", "They offered a reference or referral", "They said no to helping", "The role reopened")) {
            for (String who : List.of("Dana", "Sam", "the company")) {
                if (!(said.startsWith("They offered") || said.startsWith("They said no")) || !who.equals("the company")) {
                    all.add(Arguments.of(said, who));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} replied: {0}")
    @MethodSource("afterSilence")
    @DisplayName("after silence, a reply is whatever they said: only a final no brings notes to everyone")
    void afterSilence(String said, String who) {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("ghosted", "yes", "thank, reference",
                DANA, SAM).says("yes").commands("update").says("They replied").says(who);
        if (who.equals("the company") && (said.startsWith("They offered") || said.startsWith("They said no"))) {
            return;
        }
        alice.botSays("What did").says(said);
        if (said.startsWith("They offered")) {
            alice.says("anywhere, no company in particular");
        }
        String name = who.equals("Dana") ? "Dana Smith" : who.equals("Sam") ? "Sam Lee" : "";
        // the silence's nudges end; a reopened role asks, once, how the new application went
        assertThat(only(alice).pendingFollowUps()).filteredOn(f -> f.kind().equals("status_check"))
                .allSatisfy(f -> assertThat(said).isEqualTo("The role reopened"))
                .allSatisfy(f -> assertThat(f.due()).isEqualTo(Dialogue.morningOf(alice.now().plus(Duration.ofDays(14)))));
        if (said.equals("A final no")) {
            assertThat(alice.drafts()).extracting(Draft::kind).containsOnly("thank_you").hasSize(2);
        } else if (said.equals("An offer")) {
            assertThat(alice.drafts()).isEmpty();
        } else if (said.equals("The role reopened")) {
            assertThat(alice.drafts()).extracting(Draft::kind, Draft::to).containsExactly(tuple("apply_again",
                    name.isEmpty() ? "" : name));
        } else {
            assertThat(alice.drafts()).as("only %s gets a note", who).extracting(Draft::to).containsOnly(name)
                    .hasSize(1);
            assertThat(alice.drafts()).allSatisfy(d -> assertThat(d.body()).doesNotContain("disappointed")
                    .doesNotContain("decision"));
        }
    }

    @Test
    @DisplayName("\"they replied\" from the company, then a final no: the thank-you notes that fit a no")
    void repliedAfterSilenceFinalNo() {
        Dialogue alice = Dialogue.with("console:alice").throughIntake("ghosted", "yes", "thank, stay in touch",
                DANA, SAM).says("yes");
        alice.commands("update").says("1").says("the company").botSays("What did they say?").says("a final no")
                .botSays("here are the notes that fit");
        // the plan made now brings the thank-you notes and, staying in touch, a LinkedIn note (issue 18)
        assertThat(alice.drafts()).extracting(Draft::kind).containsExactly("thank_you", "thank_you", "linkedin_note");
        assertThat(pendingKinds(alice)).doesNotContain("status_check").contains("check_in");
        assertThat(only(alice).history()).extracting(h -> h.what()).containsExactly("outcome:replied",
                "outcome:final_no");
        alice.commands("update").says("A final no").says("Sam").botSays("a clear no from Sam Lee")
                .botSays("Nothing new to send");
        assertThat(alice.drafts()).as("the thank-you notes came with the first answer, not again").isEmpty();
    }

    @Test
    @DisplayName("with nobody named, the company is the only one who can have answered: no who question")
    void nobodyNamed() {
        Dialogue alice = Dialogue.with("console:alice").commands("new").says("Acme").says("Analyst")
                .says("applied").says("hired_other").says("done").says("yes").says("thank").says("warm").says("yes")
                .commands("update").says("Feedback on how I did");
        assertThat(alice.drafts()).extracting(Draft::kind, Draft::to).containsExactly(tuple("feedback_thanks", ""));
        assertThat(alice.drafts().get(0).body()).contains("Acme team");
    }

    @Test
    @DisplayName("the role reopened and no answer yet are about the role: no who question")
    void aboutTheRole() {
        Dialogue alice = told("console:alice").commands("update").says("The role reopened");
        assertThat(alice.drafts()).extracting(Draft::kind, Draft::to).containsExactly(tuple("apply_again",
                "Dana Smith"));
        told("console:bob").commands("update").says("No answer yet").botSays("No answer yet");
    }

    @Test
    @DisplayName("who can be picked by button, first name, or typed again after a miss; cancel keeps everything")
    void whoByButtonOrText() {
        Dialogue alice = told("console:alice").commands("update").says("Feedback on how I did");
        String raj = alice.last().choices().stream().filter(c -> c.label().equals("Raj Patel")).findFirst()
                .orElseThrow().action();
        assertThat(raj).hasSizeLessThanOrEqualTo(Action.LONGEST);
        alice.presses(raj);
        assertThat(alice.drafts()).extracting(Draft::to).containsExactly("Raj Patel");
        Dialogue bob = told("console:bob").commands("update").says("Feedback on how I did").says("nobody I know")
                .botSays("didn't catch").botSays("Who was it from?").says("cancel");
        assertThat(bob.state().awaits()).isEqualTo(Awaiting.NOTHING);
        assertThat(only(bob).history()).isEmpty();
    }

    @Test
    @DisplayName("a referral is for a company: picked from the ones applied to next, typed, or none in particular")
    void referralForWhichCompany() {
        Dialogue alice = told("console:alice").commands("update").says("They offered a reference or referral")
                .says("Raj").botSays("Which company");
        assertThat(alice.last().choices()).extracting(Choice::label)
                .containsExactly("Globex", "Initech", "Acme", "Anywhere, no company in particular");
        alice.says("Hooli").botSays("the person they pointed you to at Hooli");
        // issue 18: the thanks, then a first e-mail to whoever Raj pointed to at Hooli (seed 000)
        assertThat(alice.drafts()).extracting(Draft::kind).containsExactly("referral_thanks", "referral_intro");
        assertThat(alice.drafts()).first().satisfies(d -> {
            assertThat(d.to()).isEqualTo("Raj Patel");
            assertThat(d.body()).contains("at Hooli");
        });
        FollowUp reportBack = only(alice).pendingFollowUps().stream().filter(f -> f.kind().equals("report_back"))
                .findFirst().orElseThrow();
        assertThat(Dialogue.conversation().reminder(new Member(alice.member()), only(alice), reportBack).drafts().get(0).body())
                .contains("Hooli").doesNotContain("Globex");
        alice.commands("list").botSays("you told me: They offered a reference or referral, for Hooli (Raj Patel)");

        Dialogue bob = told("console:bob").commands("update").says("They offered a reference or referral")
                .says("Dana");
        bob.presses(bob.last().choices().get(3).action());
        assertThat(bob.drafts()).singleElement().satisfies(d -> assertThat(d.body()).doesNotContain("Globex")
                .doesNotContain("Hooli"));
    }

    @Test
    @DisplayName("a reminder's outcome buttons know who it went to: a reply to a check-in asks what Dana said")
    void reminderKnowsWho() {
        Dialogue alice = told("console:alice");
        Rejection rejection = only(alice);
        FollowUp checkIn = rejection.pendingFollowUps().stream().filter(f -> f.kind().equals("check_in"))
                .findFirst().orElseThrow();
        Outbound reminder = Dialogue.conversation().reminder(new Member(alice.member()), rejection, checkIn);
        alice.presses(reminder.choices().stream().filter(c -> c.value().equals("replied")).findFirst()
                .orElseThrow().action()).botSays("What did " + checkIn.to() + " say?")
                .says("Feedback on how I did");
        assertThat(alice.drafts()).extracting(Draft::kind, Draft::to)
                .containsExactly(tuple("feedback_thanks", checkIn.to()));
    }

    @Test
    @DisplayName("every draft carries an \"I sent it\" button; pressed, the draft is kept as sent, once")
    void markSent() {
        Dialogue alice = told("console:alice");
        // the thank-you notes (the plan also has a LinkedIn invitation's note for each person kept in touch with)
        List<Outbound> withDrafts = alice.replies().stream().filter(m -> !m.drafts().isEmpty())
                .filter(m -> m.drafts().get(0).kind().equals("thank_you")).toList();
        assertThat(withDrafts).hasSize(3).allSatisfy(m -> assertThat(m.choices()).extracting(Choice::label)
                .containsExactly("I sent it"));
        String second = withDrafts.get(1).choices().get(0).action();
        alice.presses(second).botSays("Noted: a thank-you to " + withDrafts.get(1).drafts().get(0).to() + " is sent");
        assertThat(only(alice).drafts()).filteredOn(d -> d.kind().equals("thank_you")).extracting(Draft::wasSent)
                .containsExactly(false, true, false);
        alice.presses(second);
        assertThat(only(alice).history()).extracting(h -> h.what()).containsExactly("sent:thank_you");
        alice.commands("list").botSays("you sent a thank-you (" + withDrafts.get(1).drafts().get(0).to() + ")");
        alice.presses("sent:r1:99").botSays("earlier");
    }

    @Test
    @DisplayName("the reference ask after a thank-you asks whether the thank-you went out, until it is marked sent")
    void reminderAsksAboutUnsent() {
        Dialogue alice = told("console:alice");
        Rejection rejection = only(alice);
        FollowUp ask = rejection.pendingFollowUps().stream().filter(f -> f.kind().equals("reference_request")
                && f.to().equals("Dana Smith")).findFirst().orElseThrow();
        Outbound before = Dialogue.conversation().reminder(new Member(alice.member()), rejection, ask);
        assertThat(before.text()).doesNotContain("You thanked")
                .contains("You haven't told me yet that you sent a thank-you to Dana Smith");
        String sent = before.choices().stream().filter(c -> c.value().equals("sent")).findFirst().orElseThrow()
                .action();
        alice.presses(sent);
        Outbound after = Dialogue.conversation().reminder(new Member(alice.member()), only(alice), ask);
        assertThat(after.text()).contains("Your note to Dana Smith went out.").doesNotContain("haven't told me");
        assertThat(after.choices()).extracting(Choice::value).doesNotContain("sent");
    }

    @Test
    @DisplayName("nothing drafted: no \"if someone answers, tell me\", in the plan or after an update")
    void nothingDraftedNoTellMe() {
        // nobody clicked with: nothing to draft (with someone to stay in touch with, a LinkedIn note is drafted)
        Dialogue alice = Dialogue.with("console:alice").commands("").says("Acme").says("Product Designer")
                .says("final").says("hired_other").says(DANA).says(SAM).says("done");
        if (alice.last().step().equals("told_by")) {
            alice.says("skip");
        }
        alice.says("yes").says("stay in touch").botAsks("clicked_with").says("none").botAsks("tone").says("warm")
                .botAsks("confirm").says("yes").botSays("No drafts for this one");
        assertThat(alice.texts()).noneMatch(t -> t.contains("If someone answers"));
        alice.commands("update").says("No answer yet");
        assertThat(alice.texts()).noneMatch(t -> t.contains("If someone answers"));
    }

    @Test
    @DisplayName("a new job stops every follow-up of every rejection, with a kind word")
    void newJob() {
        Dialogue alice = told("console:alice")
                .commands("new").says("Globex").says("Analyst").says("applied").says("ghosted").says("done")
                .says("yes").says("stay in touch").says("formal").says("yes");
        assertThat(alice.state().rejections()).allSatisfy(r -> assertThat(r.pendingFollowUps()).isNotEmpty());
        int pending = alice.state().rejections().stream().mapToInt(r -> r.pendingFollowUps().size()).sum();
        alice.commands("update").says("2").says("I found a new job").botSays("Congratulations on the new job")
                .botSays("(" + pending + " in all)");
        assertThat(alice.drafts()).isEmpty();
        assertThat(alice.state().rejections()).allSatisfy(r -> assertThat(r.pendingFollowUps()).isEmpty());
        alice.commands("list").botSays("latest: I found a new job");
    }

    @Test
    @DisplayName("every outcome a member can tell has its words and a button that reads back")
    void everyOutcomeButton() {
        Dialogue alice = told("console:alice").commands("update");
        assertThat(alice.last().choices()).hasSize(rebound.plan.Playbook.OUTCOMES.size())
                .allSatisfy(c -> assertThat(Action.parse(c.action())).get().extracting(Action::encode)
                        .isEqualTo(c.action()));
        assertThat(Arrays.asList("final_no", "feedback", "invited", "offer", "new_job"))
                .isSubsetOf(rebound.plan.Playbook.OUTCOMES);
    }
}
