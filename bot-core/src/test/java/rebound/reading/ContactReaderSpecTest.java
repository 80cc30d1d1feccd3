package rebound.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import rebound.playbook.PlaybookSource;

/**
 * Issue 12, section 1: people as members type them. One row per line: the line | the name as written
 * | the warm greeting name | the formal greeting name | the part | the topic as typed | the word
 * Rebound asks about. {@code ~} is "none".
 */
@DisplayName("Reading a person as members type them")
class ContactReaderSpecTest {

    static final String TABLE = """
            Priya (HM) - loved her take on design systems | Priya | Priya | Priya | hiring_manager | loved her take on design systems | ~
            Tom (recruiter) | Tom | Tom | Tom | recruiter | ~ | ~
            Jen from HR | Jen | Jen | Jen | recruiter | ~ | ~
            Chris from the panel | Chris | Chris | Chris | interviewer | ~ | ~
            the HR lady | ~ | ~ | ~ | recruiter | ~ | ~
            HM | ~ | ~ | ~ | hiring_manager | ~ | ~
            recruiter, Dana Smith, salary bands | Dana Smith | Dana | Dana Smith | recruiter | salary bands | ~
            someone from HR, didn't catch her name | ~ | ~ | ~ | recruiter | ~ | ~
            tech lead | ~ | ~ | ~ | team_member | ~ | ~
            team lead | ~ | ~ | ~ | team_member | ~ | ~
            lead designer | ~ | ~ | ~ | team_member | ~ | ~
            PM | ~ | ~ | ~ | other | ~ | pm
            CTO | ~ | ~ | ~ | executive | ~ | ~
            CEO | ~ | ~ | ~ | executive | ~ | ~
            VP of Engineering | ~ | ~ | ~ | executive | ~ | ~
            founder | ~ | ~ | ~ | executive | ~ | ~
            director | ~ | ~ | ~ | executive | ~ | ~
            people ops | ~ | ~ | ~ | recruiter | ~ | ~
            Dr. Emily Chen | Emily Chen | Emily | Dr. Chen | other | ~ | ~
            marcus | Marcus | Marcus | Marcus | other | ~ | ~
            ANA BELL | Ana Bell | Ana | Ana Bell | other | ~ | ~
            Ana Lima, recruiter: APIs | Ana Lima | Ana | Ana Lima | recruiter | APIs | ~
            Sean O'Brien, interviewer | Sean O'Brien | Sean | Sean O'Brien | interviewer | ~ | ~
            mary mcdonald | Mary McDonald | Mary | Mary McDonald | other | ~ | ~
            Ian McDonald, hiring manager | Ian McDonald | Ian | Ian McDonald | hiring_manager | ~ | ~
            sean o'brien | Sean O'Brien | Sean | Sean O'Brien | other | ~ | ~
            José Álvarez | José Álvarez | José | José Álvarez | other | ~ | ~
            josé álvarez, recruiter | José Álvarez | José | José Álvarez | recruiter | ~ | ~
            Pieter van der Berg | Pieter van der Berg | Pieter | Pieter van der Berg | other | ~ | ~
            maria de la cruz | Maria de la Cruz | Maria | Maria de la Cruz | other | ~ | ~
            Dana who interviewed me | Dana | Dana | Dana | interviewer | ~ | ~
            Chris who was on the panel | Chris | Chris | Chris | interviewer | ~ | ~
            Sam, the tech lead who walked me through the on-call rotation | Sam | Sam | Sam | team_member | walked me through the on-call rotation | ~
            Dana Smith talked about salary bands | Dana Smith | Dana | Dana Smith | other | talked about salary bands | ~
            Maria, VP of Engineering, her views on remote work | Maria | Maria | Maria | executive | her views on remote work | ~
            head of design, Lena | Lena | Lena | Lena | executive | ~ | ~
            Dana at Acme | Dana | Dana | Dana | other | ~ | ~
            Sandy - hiring manager - her move from Texas | Sandy | Sandy | Sandy | hiring_manager | her move from Texas | ~
            Kim, engineer on the panel | Kim | Kim | Kim | team_member | ~ | ~
            Jordan Lee — recruiter — nothing really | Jordan Lee | Jordan | Jordan Lee | recruiter | ~ | ~
            recruiter Dana Smith | Dana Smith | Dana | Dana Smith | recruiter | ~ | ~
            HM Priya | Priya | Priya | Priya | hiring_manager | ~ | ~
            Dr Chen | Chen | Dr. Chen | Dr. Chen | other | ~ | ~
            Prof. Ana de la Cruz, director of research | Ana de la Cruz | Ana | Prof. de la Cruz | executive | ~ | ~
            general manager, yawned a lot | ~ | ~ | ~ | executive | ~ | ~
            Lead | ~ | ~ | ~ | other | ~ | lead
            Tom, recruiter, the relocation package | Tom | Tom | Tom | recruiter | the relocation package | ~
            Jen (people ops) | Jen | Jen | Jen | recruiter | ~ | ~
            talent partner: Lisa Wong | Lisa Wong | Lisa | Lisa Wong | recruiter | ~ | ~
            TA - Ravi | Ravi | Ravi | Ravi | recruiter | ~ | ~
            the CTO | ~ | ~ | ~ | executive | ~ | ~
            Mark, CEO, his startup story | Mark | Mark | Mark | executive | his startup story | ~
            Ellen, founder - how they bootstrapped | Ellen | Ellen | Ellen | executive | how they bootstrapped | ~
            Nora, director of product, roadmap planning | Nora | Nora | Nora | executive | roadmap planning | ~
            head of engineering | ~ | ~ | ~ | executive | ~ | ~
            Kate O'Neil, hiring manager, her 30-60-90 plan | Kate O'Neil | Kate | Kate O'Neil | hiring_manager | her 30-60-90 plan | ~
            DeShawn Jones, interviewer, system design | DeShawn Jones | DeShawn | DeShawn Jones | interviewer | system design | ~
            chris from the panel, asked about kafka | Chris | Chris | Chris | interviewer | asked about kafka | ~
            Anna (interviewer): we talked about accessibility | Anna | Anna | Anna | interviewer | we talked about accessibility | ~
            Ms. Aisha Khan, HR | Aisha Khan | Aisha | Ms. Khan | recruiter | ~ | ~
            Mr. Brown | Brown | Mr. Brown | Mr. Brown | other | ~ | ~
            Rob, panelist | Rob | Rob | Rob | interviewer | ~ | ~
            Liz, team member, her dog Max | Liz | Liz | Liz | team_member | her dog Max | ~
            Bea, peer, pairing session | Bea | Bea | Bea | team_member | pairing session | ~
            Omar, engineering manager | Omar | Omar | Omar | hiring_manager | ~ | ~
            the recruiter, didn't catch his name | ~ | ~ | ~ | recruiter | ~ | ~
            someone on the panel | ~ | ~ | ~ | interviewer | ~ | ~
            my future boss | ~ | ~ | ~ | hiring_manager | ~ | ~
            Dana, HM, - | Dana | Dana | Dana | hiring_manager | ~ | ~
            Dana, HM, n/a | Dana | Dana | Dana | hiring_manager | ~ | ~
            Dana, HM, idk | Dana | Dana | Dana | hiring_manager | ~ | ~
            Sam, PM, roadmap | Sam | Sam | Sam | other | roadmap | pm
            Sam, product manager | Sam | Sam | Sam | team_member | ~ | ~
            Jo, program manager | Jo | Jo | Jo | team_member | ~ | ~
            María José García, interviewer | María José García | María José | María José García | interviewer | ~ | ~
            jean-luc picard, CEO | Jean-Luc Picard | Jean-Luc | Jean-Luc Picard | executive | ~ | ~
            Dr. Pieter van der Berg, interviewer | Pieter van der Berg | Pieter | Dr. van der Berg | interviewer | ~ | ~
            the hiring manager | ~ | ~ | ~ | hiring_manager | ~ | ~
            a lady from talent acquisition | ~ | ~ | ~ | recruiter | ~ | ~
            Greg, Director Engineering | Greg | Greg | Greg | executive | ~ | ~
            Hannah, CTO: her move from Texas | Hannah | Hannah | Hannah | executive | her move from Texas | ~
            Ben at the front desk | Ben | Ben | Ben | other | ~ | ~
            Priya - HM | Priya | Priya | Priya | hiring_manager | ~ | ~
            Leo from Acme, recruiter | Leo | Leo | Leo | recruiter | ~ | ~
            Vikram, tech lead, code review culture | Vikram | Vikram | Vikram | team_member | code review culture | ~
            Yuki, lead designer, the design critique | Yuki | Yuki | Yuki | team_member | the design critique | ~
            Amir, VP Sales | Amir | Amir | Amir | executive | ~ | ~
            Paul, general manager | Paul | Paul | Paul | executive | ~ | ~
            Sofia, the TA who set up the calls | Sofia | Sofia | Sofia | recruiter | set up the calls | ~
            Uma, senior engineer on my loop | Uma | Uma | Uma | team_member | ~ | ~
            Dana Smith, hiring manager, the move to weekly releases | Dana Smith | Dana | Dana Smith | hiring_manager | the move to weekly releases | ~
            Sam Lee, recruiter | Sam Lee | Sam | Sam Lee | recruiter | ~ | ~
            Noor; interviewer; pairing exercise | Noor | Noor | Noor | interviewer | pairing exercise | ~
            Lena / CTO | Lena | Lena | Lena | executive | ~ | ~
            co-founder Raj Patel | Raj Patel | Raj | Raj Patel | executive | ~ | ~
            chief technology officer | ~ | ~ | ~ | executive | ~ | ~
            someone | ~ | ~ | ~ | other | ~ | ~
            she | ~ | ~ | ~ | other | ~ | ~
            Sam (PM, product manager) | Sam | Sam | Sam | team_member | ~ | ~
            Dana Smith (hiring manager), the move to weekly releases | Dana Smith | Dana | Dana Smith | hiring_manager | the move to weekly releases | ~
            Dana - HM - we talked about her move from Texas | Dana | Dana | Dana | hiring_manager | we talked about her move from Texas | ~
            dana smith, hm | Dana Smith | Dana | Dana Smith | hiring_manager | ~ | ~
            HIRING MANAGER: Dana | Dana | Dana | Dana | hiring_manager | ~ | ~
            Recruiter - Tom | Tom | Tom | Tom | recruiter | ~ | ~
            Tom the recruiter | Tom | Tom | Tom | recruiter | ~ | ~
            Tom, the recruiter, was great | Tom | Tom | Tom | recruiter | ~ | ~
            interviewer #2 | ~ | ~ | ~ | interviewer | ~ | ~
            Mike (the CTO) - his startup's history | Mike | Mike | Mike | executive | his startup's history | ~
            Lisa, talent acquisition, asked about my salary expectations | Lisa | Lisa | Lisa | recruiter | asked about my salary expectations | ~
            Alex Kim, staff engineer, pairing on the take-home | Alex Kim | Alex | Alex Kim | team_member | pairing on the take-home | ~
            the guy from the panel who asked about kafka | ~ | ~ | ~ | interviewer | asked about kafka | ~
            a recruiter named Tom | Tom | Tom | Tom | recruiter | ~ | ~
            Tom, recruiter at Acme, scheduling | Tom | Tom | Tom | recruiter | scheduling | ~
            Jane Doe <jane@acme.com>, recruiter | Jane Doe | Jane | Jane Doe | recruiter | ~ | ~
            Dana (she/her), HM | Dana | Dana | Dana | hiring_manager | ~ | ~
            Alex (they/them) - tech lead - their on-call rotation | Alex | Alex | Alex | team_member | their on-call rotation | ~
            Interviewer: Dana | Dana | Dana | Dana | interviewer | ~ | ~
            Ms Smith | Smith | Ms. Smith | Ms. Smith | other | ~ | ~
            dr. emily chen, hiring manager | Emily Chen | Emily | Dr. Chen | hiring_manager | ~ | ~
            Emily Chen PhD | Emily Chen | Emily | Emily Chen | other | ~ | ~
            Li Wei, HM | Li Wei | Li Wei | Li Wei | hiring_manager | ~ | ~
            Dana and Sam, interviewers | ~ | ~ | ~ | interviewer | ~ | several people
            Dana & Sam Lee | ~ | ~ | ~ | other | ~ | several people
            """;

    static ContactReader reader;

    static ContactReader reader() {
        if (reader == null) {
            reader = new ContactReader(ReadingVocabulary.load(PlaybookSource.builtIn()));
        }
        return reader;
    }

    record Row(String line, String name, String warm, String formal, String part, String topic, String ask) {
        @Override
        public String toString() {
            return line;
        }
    }

    static Stream<Row> rows() {
        return TABLE.lines().filter(l -> !l.isBlank()).map(l -> {
            List<String> f = List.of(l.split(" \\| ", -1)).stream().map(String::strip)
                    .map(s -> s.equals("~") ? "" : s).toList();
            return new Row(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6));
        });
    }

    @Test
    void theTableHasAtLeastSixtyLines() {
        assertThat(rows().count()).isGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readsTheLineAsTheMemberMeantIt(Row row) {
        ReadContact read = reader().read(row.line());

        assertThat(read.name()).as("name").isEqualTo(row.name());
        assertThat(read.greetingName()).as("warm greeting name").isEqualTo(row.warm());
        assertThat(read.formalGreetingName()).as("formal greeting name").isEqualTo(row.formal());
        assertThat(read.part()).as("part").isEqualTo(row.part());
        assertThat(read.topic()).as("topic").isEqualTo(row.topic());
        assertThat(read.ambiguity() == null ? "" : read.ambiguity().word()).as("asked about").isEqualTo(row.ask());
        assertThat(read.hasName()).isEqualTo(!row.name().isEmpty());
    }

    @Test
    @DisplayName("no part word or pronoun is ever taken for a name")
    void partWordsAndPronounsAreNeverNames() {
        for (String line : List.of("HM", "the HR lady", "recruiter", "she", "her", "him", "they", "someone",
                "the recruiter", "VP", "the panel", "TA", "people ops", "founder", "tech lead", "interviewer")) {
            assertThat(reader().read(line).hasName()).as(line).isFalse();
        }
    }

    @Test
    @DisplayName("a title is kept only when the member typed it")
    void titlesAreKeptNeverGuessed() {
        ReadContact doctor = reader().read("Dr. Emily Chen, hiring manager");
        assertThat(doctor.title()).isEqualTo("Dr.");
        assertThat(doctor.nameWithTitle()).isEqualTo("Dr. Emily Chen");
        ReadContact plain = reader().read("Aisha Khan, recruiter");
        assertThat(plain.title()).isEmpty();
        assertThat(plain.formalGreetingName()).isEqualTo("Aisha Khan");
    }

    @Test
    @DisplayName("PM: one short question, and the answer settles the part")
    void anAmbiguousWordAsksOneQuestion() {
        ReadContact sam = reader().read("Sam, PM");
        assertThat(sam.question()).isPresent();
        assertThat(sam.ambiguity().question()).contains("product manager").contains("hiring manager");
        assertThat(sam.ambiguity().choices()).extracting(Ambiguity.Choice::part)
                .containsExactly("team_member", "hiring_manager");
        assertThat(sam.partGiven()).isFalse();

        ReadContact settled = sam.withPart("hiring_manager");
        assertThat(settled.part()).isEqualTo("hiring_manager");
        assertThat(settled.partGiven()).isTrue();
        assertThat(settled.question()).isEmpty();
        assertThat(settled.name()).isEqualTo("Sam");
    }

    @Test
    @DisplayName("two people on one line: one per message, please")
    void twoPeopleOnOneLine() {
        ReadContact two = reader().read("Dana and Sam, interviewers");
        assertThat(two.ambiguity().severalPeople()).isTrue();
        assertThat(two.ambiguity().question()).contains("one per message");
        assertThat(two.ambiguity().choices()).isEmpty();
        assertThat(two.hasName()).isFalse();
    }

    @Test
    @DisplayName("the pronoun a member used travels with the person, for the topic")
    void thePronounUsedIsKept() {
        assertThat(reader().read("Priya (HM) - loved her take on design systems").pronoun()).isEqualTo("she");
        assertThat(reader().read("Mark, CEO, his startup story").pronoun()).isEqualTo("he");
        assertThat(reader().read("Tom (recruiter)").pronoun()).isEmpty();
        assertThat(reader().read("Dana (she/her), HM").pronoun()).isEqualTo("she");
        assertThat(reader().read("Alex (they/them) - tech lead").pronoun()).isEqualTo("they");
        assertThat(reader().read("Dana, recruiter, they hired someone else").pronoun())
                .as("'they' in a line is usually the company").isEmpty();
        assertThat(reader().read("Priya (HM) - loved her take on design systems").asReader())
                .isEqualTo(Audience.to("Priya", "she"));
    }

    @Test
    @DisplayName("hostile or broken lines: no error, and a name is only ever letters")
    void hostileLines() {
        for (String line : List.of("${env:HOME}", "<script>alert(1)</script>", "Robert'); DROP TABLE students;--",
                " ,,, ", "-", "----", "()", "'", "-Dana-", "\u0000", "Dana\tSmith,\nrecruiter", "😀 Dana 😀, HM",
                "a".repeat(5000), "Dana, ".repeat(500))) {
            ReadContact read = reader().read(line);
            assertThat(read.name()).as(line).matches("[\\p{L}\\p{M}'.\\- ]*");
            assertThat(read.part()).isIn(ReadingVocabulary.PART_IDS);
        }
        assertThat(reader().read("Robert'); DROP TABLE students;--").name()).isEqualTo("Robert");
        assertThat(reader().read("😀 Dana 😀, HM").name()).isEqualTo("Dana");
    }

    @Test
    void aBlankLineIsNobody() {
        ReadContact nobody = reader().read("  ");
        assertThat(nobody.hasName()).isFalse();
        assertThat(nobody.hasTopic()).isFalse();
        assertThat(nobody.part()).isEqualTo("other");
        assertThat(reader().read(null).hasName()).isFalse();
    }
}
