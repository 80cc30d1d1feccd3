package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Draft;
import rebound.frontdoor.Outbound;
import rebound.rejection.Contact;

/** The people step as members type it (issue 12, section 1), spoken as dialogue. */
@DisplayName("The people step")
class PeopleStepSpecTest {

    private static Dialogue atPeople(String member) {
        return Dialogue.with(member).commands("").says("Acme").says("Product Designer").says("final")
                .says("hired_other").botAsks("contacts");
    }

    @Nested
    @DisplayName("reads each line with the contact reader")
    class Reading {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Priya (HM) - loved her take on design systems | Priya | hiring_manager | loved her take on design systems | ''",
                "recruiter, Dana Smith, the ledger migration | Dana Smith | recruiter | the ledger migration | ''",
                "Tom (recruiter) | Tom | recruiter | '' | ''",
                "Jen from HR | Jen | recruiter | '' | ''",
                "Chris from the panel | Chris | interviewer | '' | ''",
                "Dr. Emily Chen, CTO | Emily Chen | executive | '' | Dr.",
                "marcus, tech lead | Marcus | team_member | '' | ''",
                "ANA BELL, VP of Engineering | Ana Bell | executive | '' | ''",
                "Ana Lima, recruiter: APIs | Ana Lima | recruiter | APIs | ''",
                "Kim Park, recuriter | Kim Park | recruiter | '' | ''",
                "Norman, interviewer, nothing really | Norman | interviewer | '' | ''",
        })
        @DisplayName("stores name, part, topic and title, never the whole line")
        void stores(String line, String name, String part, String detail, String title) {
            Dialogue bo = atPeople("console:bo").says(line).botAsks("contacts");
            assertThat(bo.state().intake().contacts()).containsExactly(new Contact(name, part, detail, title, null, null));
        }

        @Test
        @DisplayName("a part word or a pronoun is never a name: someone from HR is kept without one, and greeted without one")
        void noName() {
            Dialogue bo = atPeople("console:bo").says("someone from HR, didn't catch her name").botAsks("contacts");
            assertThat(bo.state().intake().contacts()).containsExactly(new Contact("", "recruiter", ""));
            assertThat(bo.texts().get(0)).isEqualTo(
                    "*The recruiter*, no name given. The notes will greet them without a name.");
            assertThat(bo.last().text()).contains("So far: the recruiter\n\nAnyone else?").doesNotContain("(recruiter)");
            bo.says("the HR lady").botAsks("contacts");
            assertThat(bo.state().intake().contacts()).extracting(Contact::name).containsExactly("", "");
        }

        @Test
        @DisplayName("after each person, says how the line was read, with one-tap buttons to fix or remove them")
        void readBack() {
            Dialogue bo = atPeople("console:bo").says("Priya (HM) - loved her take on design systems");
            Outbound readBack = bo.replies().get(0);
            assertThat(readBack.text()).isEqualTo("*Priya*: hiring manager; you talked about her take on design systems.");
            assertThat(readBack.choices()).extracting(Choice::label, Choice::action).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Fix Priya", "person:fix:0:priya"),
                    org.assertj.core.groups.Tuple.tuple("Remove Priya", "person:remove:0:priya"));
            bo.botAsks("contacts");
            assertThat(bo.last().text()).contains("So far: Priya (hiring manager)").contains("Anyone else?");
            bo.says("Sam Lee, recruiter, asked about my logistics background");
            assertThat(bo.replies().get(0).text())
                    .isEqualTo("*Sam Lee*: recruiter; you remember that Sam asked about my logistics background.");
            bo.says("Jo Park");
            assertThat(bo.replies().get(0).text()).isEqualTo("*Jo Park*: part not given.");
        }

        @Test
        @DisplayName("a word that could mean two parts (PM) is asked about with buttons, not guessed")
        void ambiguousPart() {
            Dialogue bo = atPeople("console:bo").says("Sam, PM").botAsks("contacts");
            assertThat(bo.last().text()).isEqualTo("By \"PM\", do you mean a product manager or the hiring manager?");
            assertThat(bo.last().choices()).extracting(Choice::action)
                    .containsExactly("person:part:team_member", "person:part:hiring_manager");
            assertThat(bo.state().intake().contacts()).isEmpty();
            bo.presses("person:part:hiring_manager").botAsks("contacts");
            assertThat(bo.state().intake().contacts()).containsExactly(new Contact("Sam", "hiring_manager", ""));
            assertThat(bo.replies().get(0).text()).isEqualTo("*Sam*: hiring manager.");

            Dialogue typed = atPeople("console:cy").says("Lee, PM, roadmap").says("a product manager");
            assertThat(typed.state().intake().contacts()).containsExactly(new Contact("Lee", "team_member", "roadmap"));
            Dialogue unclear = atPeople("console:di").says("Lee, PM").says("banana");
            assertThat(unclear.texts().get(0)).contains("Pick one of the choices below");
            assertThat(unclear.last().choices()).extracting(c -> c.label()).anyMatch(l -> l.contains("A product manager"));
            assertThat(unclear.last().text()).contains("By \"PM\"");
            assertThat(unclear.state().intake().contacts()).isEmpty();
            unclear.says("back").botAsks("contacts");
            assertThat(unclear.last().text()).contains("Who did you meet");
            assertThat(unclear.state().intake().pending()).isNull();
            unclear.presses("person:part:team_member").botSays("That button belongs to an earlier question");
            assertThat(unclear.state().intake().contacts()).isEmpty();
        }

        @Test
        @DisplayName("two people on one line: asks for one per message and adds nobody")
        void twoPeople() {
            Dialogue bo = atPeople("console:bo").says("Dana and Sam, interviewers").botAsks("contacts");
            assertThat(bo.texts().get(0)).contains("one per message");
            assertThat(bo.state().intake().contacts()).isEmpty();
        }

        @Test
        @DisplayName("a detail that is no topic is dropped; one too long is asked once in a few words")
        void topics() {
            Dialogue bo = atPeople("console:bo").says("Ana Ruiz, interviewer, n/a").botAsks("contacts");
            assertThat(bo.state().intake().contacts()).containsExactly(new Contact("Ana Ruiz", "interviewer", ""));

            String rambling = "we talked for ages about her team. It was fun and she showed me the roadmap and the way they plan";
            bo.says("Lee Wong, hiring manager, " + rambling).botAsks("contacts");
            assertThat(bo.last().text()).startsWith("What did you and Lee Wong talk about, in a few words?");
            assertThat(bo.last().choices()).extracting(Choice::action).containsExactly("control:skip");
            bo.says("the quarterly roadmap").botAsks("contacts");
            assertThat(bo.state().intake().contacts().get(1)).isEqualTo(
                    new Contact("Lee Wong", "hiring_manager", "the quarterly roadmap"));
            assertThat(bo.texts().get(0)).isEqualTo("*Lee Wong*: hiring manager; you talked about the quarterly roadmap.");

            bo.says("Kai Moss, recruiter, " + rambling).says("skip").botAsks("contacts");
            assertThat(bo.state().intake().contacts().get(2)).isEqualTo(new Contact("Kai Moss", "recruiter", ""));
            assertThat(bo.texts().get(0)).isEqualTo("I'll leave what you talked about with Kai Moss out of the notes.");

            bo.says("Eve Ng, interviewer, " + rambling).says("none").botAsks("contacts");
            assertThat(bo.state().intake().contacts().get(3)).as("'none' here is no topic, not the end of the people")
                    .isEqualTo(new Contact("Eve Ng", "interviewer", ""));
            bo.says("fix Eve").says("idk").botAsks("contacts").botSays("That's all right.");
            assertThat(bo.state().intake().contacts().get(3).name()).isEqualTo("Eve Ng");
            bo.says("Eve Ng, interviewer, latency budgets");
            assertThat(bo.state().intake().contacts().get(3).detail()).isEqualTo("latency budgets");

            bo.says("Ivy Chu, recruiter, " + rambling).says("Max Roe, interviewer").botAsks("contacts");
            assertThat(bo.state().intake().contacts()).extracting(Contact::name, Contact::detail).endsWith(
                    org.assertj.core.groups.Tuple.tuple("Ivy Chu", ""), org.assertj.core.groups.Tuple.tuple("Max Roe", ""));
        }
    }

    @Nested
    @DisplayName("changes the people already added")
    class Changes {

        @Test
        @DisplayName("remove NAME removes that person, never adds one called \"remove\"")
        void removeByName() {
            Dialogue bo = atPeople("console:bo").says("Norman Hill, interviewer").says("Dana Smith, recruiter")
                    .says("remove Norman").botAsks("contacts");
            assertThat(bo.texts().get(0)).isEqualTo("Removed *Norman Hill*.");
            assertThat(bo.state().intake().contacts()).extracting(Contact::name).containsExactly("Dana Smith");
            bo.says("remove Zed").botAsks("contacts");
            assertThat(bo.texts().get(0)).isEqualTo("I have no one called \"Zed\" yet. So far: Dana Smith");
            assertThat(bo.state().intake().contacts()).hasSize(1);
        }

        @Test
        @DisplayName("fix NAME takes the next line in that person's place")
        void fixByName() {
            Dialogue bo = atPeople("console:bo").says("Tom (recruiter)").says("Ana Ruiz, interviewer")
                    .says("fix tom").botAsks("contacts");
            assertThat(bo.last().text()).startsWith("Send Tom's line again the way it should read");
            bo.says("Tom Baker, hiring manager, the ledger migration").botAsks("contacts");
            assertThat(bo.state().intake().contacts()).containsExactly(
                    new Contact("Tom Baker", "hiring_manager", "the ledger migration"), new Contact("Ana Ruiz", "interviewer", ""));
        }

        @Test
        @DisplayName("two people who could be meant: asks which, with a button each")
        void whichOne() {
            Dialogue bo = atPeople("console:bo").says("Dana Smith, recruiter").says("Dana Lee, interviewer")
                    .says("remove Dana").botAsks("contacts");
            assertThat(bo.texts().get(0)).isEqualTo("Which person do you mean?");
            assertThat(bo.replies().get(0).choices()).extracting(Choice::action)
                    .containsExactly("person:remove:0:dana", "person:remove:1:dana");
            bo.presses("person:remove:1:dana");
            assertThat(bo.state().intake().contacts()).extracting(Contact::name).containsExactly("Dana Smith");
        }

        @Test
        @DisplayName("the fix and remove buttons work; a button for a list that changed since is stale")
        void buttons() {
            Dialogue bo = atPeople("console:bo").says("Tom (recruiter)").says("Ana Ruiz, interviewer");
            bo.presses("person:fix:0:tom").botAsks("contacts").says("Tom Baker, recruiter");
            assertThat(bo.state().intake().contacts()).extracting(Contact::name).containsExactly("Tom Baker", "Ana Ruiz");
            bo.presses("person:remove:0:tom").botAsks("contacts");
            assertThat(bo.state().intake().contacts()).extracting(Contact::name).containsExactly("Ana Ruiz");
            bo.presses("person:remove:0:tom").botSays("That button belongs to an earlier question");
            assertThat(bo.state().intake().contacts()).extracting(Contact::name).containsExactly("Ana Ruiz");
            bo.presses("person:remove:5:ana").botSays("That button belongs to an earlier question");
        }

        @Test
        @DisplayName("back drops the last person; with nobody left it goes back a step")
        void back() {
            Dialogue bo = atPeople("console:bo").says("Tom (recruiter)").says("Ana Ruiz, interviewer")
                    .says("back").botAsks("contacts");
            assertThat(bo.texts().get(0)).isEqualTo("Removed *Ana Ruiz*.");
            assertThat(bo.state().intake().contacts()).extracting(Contact::name).containsExactly("Tom");
            bo.says("back").botAsks("contacts").says("back").botAsks("outcome");
        }

        @Test
        @DisplayName("an unnamed person gets a note greeting them without a name, and never \"Dear someone\"")
        void unnamedInThePlan() {
            Dialogue bo = atPeople("console:bo").says("Dana Smith, hiring manager").says("someone from HR")
                    .says("done");
            while (!bo.last().step().equals("confirm")) {
                bo.says(switch (bo.last().step()) {
                    case "still_interested" -> "yes";
                    case "goals" -> "thank";
                    case "tone" -> "warm";
                    default -> "skip";
                });
            }
            List<Draft> drafts = bo.says("yes").drafts();
            assertThat(drafts).hasSize(2);
            assertThat(drafts).allSatisfy(d -> assertThat(d.body()).doesNotContain("Dear HR", "team,",
                    "Hi HR", "Hi ,", "Dear ,"));
            assertThat(drafts.get(1).to()).isEmpty();
            assertThat(drafts.get(1).body()).startsWith("Hello,\n").contains("I enjoyed meeting you");
        }
    }
}
