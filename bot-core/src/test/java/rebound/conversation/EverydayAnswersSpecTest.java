package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Everyday answers and non-answers, as members type them (issue 12, section 3). */
@DisplayName("Everyday answers and non-answers")
class EverydayAnswersSpecTest {

    @Nested
    @DisplayName("everyday answers resolve")
    class Everyday {

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource(delimiter = '|', value = {
                "they chose not to move forward | other",
                "went in a different direction | other",
                "automated rejection | other",
                "maybe next year | no_openings",
                "the offer was rescinded | rescinded",
                "someone internal got it | internal",
                "hired internally | internal",
                "they hired from within | internal",
                "the role is on hold | on_hold",
                "the role is frozen | on_hold",
                "hiring freeze | on_hold",
                "they hired someone else | hired_other",
                "never heard back | ghosted",
        })
        @DisplayName("how the no came")
        void outcome(String typed, String outcome) {
            Dialogue bo = Dialogue.with("console:bo").commands("").says("Acme").says("Designer").says("final")
                    .says(typed).botAsks("contacts");
            assertThat(bo.state().intake().answers()).containsEntry("outcome", outcome);
        }

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource(delimiter = '|', value = {
                "2nd round | interview",
                "3 rounds | interview",
                "offer stage | final",
                "they made me an offer | final",
                "phone screen | screen",
                "just applied | applied",
                "the fourth round | interview",
                "techincal round 5 | interview",
                "round 5 | interview",
                "final round | final",
        })
        @DisplayName("how far they got")
        void stage(String typed, String stage) {
            Dialogue bo = Dialogue.with("console:bo").commands("").says("Acme").says("Designer").says(typed)
                    .botAsks("outcome");
            assertThat(bo.state().intake().answers()).containsEntry("stage", stage);
        }

        @Test
        @DisplayName("an answer that fits no stage is asked again once, the options shown once: under the question")
        void stageAskedAgain() {
            // given a member at "How far did you get with Acme?"
            Dialogue bo = Dialogue.with("console:bo").commands("").says("Acme").says("Designer").botAsks("stage");
            // when they answer with something that is no stage
            bo.says("banana").botAsks("stage");
            // then one line says why, the step's hint follows, and the options are the question's choices only
            assertThat(bo.texts().get(0)).isEqualTo("I couldn't use that answer. Pick one of the choices below; "
                    + "you can type its number.\nPick the furthest step you reached.");
            assertThat(bo.last().choices()).extracting(c -> c.label()).containsExactly(
                    "I applied, no conversation yet", "A first call or screen", "One or more interviews",
                    "The final round");
            assertThat(String.join("\n", bo.texts())).doesNotContain("One or more interviews");
        }

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource(delimiter = '|', value = {
                "friendly but professional | warm",
                "professional | formal",
                "short | brief",
        })
        @DisplayName("the tone")
        void tone(String typed, String tone) {
            Dialogue bo = Dialogue.with("console:bo").throughIntake("hired_other", "yes", "thank", "Dana Smith, recruiter")
                    .says("edit tone").botAsks("tone").says(typed).botAsks("confirm");
            assertThat(bo.state().intake().answers()).containsEntry("tone", tone);
        }
    }

    @Nested
    @DisplayName("non-answers at a free-text step get help and the question again, never kept")
    class NonAnswers {

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"hi", "Hello!", "hey there", "What is this?", "?", "what's this"})
        @DisplayName("a newcomer's greeting or question at \"Which company was it?\" gets the greeting first")
        void newcomer(String typed) {
            Dialogue bo = Dialogue.with("console:bo").commands("").botAsks("company").says(typed).botAsks("company");
            assertThat(bo.texts().get(0)).startsWith("Hi, I'm Rebound.");
            assertThat(bo.state().intake().answers()).doesNotContainKey("company");
            bo.says("Acme").botAsks("role");
            assertThat(bo.last().text()).contains("at Acme?");
        }

        @ParameterizedTest(name = "\"{1}\" at {0}")
        @CsvSource(delimiter = '|', value = {
                "role | hi | We're in the middle of logging a rejection",
                "role | What is this? | The role goes into the notes",
                "role | ? | The role goes into the notes",
                "role | idk | That's all right. The job title is enough",
                "company | idk | That's all right. Just the company's name, like *Northwind Labs*",
                "contacts | hello | We're in the middle of logging a rejection",
                "contacts | what now? | Each person gets their own note",
                "contacts | idk | That's all right. Write the name first",
                "targets | i don't know | This one is optional: type *skip*",
                "targets | who are you | People find it easier to help",
        })
        @DisplayName("greeting, question, idk")
        void atEachStep(String step, String typed, String said) {
            Dialogue bo = Dialogue.with("console:bo").commands("");
            if (!step.equals("company")) {
                bo.says("Acme");
            }
            if (!step.equals("company") && !step.equals("role")) {
                bo.says("Designer").says("final").says("hired_other");
            }
            if (step.equals("targets")) {
                bo.says("Dana Smith, recruiter").says("done").says("skip").says("yes").says("reference");
            }
            bo.botAsks(step).says(typed).botAsks(step).botSays(said);
            assertThat(bo.state().intake().answers()).doesNotContainKey(step);
            if (step.equals("contacts")) {
                assertThat(bo.state().intake().contacts()).isEmpty();
            }
        }

        @Test
        @DisplayName("a person's line that ends in a question mark is still a person")
        void personWithAQuestion() {
            Dialogue bo = Dialogue.with("console:bo").commands("").says("Acme").says("Designer").says("final")
                    .says("hired_other").says("Dana Lee, recruiter, asked why I left?").botAsks("contacts");
            assertThat(bo.state().intake().contacts()).extracting(c -> c.name()).containsExactly("Dana Lee");
            bo.says("?").botAsks("contacts").botSays("Each person gets their own note");
            assertThat(bo.state().intake().contacts()).hasSize(1);
        }

        @Test
        @DisplayName("someone who already has a rejection is not greeted as a newcomer")
        void notANewcomer() {
            Dialogue bo = Dialogue.with("console:bo")
                    .throughIntake("hired_other", "yes", "thank", "Dana Smith, recruiter").says("yes")
                    .commands("new").botAsks("company").says("hi").botAsks("company");
            assertThat(bo.texts().get(0)).isEqualTo("Hi! We're in the middle of logging a rejection; let's carry on.");
        }
    }
}
