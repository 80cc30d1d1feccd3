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

/**
 * Issue 18, the reading half, spoken as dialogue: remarks never quoted, titles read as people write
 * them, names from many cultures greeted right, nobody lost or doubled at the people step, everyday
 * answers understood, and what the notes will say shown once before the drafts.
 */
@DisplayName("Reading what members type (issue 18)")
class PeopleReadingTest {

    private static Dialogue atPeople(String member) {
        return Dialogue.with(member).commands("").says("Acme").says("Product Designer").says("final")
                .says("hired_other").botAsks("contacts");
    }

    private static List<String> bodies(Dialogue bo) {
        return bo.drafts().stream().map(Draft::body).toList();
    }

    @Nested
    @DisplayName("a private remark is never a topic")
    class Remarks {

        @Test
        @DisplayName("'kinda rude tbh' and 'I bombed the case study lol' reach no draft")
        void remarksReachNoDraft() {
            Dialogue bo = Dialogue.with("console:bo").throughIntake("hired_other", "yes", "thank, reference",
                    "Carla (hiring manager) - kinda rude tbh", "Omar, interviewer, I bombed the case study lol");
            assertThat(bo.state().intake().contacts()).extracting(Contact::detail).containsExactly("", "");
            bo.says("yes");
            assertThat(bodies(bo)).isNotEmpty().noneMatch(b -> b.contains("rude") || b.contains("tbh")
                    || b.contains("bombed") || b.contains("lol"));
        }

        @Test
        @DisplayName("no reference request goes to the only person met when the member's remark says they did not like them")
        void noReferenceAskToSomeoneDisliked() {
            Dialogue bo = Dialogue.with("console:bo").throughIntake("hired_other", "yes", "thank, reference",
                    "Carla (hiring manager) - kinda rude tbh").says("yes");
            assertThat(bo.drafts()).extracting(Draft::kind).doesNotContain("reference_request");
            assertThat(bo.state().rejections().get(0).followUps()).extracting(f -> f.kind())
                    .doesNotContain("reference_request");
        }

        @Test
        @DisplayName("someone the member did not like is not offered as someone they clicked with")
        void dislikedIsNotOffered() {
            Dialogue bo = atPeople("console:bo").says("Carla (hiring manager) - kinda rude tbh")
                    .says("Omar, interviewer, great chat about the case study").says("done");
            assertThat(bo.state().intake().contacts().get(0).disliked()).isTrue();
            assertThat(bo.state().intake().contacts().get(0).clickedWith()).isFalse();
            bo.says("skip").botAsks("still_interested").says("yes").botAsks("goals").says("thank, reference");
            if (bo.last().step().equals("clicked_with")) {
                assertThat(bo.last().choices()).extracting(Choice::label).doesNotContain("Carla");
            }
        }
    }

    @Nested
    @DisplayName("names and greetings")
    class Greetings {

        @Test
        @DisplayName("Bartholomew 'Bart' Simpson-Jones is greeted Hi Bart, and 'Bart' is understood later")
        void nickname() {
            Dialogue bo = atPeople("console:bo").says("Bartholomew 'Bart' Simpson-Jones, interviewer")
                    .says("Dana Smith, recruiter").says("done").says("skip").says("yes")
                    .says("thank, stay in touch");
            assertThat(bo.state().intake().contacts().get(0).name()).isEqualTo("Bartholomew Simpson-Jones");
            assertThat(bo.state().intake().contacts().get(0).firstName()).isEqualTo("Bart");
            bo.botAsks("clicked_with").says("Bart");
            assertThat(bo.state().intake().answers()).containsEntry("clicked_with", "p1");
        }

        @Test
        @DisplayName("Nguyễn Thị Minh Khai: never 'Hi Nguyễn,'; Rebound asks how to greet them, one tap")
        void familyNameFirst() {
            Dialogue bo = atPeople("console:bo").says("Nguyễn Thị Minh Khai, recruiter");
            assertThat(bo.state().intake().contacts().get(0).firstName()).isEqualTo("Nguyễn Thị Minh Khai");
            Outbound ask = bo.replies().stream().filter(o -> o.text().startsWith("How do you greet")).findFirst()
                    .orElseThrow();
            assertThat(ask.choices()).extracting(Choice::label).contains("Hi Minh Khai", "Hi Khai");
            Choice minhKhai = ask.choices().stream().filter(c -> c.label().equals("Hi Minh Khai")).findFirst()
                    .orElseThrow();
            bo.presses(minhKhai.action()).botAsks("contacts");
            assertThat(bo.state().intake().contacts().get(0).firstName()).isEqualTo("Minh Khai");
        }

        @Test
        @DisplayName("Nguyễn Thị Minh Khai: 'Ms. Nguyễn' is offered too, and then formal notes say Dear Ms. Nguyễn,")
        void familyNameWithTitle() {
            Dialogue bo = atPeople("console:bo").says("Nguyễn Thị Minh Khai, recruiter");
            Outbound ask = bo.replies().stream().filter(o -> o.text().startsWith("How do you greet")).findFirst()
                    .orElseThrow();
            assertThat(ask.choices()).extracting(Choice::label).contains("Hi Ms. Nguyễn", "Hi Mr. Nguyễn");
            Choice ms = ask.choices().stream().filter(c -> c.label().equals("Hi Ms. Nguyễn")).findFirst().orElseThrow();
            bo.presses(ms.action()).botAsks("contacts").botSays("will say \"Hi Ms. Nguyễn,\"");
            Contact khai = bo.state().intake().contacts().get(0);
            assertThat(khai.firstName()).isEqualTo("Ms. Nguyễn");
            assertThat(khai.formalName()).isEqualTo("Ms. Nguyễn");
        }

        @Test
        @DisplayName("Dr. Nguyễn Văn An: the title typed is the one offered with the family name, no other")
        void familyNameTitleTyped() {
            Dialogue bo = atPeople("console:bo").says("Dr. Nguyễn Văn An, hiring manager");
            Outbound ask = bo.replies().stream().filter(o -> o.text().startsWith("How do you greet")).findFirst()
                    .orElseThrow();
            assertThat(ask.choices()).extracting(Choice::label).contains("Hi Dr. Nguyễn")
                    .doesNotContain("Hi Ms. Nguyễn", "Hi Mr. Nguyễn");
        }

        @Test
        @DisplayName("Herr Dr Klaus Becker: a formal note says Dear Dr. Becker,")
        void honorifics() {
            Dialogue bo = atPeople("console:bo").says("Herr Dr Klaus Becker, hiring manager");
            Contact klaus = bo.state().intake().contacts().get(0);
            assertThat(klaus.name()).isEqualTo("Klaus Becker");
            assertThat(klaus.formalName()).isEqualTo("Dr. Becker");
            assertThat(klaus.firstName()).isEqualTo("Klaus");
        }

        @Test
        @DisplayName("an emoji heading is nobody: '🚀 Launch' adds no one")
        void emojiHeading() {
            Dialogue bo = atPeople("console:bo").says("🚀 Launch").botAsks("contacts");
            assertThat(bo.state().intake().contacts()).isEmpty();
        }
    }

    @Nested
    @DisplayName("the people step loses and doubles nobody")
    class PeopleStep {

        @Test
        @DisplayName("a person typed while 'By PM, do you mean...' waits is added, and the question stays")
        void questionDoesNotSwallowTheNextPerson() {
            Dialogue bo = atPeople("console:bo").says("Sam, PM").says("Dana Smith, recruiter");
            assertThat(bo.state().intake().contacts()).extracting(Contact::name).containsExactly("Dana Smith");
            assertThat(bo.last().text()).contains("PM");
            bo.says("a product manager").botAsks("contacts");
            assertThat(bo.state().intake().contacts()).extracting(Contact::name)
                    .containsExactly("Dana Smith", "Sam");
        }

        @Test
        @DisplayName("the same person typed twice is one entry")
        void samePersonTwice() {
            Dialogue bo = atPeople("console:bo").says("Dana Smith, recruiter")
                    .says("dana smith, recruiter, the ledger migration").botAsks("contacts");
            assertThat(bo.state().intake().contacts())
                    .containsExactly(new Contact("Dana Smith", "recruiter", "the ledger migration"));
            assertThat(String.join("\n", bo.texts())).contains("*Dana Smith*, already on your list");
        }

        @Test
        @DisplayName("the same person typed once with accents and once without is one entry")
        void samePersonWithoutAccents() {
            Dialogue bo = atPeople("console:bo").says("Nguyễn Thị Minh Khai, recruiter, the portfolio review")
                    .says("nguyen thi minh khai, recruiter").botAsks("contacts");
            assertThat(bo.state().intake().contacts()).extracting(Contact::name)
                    .containsExactly("Nguyễn Thị Minh Khai");
            assertThat(bo.state().intake().contacts().get(0).detail()).isEqualTo("the portfolio review");
            assertThat(String.join("\n", bo.texts())).contains("already on your list");
            assertThat(PersonEntry.sameName("José Álvarez", "jose alvarez")).isTrue();
            assertThat(PersonEntry.sameName("Jose Alvarez", "Josh Alvarez")).isFalse();
        }

        @Test
        @DisplayName("'two panel folks whose names I forgot' is accepted as people without names")
        void unnamedPanel() {
            Dialogue bo = atPeople("console:bo").says("two panel folks whose names I forgot").botAsks("contacts");
            assertThat(bo.state().intake().contacts()).extracting(Contact::name, Contact::part)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("", "interviewer"));
        }

        @Test
        @DisplayName("the hint for a line with no name says that people without names work")
        void hintMentionsUnnamedPeople() {
            Dialogue bo = atPeople("console:bo").says("we talked about kafka").botAsks("contacts");
            assertThat(String.join("\n", bo.texts())).containsIgnoringCase("name");
            assertThat(String.join("\n", bo.texts())).containsIgnoringCase("the recruiter");
        }

        @Test
        @DisplayName("a line with no name after a named hiring manager is about them, not a nameless twin")
        void noNamelessTwin() {
            Dialogue bo = atPeople("console:bo").says("Marta Gomez, hiring manager")
                    .says("eng manager, we talked about their migration to Kotlin").botAsks("contacts");
            assertThat(bo.state().intake().contacts()).extracting(Contact::name).containsExactly("Marta Gomez");
            assertThat(bo.state().intake().contacts().get(0).detail()).contains("migration to Kotlin");
            assertThat(String.join("\n", bo.texts())).contains("*Marta Gomez*, already on your list");
        }

        @Test
        @DisplayName("Marta Gomez - eng manager: the hiring manager, topic 'their migration to Kotlin'")
        void engManager() {
            Dialogue bo = atPeople("console:bo").says("Marta Gomez - eng manager, we talked about their migration to Kotlin");
            Contact marta = bo.state().intake().contacts().get(0);
            assertThat(marta.part()).isEqualTo("hiring_manager");
            assertThat(marta.detail()).isEqualTo("we talked about their migration to Kotlin");
        }
    }

    @Nested
    @DisplayName("everyday answers")
    class Everyday {

        @ParameterizedTest(name = "\"{1}\" at {0} is {2}")
        @CsvSource(delimiter = '|', value = {
                "outcome | they said I wasn't a culture fit | other",
                "outcome | they said maybe in Q3 | no_openings",
                "stage | loop | final",
                "stage | the onsite loop | final",
        })
        void story(String step, String typed, String value) {
            Dialogue bo = Dialogue.with("console:bo").commands("").says("Acme").says("Designer");
            if (step.equals("outcome")) {
                bo.says("final");
            }
            bo.botAsks(step).says(typed);
            assertThat(bo.state().intake().answers()).containsEntry(step, value);
        }

        @Test
        @DisplayName("'no, not after that' at still interested is no")
        void notAfterThat() {
            Dialogue bo = atPeople("console:bo").says("Dana Smith, recruiter").says("done").says("skip")
                    .botAsks("still_interested").says("no, not after that");
            assertThat(bo.state().intake().answers()).containsEntry("still_interested", "no");
        }

        @Test
        @DisplayName("a first name at 'who told you' is that person; 'both' picks the two people")
        void firstNameAndBoth() {
            Dialogue bo = atPeople("console:bo").says("Dana Smith, recruiter").says("Omar Haddad, interviewer")
                    .says("done").botAsks("told_by").says("dana");
            assertThat(bo.state().intake().answers()).containsEntry("told_by", "p1");
            bo.says("yes").says("thank, stay in touch").botAsks("clicked_with").says("both");
            assertThat(bo.state().intake().answers()).containsEntry("clicked_with", "p1,p2");
        }

        @Test
        @DisplayName("a question without a question mark is not the company")
        void questionIsNotTheCompany() {
            Dialogue bo = Dialogue.with("console:bo").commands("").botAsks("company").says("What is this for")
                    .botAsks("company");
            assertThat(bo.state().intake().answers()).doesNotContainKey("company");
        }
    }

    @Nested
    @DisplayName("/rejected update typed in one go")
    class Updates {

        private Dialogue told(String member) {
            return Dialogue.with(member).throughIntake("hired_other", "yes", "thank, reference",
                    "Noor Haddad, interviewer, the design critique", "Sam Lee, recruiter").says("yes");
        }

        @Test
        @DisplayName("'Noor offered to refer me to Vercel' is a referral from Noor for Vercel")
        void referral() {
            Dialogue bo = told("console:bo").commands("update").says("Noor offered to refer me to Vercel");
            assertThat(String.join("\n", bo.texts())).contains("Vercel");
            assertThat(bo.drafts()).extracting(Draft::kind, Draft::to)
                    .contains(org.assertj.core.groups.Tuple.tuple("referral_thanks", "Noor Haddad"));
        }

        @Test
        @DisplayName("'got a job at Vercel!!' is a new job")
        void newJob() {
            Dialogue bo = told("console:bo").commands("update").says("got a job at Vercel!!");
            assertThat(String.join("\n", bo.texts())).contains("Congratulations on the new job");
        }
    }

    @Nested
    @DisplayName("before the drafts")
    class Preview {

        @Test
        @DisplayName("the summary shows each person's greeting and topic sentence once")
        void summaryShowsWhatNotesSay() {
            Dialogue bo = Dialogue.with("console:bo").throughIntake("hired_other", "yes", "thank",
                    "Marta Gomez - eng manager, we talked about their migration to Kotlin",
                    "Carla (recruiter) - kinda rude tbh");
            String summary = bo.last().text();
            assertThat(summary).contains("Hi Marta,").contains("your migration to Kotlin");
            assertThat(summary).contains("Hi Carla,").doesNotContain("rude");
        }
    }
}
