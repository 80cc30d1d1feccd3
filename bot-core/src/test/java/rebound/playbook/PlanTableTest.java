package rebound.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rebound.rejection.Contact;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;
import rebound.script.PlaybookSource;

/**
 * The plan, as a table: for each way the no came, whether the member would go back, and what they
 * want, exactly which drafts go to whom and which follow-ups come when (days after logging).
 * Dana is the hiring manager and Ana an interviewer, both with a remembered detail (people the
 * member clicked with); Sam is the recruiter, with none.
 */
@DisplayName("The plan for every outcome, answer and goal")
class PlanTableTest {

    static final Playbook PLAYBOOK = PlaybookBundle.load(PlaybookSource.builtIn()).playbook();
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final List<Contact> PEOPLE = List.of(
            new Contact("Sam Lee", "recruiter", ""),
            new Contact("Ana Ruiz", "interviewer", "latency budgets"),
            new Contact("Dana Smith", "hiring_manager", "the move to weekly releases"));

    static final String NOT_INTERESTED = "courteous_close>Dana Smith, feedback_request>Dana Smith";
    static final String STATUS = "status_check>Dana Smith";
    static final String NUDGES = "status_check>Dana Smith@7, status_check>Dana Smith@14, status_check>Dana Smith@28";

    @ParameterizedTest(name = "{0}, would go back: {1}, wants {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            hired_other | yes | thank         | thank_you>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | -
            hired_other | yes | feedback      | feedback_request>Dana Smith | -
            hired_other | yes | reference     | reference_request>Dana Smith, reference_request>Ana Ruiz | -
            hired_other | yes | stay_in_touch | - | check_in>Dana Smith@30, share_opportunity>Dana Smith@60, hire_check>Dana Smith@90
            other       | yes | thank         | thank_you>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | -
            other       | yes | feedback      | feedback_request>Dana Smith | -
            other       | yes | reference     | reference_request>Dana Smith, reference_request>Ana Ruiz | -
            other       | yes | stay_in_touch | - | check_in>Dana Smith@30, share_opportunity>Dana Smith@60
            no_openings | yes | thank         | not_now_reply>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | -
            no_openings | yes | feedback      | feedback_request>Dana Smith | -
            no_openings | yes | reference     | reference_request>Dana Smith, reference_request>Ana Ruiz | -
            no_openings | yes | stay_in_touch | not_now_reply>Dana Smith | check_in>Dana Smith@30, share_opportunity>Dana Smith@60
            ghosted     | yes | thank         | status_check>Dana Smith | status_check>Dana Smith@7, status_check>Dana Smith@14, status_check>Dana Smith@28
            ghosted     | yes | feedback      | status_check>Dana Smith | status_check>Dana Smith@7, status_check>Dana Smith@14, status_check>Dana Smith@28
            ghosted     | yes | reference     | status_check>Dana Smith | status_check>Dana Smith@7, status_check>Dana Smith@14, status_check>Dana Smith@28
            ghosted     | yes | stay_in_touch | status_check>Dana Smith | status_check>Dana Smith@7, status_check>Dana Smith@14, status_check>Dana Smith@28
            hired_other | no  | thank         | courteous_close>Dana Smith, feedback_request>Dana Smith | -
            hired_other | no  | feedback      | courteous_close>Dana Smith, feedback_request>Dana Smith | -
            hired_other | no  | reference     | courteous_close>Dana Smith, feedback_request>Dana Smith | -
            hired_other | no  | stay_in_touch | courteous_close>Dana Smith, feedback_request>Dana Smith | -
            other       | no  | thank         | courteous_close>Dana Smith, feedback_request>Dana Smith | -
            other       | no  | feedback      | courteous_close>Dana Smith, feedback_request>Dana Smith | -
            other       | no  | reference     | courteous_close>Dana Smith, feedback_request>Dana Smith | -
            other       | no  | stay_in_touch | courteous_close>Dana Smith, feedback_request>Dana Smith | -
            no_openings | no  | thank         | courteous_close>Dana Smith, feedback_request>Dana Smith | -
            no_openings | no  | feedback      | courteous_close>Dana Smith, feedback_request>Dana Smith | -
            no_openings | no  | reference     | courteous_close>Dana Smith, feedback_request>Dana Smith | -
            no_openings | no  | stay_in_touch | courteous_close>Dana Smith, feedback_request>Dana Smith | -
            ghosted     | no  | thank         | courteous_close>Dana Smith, feedback_request>Dana Smith | -
            ghosted     | no  | feedback      | courteous_close>Dana Smith, feedback_request>Dana Smith | -
            ghosted     | no  | reference     | courteous_close>Dana Smith, feedback_request>Dana Smith | -
            ghosted     | no  | stay_in_touch | courteous_close>Dana Smith, feedback_request>Dana Smith | -
            """)
    @DisplayName("has exactly the expected drafts, recipients and follow-up dates, with 2 to 4 guidance lines")
    void plan(String outcome, String stillInterested, String goal, String drafts, String followUps) {
        Plan plan = PLAYBOOK.plan(rejection(outcome, "yes".equals(stillInterested), "final", goal), NOW);

        assertThat(plan.drafts()).extracting(d -> d.kind() + ">" + d.to()).containsExactlyElementsOf(list(drafts));
        assertThat(plan.followUps()).extracting(PlanTableTest::followUp).containsExactlyElementsOf(list(followUps));
        assertThat(plan.notes()).hasSizeBetween(2, 4);
        assertThat(plan.followUps()).extracting(FollowUp::id).doesNotHaveDuplicates();
        plan.drafts().forEach(d -> assertThat(d.body()).hasSizeLessThanOrEqualTo(Playbook.LONGEST_DRAFT));
        if ("no".equals(stillInterested)) {
            assertThat(plan.notes()).contains("note_not_interested");
        }
    }

    @ParameterizedTest(name = "stage {0}")
    @CsvSource({"applied, 1", "screen, 1", "interview, 3", "final, 4"})
    @DisplayName("the feedback request asks one question after a screen, more after interviews, and says answers are rare early")
    void feedbackByStage(String stage, int questions) {
        Plan plan = PLAYBOOK.plan(rejection("hired_other", true, stage, "feedback"), NOW);
        String body = plan.drafts().get(0).body();
        assertThat(body.chars().filter(c -> c == '?').count()).isEqualTo(questions);
        assertThat(plan.notes().contains("note_feedback_rare")).isEqualTo(questions == 1);
        assertThat(body).contains("better next time");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("the reference request names the companies the member applies to next, joined as a sentence joins them")
    void referenceNamesTargets() {
        Plan plan = PLAYBOOK.plan(rejection("hired_other", true, "final", "reference"), NOW);
        assertThat(plan.drafts()).allSatisfy(d -> assertThat(d.body()).contains("Globex and Initech").doesNotContain("Globex, Initech"));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a feedback request comes after the thank-you, to the hiring manager alone")
    void feedbackAfterThanks() {
        Plan plan = PLAYBOOK.plan(rejection("hired_other", true, "final", "thank,feedback"), NOW);
        assertThat(plan.drafts()).extracting(d -> d.kind() + ">" + d.to()).containsExactly(
                "thank_you>Dana Smith", "thank_you>Sam Lee", "thank_you>Ana Ruiz", "feedback_request>Dana Smith");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("with nobody named, there is no draft and the first guidance line says why; silence still gets a question to the team")
    void nobodyNamed() {
        Rejection nobody = new Rejection("r1", NOW, "Acme", "Analyst", "screen", "hired_other", true, List.of(),
                List.of("thank", "feedback", "stay_in_touch"), "", "warm", List.of(), List.of(), List.of());
        Plan plan = PLAYBOOK.plan(nobody, NOW);
        assertThat(plan.drafts()).isEmpty();
        assertThat(plan.followUps()).isEmpty();
        assertThat(plan.notes()).hasSizeBetween(2, 4).first().isEqualTo("note_nobody");

        Rejection silence = new Rejection("r1", NOW, "Acme", "Analyst", "screen", "ghosted", true, List.of(),
                List.of("thank"), "", "formal", List.of(), List.of(), List.of());
        Plan asked = PLAYBOOK.plan(silence, NOW);
        assertThat(asked.drafts()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("status_check");
            assertThat(d.to()).isEmpty();
            assertThat(d.body()).startsWith("Dear Hiring Team,");
        });
        assertThat(asked.followUps()).extracting(PlanTableTest::followUp)
                .containsExactly("status_check>@7", "status_check>@14", "status_check>@28");
        assertThat(asked.notes()).doesNotContain("note_nobody");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"warm", "formal", "brief"})
    @DisplayName("a feedback request asks to hear of similar roles, at the company only when the member would go back")
    void similarRoles(String tone) {
        for (boolean wouldGoBack : List.of(true, false)) {
            Rejection rejection = new Rejection("r1", NOW, "Acme", "Designer", "final", "hired_other", wouldGoBack,
                    PEOPLE, List.of("feedback"), "", tone, List.of(), List.of(), List.of());
            String body = PLAYBOOK.plan(rejection, NOW).drafts().stream()
                    .filter(d -> d.kind().equals("feedback_request")).findFirst().orElseThrow().body();
            assertThat(body).containsPattern("similar (role|position)");
            assertThat(body.contains("at Acme or elsewhere")).as("%s, would go back: %s%n%s", tone, wouldGoBack, body)
                    .isEqualTo(wouldGoBack && !tone.equals("brief"));
        }
    }

    static Rejection rejection(String outcome, boolean stillInterested, String stage, String goals) {
        return new Rejection("r1", NOW, "Acme", "Product Designer", stage, outcome, stillInterested, PEOPLE,
                Arrays.asList(goals.split(",")), "Globex, Initech", "warm", List.of(), List.of(), List.of());
    }

    private static String followUp(FollowUp f) {
        return f.kind() + ">" + f.to() + "@" + Duration.between(NOW, f.due()).toDays();
    }

    private static List<String> list(String cell) {
        return cell == null ? List.of() : Arrays.stream(cell.split(",\\s*")).toList();
    }
}
