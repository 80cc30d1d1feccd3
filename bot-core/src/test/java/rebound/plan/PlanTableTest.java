package rebound.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rebound.playbook.PlaybookSource;
import rebound.rejection.Contact;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

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


    @ParameterizedTest(name = "{0}, would go back: {1}, wants {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            hired_other | yes | thank           | thank_you>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | hire_check>Dana Smith@90
            hired_other | yes | feedback        | feedback_request>Dana Smith | -
            hired_other | yes | reference       | reference_request>Dana Smith, reference_request>Ana Ruiz | hire_check>Dana Smith@90
            hired_other | yes | stay_in_touch   | linkedin_note>Dana Smith, linkedin_note>Ana Ruiz | check_in>Dana Smith@30, check_in>Ana Ruiz@30, share_opportunity>Dana Smith@75, hire_check>Dana Smith@90
            hired_other | yes | thank,reference | thank_you>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | reference_request>Dana Smith@5, reference_request>Ana Ruiz@5, hire_check>Dana Smith@90
            hired_other | yes | thank,feedback  | thank_you>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | feedback_request>Dana Smith@4, hire_check>Dana Smith@90
            other       | yes | thank           | thank_you>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | -
            other       | yes | feedback        | feedback_request>Dana Smith | -
            other       | yes | reference       | reference_request>Dana Smith, reference_request>Ana Ruiz | -
            other       | yes | stay_in_touch   | linkedin_note>Dana Smith, linkedin_note>Ana Ruiz | check_in>Dana Smith@30, check_in>Ana Ruiz@30, share_opportunity>Dana Smith@75
            other       | yes | thank,reference | thank_you>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | reference_request>Dana Smith@5, reference_request>Ana Ruiz@5
            other       | yes | thank,feedback  | thank_you>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | feedback_request>Dana Smith@4
            no_openings | yes | thank           | not_now_reply>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | check_in>Dana Smith@60
            no_openings | yes | feedback        | not_now_reply>Dana Smith | feedback_request>Dana Smith@4, check_in>Dana Smith@60
            no_openings | yes | reference       | not_now_reply>Dana Smith, reference_request>Ana Ruiz | reference_request>Dana Smith@5, check_in>Dana Smith@60
            no_openings | yes | stay_in_touch   | not_now_reply>Dana Smith, linkedin_note>Dana Smith, linkedin_note>Ana Ruiz | check_in>Dana Smith@30, check_in>Ana Ruiz@30, share_opportunity>Dana Smith@75
            no_openings | yes | thank,reference | not_now_reply>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | reference_request>Dana Smith@5, reference_request>Ana Ruiz@5, check_in>Dana Smith@60
            no_openings | yes | thank,feedback  | not_now_reply>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | feedback_request>Dana Smith@4, check_in>Dana Smith@60
            on_hold     | yes | thank           | not_now_reply>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | check_in>Dana Smith@60
            on_hold     | yes | feedback        | not_now_reply>Dana Smith | feedback_request>Dana Smith@4, check_in>Dana Smith@60
            on_hold     | yes | reference       | not_now_reply>Dana Smith, reference_request>Ana Ruiz | reference_request>Dana Smith@5, check_in>Dana Smith@60
            on_hold     | yes | stay_in_touch   | not_now_reply>Dana Smith, linkedin_note>Dana Smith, linkedin_note>Ana Ruiz | check_in>Dana Smith@30, check_in>Ana Ruiz@30, share_opportunity>Dana Smith@75
            on_hold     | yes | thank,reference | not_now_reply>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | reference_request>Dana Smith@5, reference_request>Ana Ruiz@5, check_in>Dana Smith@60
            on_hold     | yes | thank,feedback  | not_now_reply>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | feedback_request>Dana Smith@4, check_in>Dana Smith@60
            rescinded   | yes | thank           | thank_you>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | -
            rescinded   | yes | feedback        | feedback_request>Dana Smith | -
            rescinded   | yes | reference       | reference_request>Dana Smith, reference_request>Ana Ruiz | -
            rescinded   | yes | stay_in_touch   | linkedin_note>Dana Smith, linkedin_note>Ana Ruiz | check_in>Dana Smith@30, check_in>Ana Ruiz@30, share_opportunity>Dana Smith@75
            rescinded   | yes | thank,reference | thank_you>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | reference_request>Dana Smith@5, reference_request>Ana Ruiz@5
            rescinded   | yes | thank,feedback  | thank_you>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | feedback_request>Dana Smith@4
            internal    | yes | thank           | thank_you>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | -
            internal    | yes | feedback        | feedback_request>Dana Smith | -
            internal    | yes | reference       | reference_request>Dana Smith, reference_request>Ana Ruiz | -
            internal    | yes | stay_in_touch   | linkedin_note>Dana Smith, linkedin_note>Ana Ruiz | check_in>Dana Smith@30, check_in>Ana Ruiz@30, share_opportunity>Dana Smith@75
            internal    | yes | thank,reference | thank_you>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | reference_request>Dana Smith@5, reference_request>Ana Ruiz@5
            internal    | yes | thank,feedback  | thank_you>Dana Smith, thank_you>Sam Lee, thank_you>Ana Ruiz | feedback_request>Dana Smith@4
            ghosted     | yes | thank           | status_check>Sam Lee | status_check>Sam Lee@7, status_check>Sam Lee@21
            ghosted     | yes | feedback        | status_check>Sam Lee | status_check>Sam Lee@7, status_check>Sam Lee@21
            ghosted     | yes | reference       | status_check>Sam Lee | status_check>Sam Lee@7, status_check>Sam Lee@21
            ghosted     | yes | stay_in_touch   | status_check>Sam Lee | status_check>Sam Lee@7, status_check>Sam Lee@21
            ghosted     | yes | thank,reference | status_check>Sam Lee | status_check>Sam Lee@7, status_check>Sam Lee@21
            ghosted     | yes | thank,feedback  | status_check>Sam Lee | status_check>Sam Lee@7, status_check>Sam Lee@21
            hired_other | no  | thank           | courteous_close>Dana Smith, courteous_close>Sam Lee, courteous_close>Ana Ruiz | -
            hired_other | no  | feedback        | courteous_close>Dana Smith | feedback_request>Dana Smith@4
            hired_other | no  | reference       | reference_request>Dana Smith, reference_request>Ana Ruiz | -
            hired_other | no  | stay_in_touch   | courteous_close>Dana Smith, linkedin_note>Dana Smith, linkedin_note>Ana Ruiz | check_in>Dana Smith@45, check_in>Ana Ruiz@45
            hired_other | no  | thank,reference | reference_request>Dana Smith, reference_request>Ana Ruiz, courteous_close>Sam Lee | -
            hired_other | no  | thank,feedback  | courteous_close>Dana Smith, courteous_close>Sam Lee, courteous_close>Ana Ruiz | feedback_request>Dana Smith@4
            other       | no  | thank           | courteous_close>Dana Smith, courteous_close>Sam Lee, courteous_close>Ana Ruiz | -
            other       | no  | feedback        | courteous_close>Dana Smith | feedback_request>Dana Smith@4
            other       | no  | reference       | reference_request>Dana Smith, reference_request>Ana Ruiz | -
            other       | no  | stay_in_touch   | courteous_close>Dana Smith, linkedin_note>Dana Smith, linkedin_note>Ana Ruiz | check_in>Dana Smith@45, check_in>Ana Ruiz@45
            other       | no  | thank,reference | reference_request>Dana Smith, reference_request>Ana Ruiz, courteous_close>Sam Lee | -
            other       | no  | thank,feedback  | courteous_close>Dana Smith, courteous_close>Sam Lee, courteous_close>Ana Ruiz | feedback_request>Dana Smith@4
            no_openings | no  | thank           | courteous_close>Dana Smith, courteous_close>Sam Lee, courteous_close>Ana Ruiz | -
            no_openings | no  | feedback        | courteous_close>Dana Smith | feedback_request>Dana Smith@4
            no_openings | no  | reference       | reference_request>Dana Smith, reference_request>Ana Ruiz | -
            no_openings | no  | stay_in_touch   | courteous_close>Dana Smith, linkedin_note>Dana Smith, linkedin_note>Ana Ruiz | check_in>Dana Smith@45, check_in>Ana Ruiz@45
            no_openings | no  | thank,reference | reference_request>Dana Smith, reference_request>Ana Ruiz, courteous_close>Sam Lee | -
            no_openings | no  | thank,feedback  | courteous_close>Dana Smith, courteous_close>Sam Lee, courteous_close>Ana Ruiz | feedback_request>Dana Smith@4
            on_hold     | no  | thank           | courteous_close>Dana Smith, courteous_close>Sam Lee, courteous_close>Ana Ruiz | -
            on_hold     | no  | feedback        | courteous_close>Dana Smith | feedback_request>Dana Smith@4
            on_hold     | no  | reference       | reference_request>Dana Smith, reference_request>Ana Ruiz | -
            on_hold     | no  | stay_in_touch   | courteous_close>Dana Smith, linkedin_note>Dana Smith, linkedin_note>Ana Ruiz | check_in>Dana Smith@45, check_in>Ana Ruiz@45
            on_hold     | no  | thank,reference | reference_request>Dana Smith, reference_request>Ana Ruiz, courteous_close>Sam Lee | -
            on_hold     | no  | thank,feedback  | courteous_close>Dana Smith, courteous_close>Sam Lee, courteous_close>Ana Ruiz | feedback_request>Dana Smith@4
            rescinded   | no  | thank           | courteous_close>Dana Smith, courteous_close>Sam Lee, courteous_close>Ana Ruiz | -
            rescinded   | no  | feedback        | courteous_close>Dana Smith | feedback_request>Dana Smith@4
            rescinded   | no  | reference       | reference_request>Dana Smith, reference_request>Ana Ruiz | -
            rescinded   | no  | stay_in_touch   | courteous_close>Dana Smith, linkedin_note>Dana Smith, linkedin_note>Ana Ruiz | check_in>Dana Smith@45, check_in>Ana Ruiz@45
            rescinded   | no  | thank,reference | reference_request>Dana Smith, reference_request>Ana Ruiz, courteous_close>Sam Lee | -
            rescinded   | no  | thank,feedback  | courteous_close>Dana Smith, courteous_close>Sam Lee, courteous_close>Ana Ruiz | feedback_request>Dana Smith@4
            internal    | no  | thank           | courteous_close>Dana Smith, courteous_close>Sam Lee, courteous_close>Ana Ruiz | -
            internal    | no  | feedback        | courteous_close>Dana Smith | feedback_request>Dana Smith@4
            internal    | no  | reference       | reference_request>Dana Smith, reference_request>Ana Ruiz | -
            internal    | no  | stay_in_touch   | courteous_close>Dana Smith, linkedin_note>Dana Smith, linkedin_note>Ana Ruiz | check_in>Dana Smith@45, check_in>Ana Ruiz@45
            internal    | no  | thank,reference | reference_request>Dana Smith, reference_request>Ana Ruiz, courteous_close>Sam Lee | -
            internal    | no  | thank,feedback  | courteous_close>Dana Smith, courteous_close>Sam Lee, courteous_close>Ana Ruiz | feedback_request>Dana Smith@4
            ghosted     | no  | thank           | courteous_close>Dana Smith, courteous_close>Sam Lee, courteous_close>Ana Ruiz | -
            ghosted     | no  | feedback        | courteous_close>Dana Smith | -
            ghosted     | no  | reference       | reference_request>Dana Smith, reference_request>Ana Ruiz | -
            ghosted     | no  | stay_in_touch   | courteous_close>Dana Smith | check_in>Dana Smith@45, check_in>Ana Ruiz@45
            ghosted     | no  | thank,reference | reference_request>Dana Smith, reference_request>Ana Ruiz, courteous_close>Sam Lee | -
            ghosted     | no  | thank,feedback  | courteous_close>Dana Smith, courteous_close>Sam Lee, courteous_close>Ana Ruiz | -
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
    @DisplayName("a feedback request comes a few days after the thank-you, to the hiring manager alone, so the thanks arrive first")
    void feedbackAfterThanks() {
        Plan plan = PLAYBOOK.plan(rejection("hired_other", true, "final", "thank,feedback"), NOW);
        assertThat(plan.drafts()).extracting(d -> d.kind() + ">" + d.to()).containsExactly(
                "thank_you>Dana Smith", "thank_you>Sam Lee", "thank_you>Ana Ruiz");
        assertThat(plan.followUps()).extracting(PlanTableTest::followUp).contains("feedback_request>Dana Smith@4");
        assertThat(plan.notes()).contains("note_feedback_later").doesNotContain("note_feedback_after");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("with nobody named, the note replies to the hiring team's e-mail and the first guidance line says so; silence gets a question to the team")
    void nobodyNamed() {
        Rejection nobody = new Rejection("r1", NOW, "Acme", "Analyst", "screen", "hired_other", true, List.of(),
                List.of("thank", "feedback", "stay_in_touch"), "", "warm", List.of(), List.of(), List.of());
        Plan plan = PLAYBOOK.plan(nobody, NOW);
        assertThat(plan.drafts()).extracting(d -> d.kind() + ">" + d.to()).containsExactly("thank_you>");
        assertThat(plan.followUps()).extracting(PlanTableTest::followUp).containsExactly("feedback_request>@4");
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
                .containsExactly("status_check>@7", "status_check>@21");
        assertThat(asked.notes()).contains("note_nobody");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("status questions go to the recruiter, who runs the process; after an application alone, one nudge")
    void statusToRecruiter() {
        Plan plan = PLAYBOOK.plan(rejection("ghosted", true, "applied", "thank"), NOW);
        assertThat(plan.drafts()).extracting(d -> d.kind() + ">" + d.to()).containsExactly("status_check>Sam Lee");
        assertThat(plan.followUps()).extracting(PlanTableTest::followUp).containsExactly("status_check>Sam Lee@10");
        assertThat(plan.notes()).contains("note_nudge_once").doesNotContain("note_nudges");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("after a first screen, a recruiter is asked for a reference only when the member marked them")
    void noReferenceFromAScreen() {
        List<Contact> screen = List.of(new Contact("Sam Lee", "recruiter", "salary bands"),
                new Contact("Dana Smith", "hiring_manager", ""));
        Rejection r = new Rejection("r1", NOW, "Acme", "Analyst", "screen", "hired_other", true, screen,
                List.of("reference"), "", "warm", List.of(), List.of(), List.of());
        assertThat(PLAYBOOK.plan(r, NOW).drafts()).extracting(d -> d.kind() + ">" + d.to())
                .containsExactly("reference_request>Dana Smith");

        List<Contact> marked = List.of(new Contact("Sam Lee", "recruiter", "salary bands").withClicked(true),
                new Contact("Dana Smith", "hiring_manager", ""));
        Rejection m = new Rejection("r1", NOW, "Acme", "Analyst", "screen", "hired_other", true, marked,
                List.of("reference"), "", "warm", List.of(), List.of(), List.of());
        assertThat(PLAYBOOK.plan(m, NOW).drafts()).extracting(d -> d.kind() + ">" + d.to())
                .containsExactly("reference_request>Sam Lee");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("no two follow-ups to one person land within days of each other")
    void followUpsApart() {
        for (String outcome : List.of("hired_other", "no_openings", "on_hold", "other", "internal", "rescinded")) {
            Plan plan = PLAYBOOK.plan(rejection(outcome, true, "final", "thank,feedback,reference,stay_in_touch"), NOW);
            List<FollowUp> f = plan.followUps();
            for (int i = 0; i < f.size(); i++) {
                for (int j = i + 1; j < f.size(); j++) {
                    if (f.get(i).to().equals(f.get(j).to())) {
                        assertThat(Duration.between(f.get(i).due(), f.get(j).due()).abs().toDays())
                                .as("%s: %s and %s", outcome, f.get(i), f.get(j)).isGreaterThanOrEqualTo(3);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"warm", "formal", "brief"})
    @DisplayName("a feedback request asks to hear of similar roles, at the company only when the member would go back")
    void similarRoles(String tone) {
        for (boolean wouldGoBack : List.of(true, false)) {
            Rejection rejection = new Rejection("r1", NOW, "Acme", "Designer", "final", "hired_other", wouldGoBack,
                    PEOPLE, List.of("feedback"), "", tone, List.of(), List.of(), List.of());
            Plan plan = PLAYBOOK.plan(rejection, NOW);
            // asked at once, or (after a courteous close) a few days later as a follow-up
            String body = plan.drafts().stream().filter(d -> d.kind().equals("feedback_request")).findFirst()
                    .or(() -> plan.followUps().stream().filter(f -> f.kind().equals("feedback_request")).findFirst()
                            .map(f -> PLAYBOOK.draftFor(rejection, f)))
                    .orElseThrow().body();
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
