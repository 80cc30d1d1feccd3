package rebound.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import rebound.frontdoor.Member;
import rebound.conversation.Conversation;
import rebound.frontdoor.Draft;
import rebound.rejection.Contact;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

/**
 * Issue 18, the writing half, one story each: what the audit over the whole plan table
 * ({@link DraftAudit}, run by {@link PlanCombinationsTest}) found, told as a member would meet it.
 */
@DisplayName("Drafts a member can send as they stand")
class DraftAuditTest {

    static final Instant NOW = PlanTableTest.NOW;
    static final List<Playbook> BY_VARIANT = ByVariant.playbooks();
    static final Contact DANA = new Contact("Dana Smith", "hiring_manager", "the move to weekly releases", "", true,
            true);

    static Rejection story(String outcome, boolean back, List<Contact> people, List<String> goals, String targets,
                           String tone) {
        return new Rejection("r1", NOW, "Acme", "Product Designer", "final", outcome, back, people, goals, targets,
                tone, List.of(), List.of(), List.of());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"warm", "formal", "brief"})
    @DisplayName("after an offer withdrawn, a feedback request asks what changed, never how to be a stronger candidate")
    void noJudgementAfterAnOffer(String tone) {
        for (Playbook playbook : BY_VARIANT) {
            for (boolean back : new boolean[] {true, false}) {
                String body = playbook.draft("feedback_request", story("rescinded", back, List.of(DANA),
                        List.of("feedback"), "", tone), DANA).body();
                assertThat(body).as(body).doesNotContainIgnoringCase("stronger candidate")
                        .doesNotContainIgnoringCase("strengthen").doesNotContainIgnoringCase("get better")
                        .doesNotContainIgnoringCase("do better").containsAnyOf("change", "withdraw", "happened");
            }
        }
    }

    @Test
    @DisplayName("after a silence, a member moving on is not made to ask how to be a stronger candidate four days later")
    void noFeedbackAfterSayingGoodbye() {
        for (List<String> goals : List.of(List.of("feedback"), List.of("thank", "feedback"))) {
            Plan plan = PlanTableTest.PLAYBOOK.plan(story("ghosted", false, List.of(DANA), goals, "", "formal"), NOW);
            assertThat(plan.drafts()).extracting(Draft::kind).containsOnly("courteous_close");
            assertThat(plan.followUps()).extracting(FollowUp::kind).doesNotContain("feedback_request");
            assertThat(plan.notes()).contains("note_feedback_silence");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"hiring_manager, true", "recruiter, false", "interviewer, false", "team_member, false"})
    @DisplayName("'I wish you both a good start together' only to the hiring manager")
    void goodStartTogether(String part, boolean together) {
        Contact reader = new Contact("Ana Ruiz", part, "", "", true, false);
        for (Playbook playbook : BY_VARIANT) {
            String body = playbook.draft("thank_you", story("hired_other", true, List.of(reader), List.of("thank"),
                    "", "warm"), reader).body();
            if (!together) {
                assertThat(body).doesNotContain("you both").doesNotContain("together");
            }
        }
    }

    @ParameterizedTest(name = "clicked {0}, goals {1}")
    @CsvSource(delimiter = '|', textBlock = """
            true  | thank               | true
            false | thank               | false
            null  | thank               | false
            null  | thank,stay_in_touch | true
            """)
    @DisplayName("a LinkedIn invitation or twenty minutes only to someone clicked with, or to stay in touch with")
    void invitationOnlyWhenWanted(String clicked, String goals, boolean invited) {
        Boolean marked = clicked.equals("null") ? null : Boolean.valueOf(clicked);
        Contact reader = new Contact("Ana Ruiz", "interviewer", "latency budgets", "", true, marked);
        for (String tone : List.of("warm", "formal", "brief")) {
            List<String> invitations = new ArrayList<>();
            for (Playbook playbook : BY_VARIANT) {
                String body = playbook.draft("thank_you", story("hired_other", true, List.of(reader),
                        List.of(goals.split(",")), "", tone), reader).body();
                if (body.matches("(?s).*(LinkedIn|twenty minutes|coffee|where the field|keep in touch|stay in touch"
                        + "|remain in touch|remain in contact).*")) {
                    invitations.add(body);
                }
            }
            if (invited) {
                assertThat(invitations).as(tone).isNotEmpty();
            } else {
                assertThat(invitations).as(tone).isEmpty();
            }
        }
    }

    @Test
    @DisplayName("no invitation either to a recruiter met only for a screen, unless marked as clicked with")
    void noInvitationAfterAScreenAlone() {
        Contact kim = new Contact("Kim Osei", "recruiter", "salary bands", "", true, null);
        for (String kind : List.of("thank_you", "check_in")) {
            for (Playbook playbook : BY_VARIANT) {
                Rejection r = new Rejection("r1", NOW, "Acme", "Designer", "screen", "no_openings", true, List.of(kim),
                        List.of("thank", "stay_in_touch"), "", "formal", List.of(), List.of(), List.of());
                assertThat(playbook.draft(kind, r, kim).body()).doesNotContain("LinkedIn")
                        .doesNotContain("where the field").doesNotContain("twenty minutes");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"any fintech really", "Stripe maybe?", "idk, somewhere remote", "fintech startups lol"})
    @DisplayName("a target that is not a list of names is never pasted: the ask reads without it")
    void targetsNotPasted(String typed) {
        for (String tone : List.of("warm", "formal", "brief")) {
            for (Playbook playbook : BY_VARIANT) {
                String body = playbook.draft("reference_request", story("hired_other", true, List.of(DANA),
                        List.of("reference"), typed, tone), DANA).body();
                assertThat(body).as(body).doesNotContainIgnoringCase(typed)
                        .doesNotContain("applying next to").doesNotContain("applying to ").doesNotContain(" at .");
                assertThat(DraftAudit.draft(new Draft("reference_request", "Dana Smith", "", "", body),
                        story("hired_other", true, List.of(DANA), List.of("reference"), typed, tone), DANA, false,
                        "now")).isEmpty();
            }
        }
    }

    @Test
    @DisplayName("a list of companies still reaches the reference ask, joined as a sentence joins it")
    void targetsKept() {
        String body = PlanTableTest.PLAYBOOK.draft("reference_request", story("hired_other", true, List.of(DANA),
                List.of("reference"), "figma, Canva; Linear", "warm"), DANA).body();
        assertThat(body).doesNotContain("figma");
        body = PlanTableTest.PLAYBOOK.draft("reference_request", story("hired_other", true, List.of(DANA),
                List.of("reference"), "Figma, Canva; Linear", "warm"), DANA).body();
        assertThat(body).contains("Figma, Canva and Linear");
    }

    @Test
    @DisplayName("a reminder names the hiring team when the member named nobody, never 'sent a thank-you to .'")
    void reminderToTheTeam() {
        Rejection r = story("hired_other", true, List.of(), List.of("thank", "feedback"), "", "warm");
        Plan plan = PlanTableTest.PLAYBOOK.plan(r, NOW);
        Rejection planned = r.withPlan(plan.drafts(), plan.followUps());
        FollowUp ask = plan.followUps().stream().filter(f -> f.kind().equals("feedback_request")).findFirst()
                .orElseThrow();
        String text = new Conversation(PlanCombinationsTest.BUNDLE).reminder(new Member("console:a"), planned, ask).text();
        assertThat(text).contains("a thank-you to the hiring team.").doesNotContain(" to .");
        assertThat(DraftAudit.reminder(planned, ask)).isEmpty();
    }

    @Test
    @DisplayName("a referral for a company brings, after the thanks, a first e-mail to the person it points to, saying who sent them")
    void firstNoteToThePersonReferredTo() {
        Contact raj = new Contact("Raj Patel", "interviewer", "", "", false, true);
        for (String tone : List.of("warm", "formal", "brief")) {
            Rejection r = story("hired_other", true, List.of(DANA, raj), List.of("reference"), "", tone);
            Playbook.Update update = PlanTableTest.PLAYBOOK.report(r, "reference", "Raj Patel", "Globex", NOW);
            assertThat(update.drafts()).extracting(Draft::kind, Draft::to).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("referral_thanks", "Raj Patel"),
                    org.assertj.core.groups.Tuple.tuple("referral_intro", ""));
            String intro = update.drafts().get(1).body();
            assertThat(intro).contains("Raj Patel").contains("Globex").contains("[their name]")
                    .doesNotContain("Hi Raj").doesNotContain("Dear Raj");
            // a reference with no company named points to nobody: the thanks alone
            assertThat(PlanTableTest.PLAYBOOK.report(r, "reference", "Raj Patel", "", NOW).drafts())
                    .extracting(Draft::kind).containsExactly("referral_thanks");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"warm", "formal", "brief"})
    @DisplayName("a note for each LinkedIn invitation: one per person kept in touch with, each its own, 200 characters at most")
    void linkedInNotes(String tone) {
        Contact ana = new Contact("Ana Ruiz", "interviewer", "latency budgets", "", false, true);
        Contact lee = new Contact("Lee Park", "team_member", "", "", false, true);
        Contact sam = new Contact("Sam Lee", "recruiter", "", "", true, false);
        Contact alexandra = new Contact("Alexandra Montgomery-Fitzgerald", "hiring_manager",
                "how the platform team moved its release process from monthly trains to continuous delivery", "Prof.",
                true, true);
        Rejection r = new Rejection("r1", NOW, "Northwind Advanced Manufacturing Laboratories",
                "Senior Staff Product Designer, Developer Platform and Internal Tools", "final", "hired_other", true,
                List.of(alexandra, ana, lee, sam), List.of("thank", "stay_in_touch"), "", tone, List.of(), List.of(),
                List.of());
        List<Draft> notes = PlanTableTest.PLAYBOOK.plan(r, NOW).drafts().stream()
                .filter(d -> d.kind().equals("linkedin_note")).toList();
        assertThat(notes).extracting(Draft::to).containsExactly(alexandra.name(), ana.name(), lee.name());
        assertThat(notes).allSatisfy(d -> assertThat(d.body()).hasSizeLessThanOrEqualTo(200)
                .endsWith("[Your name]").doesNotContain("\u2026"));
        assertThat(notes).extracting(d -> d.body().replace(d.to().split(" ")[0], "#")).doesNotHaveDuplicates();
        assertThat(notes.get(0).body()).startsWith(tone.equals("formal") ? "Dear Prof. Montgomery-Fitzgerald," : "Hi Alexandra,");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Figma plugin                  | the Figma plugin
            their Slack integration       | your Slack integration
            design tokens                 | design tokens
            """)
    @DisplayName("a bare topic takes an article where a sentence needs one")
    void bareTopicsTakeAnArticle(String typed, String expected) {
        Contact ana = new Contact("Ana Ruiz", "interviewer", typed, "", true, true);
        String body = PlanTableTest.PLAYBOOK.draft("thank_you", story("hired_other", true, List.of(ana),
                List.of("thank"), "", "warm"), ana).body();
        assertThat(body).contains(" " + expected + ".");
    }
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"warm", "formal", "brief"})
    @DisplayName("a note claims nothing a person's part only suggests, nor a feeling the member never told")
    void nothingThePartOnlySuggests(String tone) {
        // given the newcomer's story: a cold e-mail told them no one was told, the recruiter only "walked me
        // through the team", the others gave no topic at all
        Contact kim = new Contact("Kim Osei", "recruiter", "she walked me through the team", "", false, null);
        List<Contact> people = List.of(kim, new Contact("Lee Park", "hiring_manager", "", "", false, null),
                new Contact("Ana Ruiz", "interviewer", "", "", false, null),
                new Contact("Raj Patel", "team_member", "", "", false, null));
        for (String stage : List.of("screen", "interview", "final")) {
            Rejection r = new Rejection("r1", NOW, "Acme", "Product Designer", stage, "hired_other", true, people,
                    List.of("thank", "feedback", "reference"), "Globex", tone, List.of(), List.of(), List.of());
            for (Playbook playbook : BY_VARIANT) {
                for (Contact reader : people) {
                    for (String kind : List.of("thank_you", "feedback_request", "reference_request", "check_in",
                            "hire_check", "status_check", "courteous_close", "share_opportunity", "apply_again")) {
                        Draft d = playbook.draft(kind, r, reader);
                        // when it is read by the person it is written to
                        String text = (d.subject() + "\n" + d.body()).toLowerCase(java.util.Locale.ROOT);
                        // then none of the claims the intake did not establish is in it
                        for (String group : List.of("what-a-part-only-suggests", "feelings-never-told")) {
                            assertThat(ReaderTest.GROUPS.get(group)).as("%s to %s (%s)%n%s", kind, reader.part(),
                                    group, d.body()).noneMatch(text::contains);
                        }
                    }
                }
                // and the topic the recruiter gave is still woven in, as a topic
                String toKim = playbook.draft("thank_you", r, kim).body();
                assertThat(toKim).as(toKim).contains("the team").doesNotContain("walked me");
            }
        }
    }
}
