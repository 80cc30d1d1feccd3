package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rebound.frontdoor.Choice;
import rebound.rejection.Rejection;

/**
 * What a member reads when they type with nothing under way: a greeting or a question about Rebound gets
 * the welcome; anything else a short line that says what to do, with the same buttons, and what they
 * typed is never taken as an answer (the questions start by asking the company).
 */
@DisplayName("Typing with nothing under way")
class WelcomeSpecTest {

    private static final String WELCOME = "Hi, I'm Rebound.";
    private static final String HINT = "To log a rejection, pick *Log a rejection* or type *start*: "
            + "I'll ask a few short questions, one at a time, starting with the company.";
    private static final String BACK_HINT = "To log another rejection, pick *Log another one* or type *new*. "
            + "To tell me what happened since *Acme*, pick *Tell me what happened* or type *update*.";
    private static final String DANA = "Dana Smith, recruiter";

    @Nested
    @DisplayName("someone new")
    class SomeoneNew {

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"hi", "Hello again!", "hey rebound", "What is this?", "who are you",
                "what does this do", "can you help me with a rejection?", "?"})
        @DisplayName("who greets or asks about Rebound gets the whole welcome and its buttons")
        void greetsOrAsks(String typed) {
            // given someone who has never written, when they greet or ask what this is
            Dialogue bo = Dialogue.with("console:bo").says(typed);
            // then the welcome, with its two buttons
            assertThat(bo.replies()).singleElement().satisfies(reply -> {
                assertThat(reply.text()).startsWith(WELCOME);
                assertThat(reply.choices()).extracting(Choice::action).containsExactly("start", "rejected:list");
            });
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"I got rejected by Acme", "Brightwave", "2", "strat", "they said no :(", "ok"})
        @DisplayName("who types anything else is told in one line what to do, with the same buttons, and nothing is kept")
        void toldWhatToDo(String typed) {
            // given someone who has never written, when they type what happened (or anything else)
            Dialogue bo = Dialogue.with("console:bo").says(typed);
            // then one short line says how to begin, with the welcome's buttons, and no intake is started
            assertThat(bo.replies()).singleElement().satisfies(reply -> {
                assertThat(reply.text()).isEqualTo(HINT);
                assertThat(reply.choices()).extracting(Choice::action).containsExactly("start", "rejected:list");
            });
            assertThat(bo.state().intake()).isNull();
            assertThat(bo.state().rejections()).isEmpty();
        }

        @Test
        @DisplayName("who keeps typing gets the short line each time, never the whole welcome again")
        void keepsTyping() {
            // given someone who was welcomed
            Dialogue bo = Dialogue.with("console:bo").says("hi").botSays(WELCOME);
            // when they answer as if asked, several times
            for (String typed : new String[] {"Brightwave", "I got rejected by Brightwave", "2", "Designer"}) {
                // then each gets the short line, not the introduction
                bo.says(typed);
                assertThat(bo.texts()).containsExactly(HINT);
            }
        }

        @Test
        @DisplayName("whose sentence is not taken as the company: start asks the company, and the answer is theirs")
        void sentenceIsNotTheCompany() {
            // given someone who typed what happened, then typed start as told
            Dialogue bo = Dialogue.with("console:bo").says("I got rejected by Brightwave").says("start");
            // then the first question asks the company, with nothing filled in
            bo.botAsks("company");
            assertThat(bo.state().intake().answers()).doesNotContainKey("company");
            bo.says("Brightwave").botAsks("role");
            assertThat(bo.state().intake().answers()).containsEntry("company", "Brightwave");
        }
    }

    @Nested
    @DisplayName("a member who has logged a rejection")
    class Returning {

        private Dialogue logged() {
            return Dialogue.with("console:alice").throughIntake("hired_other", "yes", "thank", DANA).says("yes");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"hi again", "hello", "what now?"})
        @DisplayName("who greets or asks is welcomed back")
        void greetsOrAsks(String typed) {
            // given a member with Acme logged, when they greet or ask
            Dialogue alice = logged().says(typed);
            // then the welcome back, with its three buttons
            assertThat(alice.replies()).singleElement().satisfies(reply -> {
                assertThat(reply.text()).startsWith("Welcome back.").contains("*Acme*");
                assertThat(reply.choices()).extracting(Choice::action)
                        .containsExactly("rejected:new", "rejected:list", "rejected:update");
            });
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"Dana wrote back!", "Globex said no too", "3"})
        @DisplayName("who types what happened is told how to log another or tell what happened, with the same buttons")
        void toldWhatToDo(String typed) {
            // given a member with Acme logged, when they type what happened
            Dialogue alice = logged().says(typed);
            // then one short line names both ways, with the welcome back's buttons, and nothing changes
            assertThat(alice.replies()).singleElement().satisfies(reply -> {
                assertThat(reply.text()).isEqualTo(BACK_HINT);
                assertThat(reply.choices()).extracting(Choice::action)
                        .containsExactly("rejected:new", "rejected:list", "rejected:update");
            });
            assertThat(alice.state().intake()).isNull();
            assertThat(alice.state().rejections()).extracting(Rejection::company).containsExactly("Acme");
        }

        @Test
        @DisplayName("the words the short line names do what it says: new asks the company, update asks what happened")
        void wordsWork() {
            // given a member told what to do
            Dialogue alice = logged().says("Globex said no too").botSays(BACK_HINT);
            // when they type update, then they are asked what happened with their one rejection
            alice.says("update").botSays("What happened with *Acme*?");
            // and when instead they type new, the questions start with the company
            logged().says("Globex said no too").says("new").botAsks("company");
        }
    }
}
