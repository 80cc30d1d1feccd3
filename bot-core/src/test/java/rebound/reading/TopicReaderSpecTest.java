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
 * Issue 12, section 2: what the member remembers, as the sentence a note says. One row per detail:
 * the detail | whom the note goes to ({@code to}: the person it is about; {@code about}: someone
 * else) | that person's first name | their pronoun ({@code ~}: not known) | the rendered sentence.
 * The sentences come from a tiny test template (the scripts are not this package's):
 * a topic: "I enjoyed our conversation about %s."; a clause: "I keep thinking about how %s.";
 * no topic: "Thank you for your time."; too long: "ASK: say it in a few words".
 */
@DisplayName("What they talked about, as a topic")
class TopicReaderSpecTest {

    static final String TABLE = """
            we talked about his on-call rotation | to | Raj | he | I enjoyed our conversation about your on-call rotation.
            we talked about his on-call rotation | to | Raj | ~ | I enjoyed our conversation about your on-call rotation.
            we talked about his on-call rotation | about | Raj | he | I enjoyed our conversation about his on-call rotation.
            she asked about my logistics background | to | Sandy | she | I keep thinking about how you asked about my logistics background.
            she asked about my logistics background | about | Sandy | she | I keep thinking about how she asked about my logistics background.
            asked about my logistics background | about | Sandy | she | I keep thinking about how Sandy asked about my logistics background.
            asked about my logistics background | to | Sandy | ~ | I keep thinking about how you asked about my logistics background.
            nothing really | to | Sandy | she | Thank you for your time.
            Nothing really. | to | Sandy | ~ | Thank you for your time.
            n/a | to | Dana | ~ | Thank you for your time.
            - | to | Dana | ~ | Thank you for your time.
            idk | to | Dana | ~ | Thank you for your time.
            none | to | Dana | ~ | Thank you for your time.
            not sure | to | Dana | ~ | Thank you for your time.
            we talked about nothing really | to | Ellen | ~ | Thank you for your time.
            her move from Texas | to | Sandy | she | I enjoyed our conversation about your move from Texas.
            her move from Texas | about | Sandy | she | I enjoyed our conversation about her move from Texas.
            Sandy's move from Texas | to | Sandy | ~ | I enjoyed our conversation about your move from Texas.
            loved her take on design systems | to | Priya | she | I enjoyed our conversation about your take on design systems.
            We discussed the move to weekly releases. | to | Dana | ~ | I enjoyed our conversation about the move to weekly releases.
            he mentioned his team's migration to Kafka | to | Tom | he | I enjoyed our conversation about your team's migration to Kafka.
            I asked about the team's roadmap | to | Tom | ~ | I enjoyed our conversation about the team's roadmap.
            she told me about her dog | to | Liz | she | I enjoyed our conversation about your dog.
            talked about salary bands | to | Dana | ~ | Thank you for your time.
            walked me through the on-call rotation | to | Sam | ~ | I enjoyed our conversation about the on-call rotation.
            she leads the platform team | to | Kate | she | I keep thinking about how you lead the platform team.
            she's moving to Austin | to | Kate | she | I keep thinking about how you're moving to Austin.
            the team is growing fast | to | Kate | ~ | I keep thinking about how the team is growing fast.
            how they ship every week | to | Ellen | ~ | I enjoyed our conversation about how they ship every week.
            the book I lent her | to | Ana | she | I enjoyed our conversation about the book I lent you.
            we both loved hiking | to | Ana | ~ | I enjoyed our conversation about hiking.
            APIs | to | Ana | ~ | I enjoyed our conversation about APIs.
            a call with her and Sam | to | Ana | she | I enjoyed our conversation about a call with you and Sam.
            We talked for an hour about everything from hiring to the coffee machine and the new office in Berlin and then some | to | Ana | ~ | ASK: say it in a few words
            Great chat. She was kind. | to | Ana | she | ASK: say it in a few words
            his startup story | to | Mark | he | I enjoyed our conversation about your startup story.
            we talked about their churn model | to | Priya | ~ | I enjoyed our conversation about your churn model.
            we talked about their churn model | about | Priya | ~ | I enjoyed our conversation about their churn model.
            SQL exercise | to | Tom | ~ | I enjoyed our conversation about the SQL exercise.
            the Q3 roadmap | to | Tom | ~ | I enjoyed our conversation about the Q3 roadmap.
            Q3 roadmap | about | Tom | ~ | I enjoyed our conversation about the Q3 roadmap.
            Kubernetes migration | to | Tom | ~ | I enjoyed our conversation about the Kubernetes migration.
            SQL exercises | to | Tom | ~ | I enjoyed our conversation about SQL exercises.
            system design | to | Tom | ~ | I enjoyed our conversation about system design.
            his startup story | about | Mark | he | I enjoyed our conversation about his startup story.
            her views on remote work | to | Maria | ~ | I enjoyed our conversation about your views on remote work.
            her 30-60-90 plan | to | Kate | she | I enjoyed our conversation about your 30-60-90 plan.
            code review culture | to | Vikram | ~ | I enjoyed our conversation about code review culture.
            the design critique | to | Yuki | ~ | I enjoyed our conversation about the design critique.
            set up the calls | to | Sofia | ~ | I keep thinking about how you set up the calls.
            asked about kafka | to | Chris | ~ | I keep thinking about how you asked about kafka.
            we talked about accessibility | to | Anna | ~ | I enjoyed our conversation about accessibility.
            mostly we talked about her team's hiring plans | to | Anna | she | I enjoyed our conversation about your team's hiring plans.
            he runs the data team | to | Omar | he | I keep thinking about how you run the data team.
            he runs the data team | about | Omar | he | I keep thinking about how he runs the data team.
            he watches every demo himself | to | Omar | he | I keep thinking about how you watch every demo yourself.
            they told me about the reorg | to | Omar | ~ | I enjoyed our conversation about the reorg.
            We chatted about the Berlin office! | to | Omar | ~ | I enjoyed our conversation about the Berlin office.
            re: the take-home exercise | to | Omar | ~ | I enjoyed our conversation about the take-home exercise.
            about the pairing exercise | to | Omar | ~ | I enjoyed our conversation about the pairing exercise.
            the pairing exercise where she helped me | to | Noor | she | I enjoyed our conversation about the pairing exercise where you helped me.
            The roadmap for the mobile app | to | Noor | ~ | I enjoyed our conversation about the roadmap for the mobile app.
            their take on pair programming | to | Alex | they | I enjoyed our conversation about your take on pair programming.
            their take on pair programming | to | Alex | ~ | I enjoyed our conversation about your take on pair programming.
            """;

    static TopicReader reader;

    static TopicReader reader() {
        if (reader == null) {
            reader = new TopicReader(ReadingVocabulary.load(PlaybookSource.builtIn()));
        }
        return reader;
    }

    /** The tiny stand-in for a script: the sentence a note would say about the topic. */
    static String render(Topic topic) {
        return switch (topic.kind()) {
            case NONE -> "Thank you for your time.";
            case PHRASE -> String.format("I enjoyed our conversation about %s.", topic.text());
            case CLAUSE -> String.format("I keep thinking about how %s.", topic.text());
            case SAY_IN_FEW_WORDS -> "ASK: say it in a few words";
        };
    }

    record Row(String detail, Audience audience, String sentence) {
        @Override
        public String toString() {
            return detail + " (" + (audience.toThatPerson() ? "to " : "about ") + audience.firstName() + ")";
        }
    }

    static Stream<Row> rows() {
        return TABLE.lines().filter(l -> !l.isBlank()).map(l -> {
            List<String> f = List.of(l.split(" \\| ", -1)).stream().map(String::strip).toList();
            String pronoun = f.get(3).equals("~") ? "" : f.get(3);
            Audience audience = new Audience(f.get(1).equals("to"), f.get(2), pronoun);
            return new Row(f.get(0), audience, f.get(4));
        });
    }

    @Test
    void theTableHasAtLeastFortyDetails() {
        assertThat(rows().count()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theNoteSaysItAsTheMemberMeantIt(Row row) {
        assertThat(render(reader().read(row.detail(), row.audience()))).isEqualTo(row.sentence());
    }

    @Test
    @DisplayName("they/them declared in the line: their on-call rotation becomes yours")
    void aDeclaredTheyIsThePerson() {
        ReadingVocabulary vocabulary = ReadingVocabulary.load(PlaybookSource.builtIn());
        ReadContact alex = new ContactReader(vocabulary).read("Alex (they/them) - tech lead - their on-call rotation");
        assertThat(render(new TopicReader(vocabulary).read(alex.topic(), alex.asReader())))
                .isEqualTo("I enjoyed our conversation about your on-call rotation.");
    }

    @Test
    @DisplayName("too long: the member's own words come back, for the question")
    void aLongDetailIsGivenBackToTheMember() {
        Topic topic = reader().read("Great chat. She was kind.", Audience.to("Ana", "she"));
        assertThat(topic.needsFewWords()).isTrue();
        assertThat(topic.text()).isEqualTo("Great chat. She was kind.");
    }

    @Test
    @DisplayName("hostile or broken details: no error; member text is kept literally")
    void hostileDetails() {
        for (String detail : List.of("${env:HOME}", "<script>alert(1)</script>", "'", "\u0000", "she", "her",
                "we talked about", "loved", "x".repeat(5000), "we talked about ".repeat(100))) {
            for (Audience audience : List.of(Audience.to("Ana", "she"), Audience.about("", ""))) {
                Topic topic = reader().read(detail, audience);
                assertThat(topic.kind()).as(detail).isNotNull();
            }
        }
        assertThat(reader().read("${env:HOME} migration", Audience.to("Ana", "")).text())
                .isEqualTo("the ${env:HOME} migration");
        assertThat(reader().read("we talked about", Audience.to("Ana", "")).isNone()).isTrue();
    }

    @Test
    void blankAndNullAreNoTopic() {
        assertThat(reader().read(null, Audience.to("Ana", "")).isNone()).isTrue();
        assertThat(reader().read("   ", Audience.to("Ana", "")).isNone()).isTrue();
    }

    @Test
    @DisplayName("a person read from a line carries what the topic needs")
    void aReadContactFeedsTheTopic() {
        ReadingVocabulary vocabulary = ReadingVocabulary.load(PlaybookSource.builtIn());
        ReadContact priya = new ContactReader(vocabulary).read("Priya (HM) - loved her take on design systems");
        Topic topic = new TopicReader(vocabulary).read(priya.topic(), priya.asReader());
        assertThat(render(topic)).isEqualTo("I enjoyed our conversation about your take on design systems.");
    }
}
