package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Outbound;
import rebound.rejection.Contact;

/**
 * The contact form (the Slack or Discord "add a person" modal) reads its fields with the same reading
 * library as a line typed at the people step (issue 12, section 1), spoken as dialogue.
 */
@DisplayName("The contact form")
class ContactFormSpecTest {

    private static Dialogue atPeople(String member) {
        return Dialogue.with(member).commands("").says("Acme").says("Product Designer").says("final")
                .says("hired_other").botAsks("contacts");
    }

    private static Map<String, String> fields(String name, String part, String detail) {
        Map<String, String> values = new HashMap<>();
        values.put("name", name);
        values.put("part", part);
        values.put("detail", detail);
        return values;
    }

    private static Contact submitted(String name, String part, String detail) {
        Dialogue bo = atPeople("console:bo").submits("contact", fields(name, part, detail)).botAsks("contacts");
        assertThat(bo.state().intake().contacts()).hasSize(1);
        return bo.state().intake().contacts().get(0);
    }

    @Test
    @DisplayName("gives a name typed in lower case its capitals: marcus -> Marcus")
    void capitals() {
        assertThat(submitted("marcus", "", "")).isEqualTo(new Contact("Marcus", "", ""));
        assertThat(submitted("ANA BELL", "", "").name()).isEqualTo("Ana Bell");
    }

    @Test
    @DisplayName("keeps the title typed with the name: Dr. Emily Chen is Emily Chen, title Dr.")
    void title() {
        Contact emily = submitted("Dr. Emily Chen", "", "");
        assertThat(emily.name()).isEqualTo("Emily Chen");
        assertThat(emily.title()).isEqualTo("Dr.");
        assertThat(emily.formalName()).isEqualTo("Dr. Chen");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"n/a", "nothing really", "-", "idk"})
    @DisplayName("drops a detail that is no topic")
    void noTopic(String detail) {
        assertThat(submitted("Ana Ruiz", "interviewer", detail)).isEqualTo(new Contact("Ana Ruiz", "interviewer", ""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "HR | recruiter",
            "people ops | recruiter",
            "CTO | executive",
            "head of design | executive",
            "tech lead | team_member",
            "hiring manager | hiring_manager",
            "Executive or founder | executive",
            "Someone else | other",
            "interviewr | interviewer",
    })
    @DisplayName("reads the part with the part words of people.txt, then the step's options (which forgive a slip)")
    void part(String typed, String part) {
        assertThat(submitted("Kim Park", typed, "").part()).isEqualTo(part);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Dr. Emily Chen, CTO, her move from Texas | Dr. Emily Chen | CTO | her move from Texas",
            "marcus, tech lead | marcus | tech lead | ''",
            "ANA BELL, HR, n/a | ANA BELL | HR | n/a",
            "Priya (HM) - loved her take on design systems | Priya | HM | loved her take on design systems",
            "recruiter, Dana Smith, salary bands | Dana Smith | recruiter | salary bands",
            "Sam Lee, recruiter, she asked about my logistics background | Sam Lee | recruiter | she asked about my logistics background",
            "pieter van der berg, engineer | pieter van der berg | engineer | ''",
            "someone from HR, didn't catch her name | someone from HR | '' | ''",
            "the HR lady | didn't catch her name | HR | ''",
    })
    @DisplayName("stores the same person typed or submitted as the same Contact")
    void sameAsTyped(String line, String name, String part, String detail) {
        Dialogue typed = atPeople("console:typed").says(line).botAsks("contacts");
        Dialogue form = atPeople("console:form").submits("contact", fields(name, part, detail)).botAsks("contacts");
        assertThat(typed.state().intake().contacts()).hasSize(1);
        assertThat(form.state().intake().contacts()).isEqualTo(typed.state().intake().contacts());
        assertThat(form.texts().get(0)).as("the read-back").isEqualTo(typed.texts().get(0));
    }

    @Test
    @DisplayName("reads the person back with one-tap buttons to fix or remove them, as after a typed line")
    void readBack() {
        Dialogue bo = atPeople("console:bo").submits("contact", fields("marcus", "HR", "the ledger migration"));
        Outbound readBack = bo.replies().get(0);
        assertThat(readBack.text()).isEqualTo("*Marcus*: recruiter; you talked about the ledger migration.");
        assertThat(readBack.choices()).extracting(Choice::label, Choice::action).containsExactly(
                Tuple.tuple("Fix Marcus", "person:fix:0:marcus"),
                Tuple.tuple("Remove Marcus", "person:remove:0:marcus"));
        bo.botAsks("contacts");
        assertThat(bo.last().text()).contains("So far: Marcus (recruiter)");

        bo.presses("person:remove:0:marcus").botAsks("contacts");
        assertThat(bo.state().intake().contacts()).isEmpty();
    }

    @Test
    @DisplayName("a form sent after 'fix NAME' replaces that person")
    void fix() {
        Dialogue bo = atPeople("console:bo").says("Dana Smith, recruiter").says("fix Dana").botAsks("contacts");
        bo.submits("contact", fields("Dana Smyth", "hiring manager", "")).botAsks("contacts");
        assertThat(bo.state().intake().contacts()).containsExactly(new Contact("Dana Smyth", "hiring_manager", ""));
    }

    @Test
    @DisplayName("a detail too long to be a topic is asked once in a few words, as when typed")
    void fewWords() {
        String rambling = "we talked for ages about her team. It was fun and she showed me the roadmap and the way they plan";
        Dialogue bo = atPeople("console:bo").submits("contact", fields("Lee Wong", "hiring manager", rambling))
                .botAsks("contacts");
        assertThat(bo.last().text()).startsWith("What did you and Lee Wong talk about, in a few words?");
        bo.says("the quarterly roadmap").botAsks("contacts");
        assertThat(bo.state().intake().contacts())
                .containsExactly(new Contact("Lee Wong", "hiring_manager", "the quarterly roadmap"));
    }

    @Test
    @DisplayName("a name the rules see no name in, but no part either, is kept as typed")
    void nameAsTyped() {
        assertThat(submitted("Dana <!here>", "hiring manager", "").name()).isEqualTo("Dana <!here>");
    }

    @Test
    @DisplayName("its errors, checked before the form closes, are the ones the submission would meet")
    void errors() {
        Conversation conversation = Dialogue.conversation();
        assertThat(conversation.formErrors("contact", fields(" ", "", "weekly releases"))).containsOnlyKeys("name");
        assertThat(conversation.formErrors("contact", fields("x".repeat(81), "", ""))).containsOnlyKeys("name");
        assertThat(conversation.formErrors("contact", fields("Dana", "astronaut", ""))).containsOnlyKeys("part");
        assertThat(conversation.formErrors("contact", fields("Dana", "", "x".repeat(301)))).containsOnlyKeys("detail");
        assertThat(conversation.formErrors("contact", fields("someone", "", ""))).as("nobody, and no part")
                .containsOnlyKeys("name");
        assertThat(conversation.formErrors("contact", fields("the HR lady", "", ""))).isEmpty();
        assertThat(conversation.formErrors("contact", fields("Dana", "interviewr", ""))).isEmpty();
        assertThat(conversation.formErrors("contact", fields("Dana", "CTO", ""))).isEmpty();
        assertThat(conversation.formErrors("contact", fields("Dana", "astronaut", "")).get("part"))
                .contains("Hiring manager");

        Dialogue bo = atPeople("console:bo").submits("contact", fields("Dana", "astronaut", "")).botAsks("contacts");
        assertThat(bo.state().intake().contacts()).isEmpty();
    }
}
