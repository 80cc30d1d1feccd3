package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import rebound.frontdoor.Attachment;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Draft;
import rebound.rejection.Contact;
import rebound.rejection.Rejection;

@DisplayName("The intake")
class IntakeSpecTest {

    private static final String DANA = "Dana Smith, hiring manager, the move to weekly releases";
    private static final String SAM = "Sam Lee, recruiter";

    @Nested
    @DisplayName("happy paths")
    class HappyPaths {

        @ParameterizedTest(name = "outcome {0}")
        @ValueSource(strings = {"hired_other", "other"})
        @DisplayName("asks every step in order and ends with one thank-you per person met")
        void everyOutcome(String outcome) {
            Dialogue alice = Dialogue.with("console:alice")
                    .throughIntake(outcome, "yes", "thank", DANA, SAM)
                    .says("yes");

            List<Draft> thanks = alice.drafts().stream().filter(d -> d.kind().equals("thank_you")).toList();
            assertThat(thanks).extracting(Draft::to).containsExactly("Dana Smith", "Sam Lee");
            assertThat(thanks.get(0).body()).contains("Dana").contains("Acme").contains("the move to weekly releases");
            assertThat(thanks.get(1).body()).contains("Sam").doesNotContain("weekly releases");
            assertThat(alice.state().intake()).isNull();
            Rejection saved = alice.state().rejections().get(0);
            assertThat(saved.outcome()).isEqualTo(outcome);
            assertThat(saved.contacts()).containsExactly(
                    new Contact("Dana Smith", "hiring_manager", "the move to weekly releases"),
                    new Contact("Sam Lee", "recruiter", ""));
        }

        @Test
        @DisplayName("after \"no openings\", the key person gets a not-now reply and everyone else a thank-you")
        void noOpenings() {
            Dialogue alice = Dialogue.with("console:alice")
                    .throughIntake("no_openings", "yes", "thank", DANA, SAM)
                    .says("yes");
            assertThat(alice.drafts()).extracting(Draft::kind, Draft::to).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("not_now_reply", "Dana Smith"),
                    org.assertj.core.groups.Tuple.tuple("thank_you", "Sam Lee"));
            assertThat(alice.state().rejections().get(0).outcome()).isEqualTo("no_openings");
        }

        @Test
        @DisplayName("after silence, a status question comes first; the thank-yous, one per person, follow the reply")
        void ghosted() {
            Dialogue alice = Dialogue.with("console:alice")
                    .throughIntake("ghosted", "yes", "thank", DANA, SAM)
                    .says("yes");
            assertThat(alice.drafts()).extracting(Draft::kind).containsExactly("status_check");
            assertThat(alice.drafts()).allSatisfy(d -> assertThat(d.body()).doesNotContainIgnoringCase("decision"));
            alice.commands("update").presses("followup:r1:-:replied").botSays("What did").says("a final no");
            List<Draft> thanks = alice.drafts().stream().filter(d -> d.kind().equals("thank_you")).toList();
            assertThat(thanks).extracting(Draft::to).containsExactly("Dana Smith", "Sam Lee");
            assertThat(thanks.get(0).body()).contains("Dana").contains("Acme").contains("the move to weekly releases");
            assertThat(alice.state().rejections().get(0).contacts()).containsExactly(
                    new Contact("Dana Smith", "hiring_manager", "the move to weekly releases"),
                    new Contact("Sam Lee", "recruiter", ""));
        }

        @Test
        @DisplayName("the summary lists every answer before anything is written")
        void summary() {
            Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank", DANA);
            assertThat(alice.last().text()).contains("Acme", "Product Designer", "Dana Smith", "weekly releases");
            assertThat(alice.last().choices()).extracting(Choice::action)
                    .contains("answer:confirm:yes", "edit:confirm:company", "edit:confirm:tone");
            assertThat(alice.state().rejections()).isEmpty();
        }

        @Test
        @DisplayName("a choice can be pressed, typed as its value, its label or its number")
        void choicesInEveryForm() {
            Dialogue.with("console:bo").commands("").says("Acme").says("Engineer").botAsks("stage")
                    .presses("answer:stage:interview").botAsks("outcome")
                    .says("back").botAsks("stage")
                    .says("The final round").botAsks("outcome")
                    .says("back").says("2").botAsks("outcome");
        }

        @Test
        @DisplayName("people can be added through the form as well as typed")
        void contactForm() {
            Dialogue bo = Dialogue.with("console:bo").commands("").says("Acme").says("Engineer")
                    .says("final").says("hired_other").botAsks("contacts");
            assertThat(bo.last().form()).isNotNull();
            assertThat(bo.last().form().fields()).extracting(f -> f.id()).containsExactly("name", "part", "detail");
            bo.submits("contact", Map.of("name", "Ana Ruiz", "part", "interviewr", "detail", "latency budgets"))
                    .botAsks("contacts");
            assertThat(bo.state().intake().contacts())
                    .containsExactly(new Contact("Ana Ruiz", "interviewer", "latency budgets"));
        }
    }

    @Nested
    @DisplayName("control words")
    class ControlWords {

        @Test
        @DisplayName("back returns to the previous question and keeps the answers")
        void back() {
            Dialogue alice = Dialogue.with("console:alice").commands("").says("Acme").says("Designer")
                    .botAsks("stage").says("back").botAsks("role");
            assertThat(alice.state().intake().answers()).containsEntry("company", "Acme");
            alice.says("Senior Designer").botAsks("stage");
            assertThat(alice.state().intake().answers()).containsEntry("role", "Senior Designer");
        }

        @Test
        @DisplayName("back at the first question says so and asks it again")
        void backAtFirst() {
            Dialogue.with("console:alice").commands("").says("back").botAsks("company");
        }

        @Test
        @DisplayName("skip works only where a question is optional")
        void skip() {
            Dialogue alice = Dialogue.with("console:alice").commands("").says("skip").botAsks("company");
            assertThat(alice.state().intake().answers()).doesNotContainKey("company");
            alice.says("Acme").says("Designer").says("final").says("hired_other").says(DANA).says("done").says("skip")
                    .says("yes").says("reference").botAsks("targets")
                    .says("skip").botAsks("tone");
            assertThat(alice.state().intake().answers()).containsEntry("targets", "");
        }

        @Test
        @DisplayName("the summary shows the companies a member applies to next as typed, not split and spaced again")
        void targetsInTheSummary() {
            Dialogue alice = Dialogue.with("console:alice").commands("").says("Acme").says("Designer").says("final")
                    .says("hired_other").says(DANA).says("done").says("skip").says("yes").says("reference")
                    .botAsks("targets").says("Initech, Hooli").says("warm").botAsks("confirm");
            assertThat(alice.last().text()).contains("Initech, Hooli").doesNotContain("Initech,  Hooli");
        }

        @Test
        @DisplayName("cancel drops the unfinished intake and keeps earlier rejections")
        void cancel() {
            Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank", DANA)
                    .says("yes").commands("new").says("Globex").says("cancel");
            assertThat(alice.state().intake()).isNull();
            assertThat(alice.state().rejections()).hasSize(1);
            assertThat(alice.last().choices()).extracting(Choice::action).contains("start");
        }

        @Test
        @DisplayName("restart begins again from the first question")
        void restart() {
            Dialogue alice = Dialogue.with("console:alice").commands("").says("Acme").says("Designer")
                    .says("restart").botAsks("company");
            assertThat(alice.state().intake().answers()).isEmpty();
        }

        @ParameterizedTest(name = "help at {0}")
        @ValueSource(ints = {0, 2, 4})
        @DisplayName("help explains the current step and asks it again")
        void help(int answered) {
            Dialogue alice = Dialogue.with("console:alice").commands("");
            List<String> answers = List.of("Acme", "Designer", "final", "hired_other");
            for (int i = 0; i < answered; i++) {
                alice.says(answers.get(i));
            }
            String step = alice.last().step();
            alice.says("help").botAsks(step);
            assertThat(alice.replies()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(alice.replies().get(0).text()).isNotBlank();
        }
    }

    @Nested
    @DisplayName("answers that do not fit")
    class BadAnswers {

        @Test
        @DisplayName("a small typo still picks the option")
        void typos() {
            Dialogue alice = Dialogue.with("console:alice").commands("").says("Acme").says("Designer")
                    .says("fnial").botAsks("outcome");
            assertThat(alice.state().intake().answers()).containsEntry("stage", "final");
            alice.says("they hired someone els").botAsks("contacts");
            assertThat(alice.state().intake().answers()).containsEntry("outcome", "hired_other");
            alice.says("Kim Park, recuriter").botAsks("contacts");
            assertThat(alice.state().intake().contacts()).containsExactly(new Contact("Kim Park", "recruiter", ""));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @CsvSource(delimiter = '|', textBlock = """
                they never got back to me            | ghosted
                I didn't hear anything after that    | ghosted
                no response since the final round    | ghosted
                radio silence                        | ghosted
                I got ghosted                        | ghosted
                they went with another candidate     | hired_other
                the position was filled              | hired_other
                they chose someone more senior       | hired_other
                they're not hiring anymore           | no_openings
                the role was put on hold             | on_hold    
                headcount got cut                    | no_openings
                """)
        @DisplayName("the way the no came can be told in everyday words")
        void outcomeInOwnWords(String told, String outcome) {
            Dialogue alice = Dialogue.with("console:alice").commands("").says("Acme").says("Designer")
                    .says("final").says(told).botAsks("contacts");
            assertThat(alice.state().intake().answers()).containsEntry("outcome", outcome);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @CsvSource(delimiter = '|', textBlock = """
                I just applied                | applied
                had a call with the recruiter | screen
                two interviews                | interview
                I did a take-home             | interview
                the panel                     | interview
                made it to the last round     | final
                the final interview           | final
                """)
        @DisplayName("how far they got can be told in everyday words; a longer phrase wins over a word inside it")
        void stageInOwnWords(String told, String stage) {
            Dialogue alice = Dialogue.with("console:alice").commands("").says("Acme").says("Designer")
                    .says(told).botAsks("outcome");
            assertThat(alice.state().intake().answers()).containsEntry("stage", stage);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @CsvSource(delimiter = '|', textBlock = """
                I'd love to          | yes
                probably not         | no
                I don't think so     | no
                I would not          | no
                """)
        @DisplayName("whether they would go back can be said in everyday words, and a 'not' is heard")
        void stillInterestedInOwnWords(String told, String answer) {
            Dialogue alice = Dialogue.with("console:alice").commands("").says("Acme").says("Designer")
                    .says("screen").says("hired_other").says("done").botAsks("still_interested")
                    .says(told).botAsks("goals");
            assertThat(alice.state().intake().answers()).containsEntry("still_interested", answer);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"maybe", "not sure", "I'm not sure"})
        @DisplayName("an unsure answer to whether they would go back is asked again, with a hint, never taken as yes")
        void unsureIsAskedAgain(String told) {
            Dialogue alice = Dialogue.with("console:alice").commands("").says("Acme").says("Designer")
                    .says("screen").says("hired_other").says("done").botAsks("still_interested")
                    .says(told).botAsks("still_interested").botSays("Not sure?");
            assertThat(alice.state().intake().answers()).doesNotContainKey("still_interested");
        }

        @Test
        @DisplayName("an answer naming two different options is asked again, not guessed")
        void twoOptionsNamed() {
            Dialogue alice = Dialogue.with("console:alice").commands("").says("Acme").says("Designer")
                    .says("a phone screen and then an onsite").botAsks("stage");
            assertThat(alice.state().intake().answers()).doesNotContainKey("stage");
        }

        @Test
        @DisplayName("an answer that fits nothing re-asks with the options and loses nothing")
        void nonsense() {
            Dialogue alice = Dialogue.with("console:alice").commands("").says("Acme").says("Designer")
                    .says("banana").botAsks("stage");
            // the options are shown once: as the question's choices, under it
            assertThat(alice.texts().get(0)).contains("Pick one of the choices below");
            assertThat(alice.last().choices()).extracting(c -> c.label()).contains("The final round");
            assertThat(alice.state().intake().answers()).containsEntry("company", "Acme")
                    .containsEntry("role", "Designer").doesNotContainKey("stage");
        }

        @Test
        @DisplayName("a word as close to two options is refused rather than guessed")
        void ties() {
            Dialogue alice = Dialogue.with("console:alice").commands("").says("Acme").says("Designer")
                    .says("final").says("hired_other").says("Dana").says("done").says("skip").botAsks("still_interested")
                    .says("yo").botAsks("still_interested");
            assertThat(alice.state().intake().answers()).doesNotContainKey("still_interested");
            alice.says("ys").botAsks("goals");
            assertThat(alice.state().intake().answers()).containsEntry("still_interested", "yes");
        }

        @Test
        @DisplayName("several goals can be typed together, with commas or 'and'")
        void severalGoals() {
            Dialogue alice = Dialogue.with("console:alice").commands("").says("Acme").says("Designer")
                    .says("applied").says("ghosted").says("done").says("yes")
                    .says("thank you, feedback and stay in touch").botAsks("tone");
            assertThat(alice.state().intake().answers()).containsEntry("goals", "thank,feedback,stay_in_touch");
            alice.says("back").says("thank, bananas").botAsks("goals");
        }

        @Test
        @DisplayName("people are required after interviews, optional after an application")
        void contactsRequiredAfterInterviews() {
            Dialogue.with("console:a").commands("").says("Acme").says("Designer").says("interview")
                    .says("hired_other").says("done").botAsks("contacts");
            Dialogue.with("console:b").commands("").says("Acme").says("Designer").says("applied")
                    .says("ghosted").says("done").botAsks("still_interested");
        }

        @Test
        @DisplayName("an over-long answer is refused with a hint")
        void tooLong() {
            Dialogue.with("console:a").commands("").says("x".repeat(5000)).botAsks("company")
                    .botSays("shorter");
        }

        @Test
        @DisplayName("a button from an earlier question changes nothing")
        void staleButton() {
            Dialogue alice = Dialogue.with("console:alice").commands("").says("Acme").says("Designer")
                    .says("final").botAsks("outcome").presses("answer:stage:applied").botAsks("outcome");
            assertThat(alice.state().intake().answers()).containsEntry("stage", "final");
            assertThat(alice.texts().get(0)).isEqualTo("That answer is for another question, so I've "
                    + "left your answers as they were. Here's where we are:");
        }

        @Test
        @DisplayName("a button from a later question changes nothing, and is not called an earlier one")
        void laterButton() {
            // given a member asked for the role
            Dialogue alice = Dialogue.with("console:alice").commands("").says("Acme").botAsks("role");
            // when they answer how far they got before it is asked
            alice.presses("answer:stage:final").botAsks("role");
            // then nothing is kept, and what they are told is true of a later question too
            assertThat(alice.state().intake().answers()).doesNotContainKey("stage");
            assertThat(alice.texts().get(0)).isEqualTo("That answer is for another question, so I've "
                    + "left your answers as they were. Here's where we are:");
        }
    }

    @Nested
    @DisplayName("editing from the summary")
    class Editing {

        @Test
        @DisplayName("edit changes one answer and returns to the summary")
        void editOne() {
            Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank", DANA)
                    .says("edit tone").botAsks("tone").says("brief").botAsks("confirm");
            assertThat(alice.state().intake().answers()).containsEntry("tone", "brief")
                    .containsEntry("company", "Acme");
        }

        @Test
        @DisplayName("pressing a change button works the same")
        void editButton() {
            Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank", DANA)
                    .presses("edit:confirm:company").botAsks("company").says("Globex").botAsks("confirm")
                    .botSays("Globex");
        }

        @Test
        @DisplayName("a new goal that needs another question asks it before the summary")
        void editAddsConditionalStep() {
            Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank", DANA)
                    .says("edit goals").says("thank, reference").botAsks("targets")
                    .says("Globex").botAsks("confirm");
        }

        @Test
        @DisplayName("more people can be added from the summary")
        void editContacts() {
            Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank", DANA)
                    .says("edit contacts").botAsks("contacts").says(SAM).says("done").botAsks("confirm");
            assertThat(alice.state().intake().contacts()).hasSize(2);
        }
    }

    @Nested
    @DisplayName("a member who would not go back")
    class NotInterested {

        @Test
        @DisplayName("gets no thank-you notes, and is told why")
        void noThankYous() {
            Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "no", "thank", DANA)
                    .says("yes");
            assertThat(alice.drafts()).noneMatch(d -> d.kind().equals("thank_you"));
            assertThat(alice.state().rejections().get(0).stillInterested()).isFalse();
            assertThat(alice.texts().get(0)).contains("wouldn't");
        }
    }

    @Nested
    @DisplayName("outside the intake")
    class OutsideTheIntake {

        @Test
        @DisplayName("a message with nothing in progress gets a greeting that offers to start, never silence")
        void greeting() {
            Dialogue alice = Dialogue.with("console:alice").says("hello");
            assertThat(alice.replies()).hasSize(1);
            assertThat(alice.last().choices()).extracting(Choice::action).contains("start");
            alice.presses("start").botAsks("company");
        }

        @Test
        @DisplayName("a member who has logged a rejection before is welcomed back with what can come next")
        void welcomeBack() {
            Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank", DANA)
                    .says("yes").says("hi again");
            assertThat(alice.replies()).singleElement().satisfies(reply -> {
                assertThat(reply.text()).contains("Welcome back").contains("Acme").doesNotContain("I'm Rebound");
                assertThat(reply.choices()).extracting(Choice::action)
                        .containsExactly("rejected:new", "rejected:list", "rejected:update");
            });
        }

        @Test
        @DisplayName("/rejected in the middle of an intake resumes it")
        void resume() {
            Dialogue.with("console:alice").commands("").says("Acme").commands("").botAsks("role");
        }

        @Test
        @DisplayName("a member can log many rejections and list them")
        void manyAndList() {
            Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank", DANA)
                    .says("yes").commands("new").botAsks("company").says("Globex").says("Analyst")
                    .says("applied").says("ghosted").says("done").says("yes").says("stay in touch")
                    .says("formal").says("yes");
            assertThat(alice.state().rejections()).extracting(Rejection::company).containsExactly("Acme", "Globex");
            alice.commands("list").botSays("Acme").botSays("Globex");
            assertThat(alice.last().followups()).isNotEmpty();
        }

        @Test
        @DisplayName("an unknown subcommand gets a friendly usage line")
        void unknownCommand() {
            Dialogue.with("console:alice").commands("frobnicate").botSays("frobnicate");
        }

        @Test
        @DisplayName("forget asks first, and deletes only on yes")
        void forget() {
            Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank", DANA)
                    .says("yes").commands("forget");
            assertThat(alice.last().choices()).extracting(Choice::action).containsExactly("forget:yes", "forget:no");
            alice.says("no");
            assertThat(alice.state().rejections()).hasSize(1);
            alice.commands("forget").presses("forget:yes");
            assertThat(alice.state().rejections()).isEmpty();
        }

        @Test
        @DisplayName("export returns everything kept, as a JSON file")
        void export() {
            Dialogue alice = Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank", DANA)
                    .says("yes").commands("export");
            Attachment export = alice.last().attachments().get(0);
            assertThat(export.name()).isEqualTo("rebound-export.json");
            assertThat(export.asText()).contains("\"company\" : \"Acme\"").contains("Dana Smith");
        }
    }

    @Nested
    @DisplayName("delivery")
    class Delivery {

        @Test
        @DisplayName("the same delivery id twice advances the conversation once")
        void duplicates() {
            Dialogue alice = Dialogue.with("console:alice").commands("")
                    .delivers("Acme", "evt-1").botAsks("role")
                    .delivers("Acme", "evt-1").botSaysNothing();
            assertThat(alice.state().intake().step()).isEqualTo("role");
            alice.delivers("Designer", "evt-2").botAsks("stage");
        }

        @Test
        @DisplayName("two members talking at once never see each other's answers")
        void interleaved() {
            Dialogue alice = Dialogue.with("console:alice").commands("");
            Dialogue bob = Dialogue.with("console:bob").commands("");
            alice.says("Acme");
            bob.says("Globex");
            alice.says("Designer").botAsks("stage");
            bob.botAsks("role");
            assertThat(alice.state().intake().answers()).containsEntry("company", "Acme");
            assertThat(bob.state().intake().answers()).containsEntry("company", "Globex").doesNotContainKey("role");
        }
    }
}
