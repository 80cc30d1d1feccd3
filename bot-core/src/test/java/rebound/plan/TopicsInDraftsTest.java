package rebound.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rebound.frontdoor.Draft;
import rebound.rejection.Contact;
import rebound.rejection.Rejection;

/** Issue 12: what the member remembers reaches the note as a topic written to its reader. */
@DisplayName("Topics in the drafts")
class TopicsInDraftsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            her research practice                   | your research practice      | her research practice
            we talked about his on-call rotation    | your on-call rotation       | talked about
            she told me about her move from Texas   | your move from Texas        | her move
            loved her take on design systems        | your take on design systems | loved her
            """)
    @DisplayName("a detail loses its lead-in and speaks to the reader")
    void writtenToTheReader(String typed, String expected, String never) {
        Contact ana = new Contact("Ana Ruiz", "interviewer", typed);
        Rejection r = new Rejection("r1", PlanTableTest.NOW, "Acme", "Designer", "final", "hired_other", true,
                List.of(ana), List.of("thank"), "", "warm", List.of(), List.of(), List.of());
        Draft draft = PlanTableTest.PLAYBOOK.plan(r, PlanTableTest.NOW).drafts().get(0);
        assertThat(draft.body()).contains(expected).doesNotContain(never);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"nothing really", "n/a", "-", "idk"})
    @DisplayName("a non-topic leaves the topic sentence out")
    void noTopic(String typed) {
        Contact ana = new Contact("Ana Ruiz", "interviewer", typed);
        Rejection r = new Rejection("r1", PlanTableTest.NOW, "Acme", "Designer", "final", "hired_other", true,
                List.of(ana), List.of("thank"), "", "warm", List.of(), List.of(), List.of());
        String body = PlanTableTest.PLAYBOOK.plan(r, PlanTableTest.NOW).drafts().get(0).body();
        assertThat(body).doesNotContain(typed.equals("-") ? "about -" : typed);
    }
}
