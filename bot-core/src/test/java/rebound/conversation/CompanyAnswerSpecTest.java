package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The company question, as a newcomer answers it in the terminal: the drafts name the company, so a
 * sentence about the no is never kept as the name. A name is taken out of it only when it plainly
 * stands there; otherwise the question is asked again with a hint.
 */
@DisplayName("The company question: a sentence about the no is never kept as the name")
class CompanyAnswerSpecTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "I got rejected by Acme | Acme",
            "Acme rejected me :( | Acme",
            "got a no from Northwind Labs | Northwind Labs",
            "a rejection from Procter & Gamble. | Procter & Gamble",
            "Booking.com turned me down | Booking.com",
            "just got ghosted by acme | acme",
            "It was Acme | Acme",
            "I applied to Globex Corporation | Globex Corporation",
            "I interviewed at Initech | Initech",
            "I didn't get the job at Acme | Acme",
            "rejected from Acme! | Acme",
    })
    @DisplayName("a name that plainly stands in the sentence is taken, and the role question names it")
    void taken(String typed, String company) {
        // given a newcomer at "Which company was it?"
        Dialogue bo = Dialogue.with("console:bo").commands("").botAsks("company");
        // when they tell what happened
        bo.says(typed).botAsks("role");
        // then the company is the name alone
        assertThat(bo.state().intake().answers()).containsEntry("company", company);
        assertThat(bo.last().text()).isEqualTo("And the role you applied for at " + company + "?");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"I got rejected :(", "they rejected me after the final round",
            "rejected by the hiring manager at Acme", "Unfortunately they went with someone else, I was rejected",
            "it was a startup in Berlin", "I applied to two companies"})
    @DisplayName("a sentence with no name safely in it is asked again, with a hint, and nothing is kept")
    void askedAgain(String typed) {
        // given a newcomer at "Which company was it?"
        Dialogue bo = Dialogue.with("console:bo").commands("").botAsks("company");
        // when they answer with what happened
        bo.says(typed).botAsks("company");
        // then nothing is kept, and they are asked for just the name
        assertThat(bo.state().intake().answers()).doesNotContainKey("company");
        assertThat(String.join("\n", bo.texts())).contains(
                "I couldn't use that answer. That sounds like what happened rather than the company's name.\n"
                        + "Just the company's name, like *Northwind Labs*.");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Acme", "Northwind Labs", "Procter & Gamble", "AT&T", "3M", "Booking.com",
            "Acme Inc.", "Bank of America", "The Home Depot", "Women in Tech", "7-Eleven", "Applied Materials"})
    @DisplayName("a real name (several words, digits, \"&\", \".\") is kept as typed")
    void names(String typed) {
        Dialogue bo = Dialogue.with("console:bo").commands("").botAsks("company").says(typed).botAsks("role");
        assertThat(bo.state().intake().answers()).containsEntry("company", typed);
    }

    @Test
    @DisplayName("\"I'm sorry it was a no\" is said once: not when the company is asked again, nor when it is edited")
    void condolenceOnce() {
        // given a newcomer asked for the company, with the condolence
        Dialogue bo = Dialogue.with("console:bo").commands("").botAsks("company");
        assertThat(bo.last().text()).isEqualTo(
                "I'm sorry it was a no. Let's make it count for something. Which company was it?");
        // when the answer is asked again, then the question comes alone
        bo.says("I got rejected :(").botAsks("company");
        assertThat(bo.last().text()).isEqualTo("Which company was it?");
        // when, at the summary, the member edits the company, then too
        Dialogue cy = Dialogue.with("console:cy").throughIntake("hired_other", "yes", "thank", "Dana Smith, recruiter")
                .says("edit company").botAsks("company");
        assertThat(cy.texts()).containsExactly("Right now it says: *Acme*. Send the new answer.", "Which company was it?");
    }
}
