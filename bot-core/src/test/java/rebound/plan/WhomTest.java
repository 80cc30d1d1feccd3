package rebound.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.rejection.Contact;
import rebound.rejection.Rejection;

/** Issue 19: the plan's "whom" is read once into its type when plan.txt is read, and people are picked by it. */
@DisplayName("Whom a plan rule names")
class WhomTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Contact DANA = new Contact("Dana Smith", "hiring_manager", "the spring campaign");
    private static final Contact KIM = new Contact("Kim Park", "recruiter", "");

    @Test
    @DisplayName("each phrase of plan.txt reads to its recipient, as written; any other phrase to none")
    void phrases() {
        assertThat(Whom.phrases()).containsExactly("key", "manager", "manager or team", "clicked", "key if clicked",
                "everyone", "key or team", "in touch", "everyone or team", "recruiter or key or team", "them");
        for (Whom whom : Whom.values()) {
            assertThat(Whom.read(whom.phrase)).contains(whom);
        }
        assertThat(Whom.read(" recruiter or key or team ")).contains(Whom.RECRUITER_OR_KEY_OR_TEAM);
        assertThat(Whom.read("the manager")).isEmpty();
        assertThat(Whom.read("Key")).as("plan.txt's words as written").isEmpty();
    }

    @Test
    @DisplayName("the built-in plan's rules carry their recipients read, not their phrases")
    void readOnce() {
        PlanRules rules = PlanCombinationsTest.BUNDLE.rules();
        PlanRules.Rule ghosted = rules.on(PlanRules.PLAN).stream()
                .filter(r -> r.name().equals("no answer at all: ask where things stand")).findFirst().orElseThrow();
        assertThat(ghosted.write()).extracting(PlanRules.Send::kind, PlanRules.Send::whom)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("status_check", Whom.RECRUITER_OR_KEY_OR_TEAM));
        PlanRules.Rule feedback = rules.on("feedback").stream().filter(r -> r.name().equals("feedback came"))
                .findFirst().orElseThrow();
        assertThat(feedback.write()).extracting(PlanRules.Send::whom).containsExactly(Whom.THEM);
    }

    @Test
    @DisplayName("people are picked by the recipient: the recruiter first for status, the team when nobody is named")
    void picked() {
        PlanWork both = new PlanWork(PlanCombinationsTest.BUNDLE.rules(), rejection(List.of(KIM, DANA)), NOW);
        assertThat(both.whom(Whom.RECRUITER_OR_KEY_OR_TEAM, null)).containsExactly(KIM);
        assertThat(both.whom(Whom.KEY, null)).as("the hiring manager comes first in the writing order")
                .containsExactly(DANA);
        assertThat(both.whom(Whom.EVERYONE, null)).containsExactly(DANA, KIM);
        assertThat(both.whom(Whom.THEM, KIM)).containsExactly(KIM);
        assertThat(both.whom(Whom.THEM, null)).isEmpty();
        PlanWork nobody = new PlanWork(PlanCombinationsTest.BUNDLE.rules(), rejection(List.of()), NOW);
        assertThat(nobody.whom(Whom.KEY_OR_TEAM, null)).containsExactly(Playbook.TEAM);
        assertThat(nobody.whom(Whom.EVERYONE_OR_TEAM, null)).containsExactly(Playbook.TEAM);
        assertThat(nobody.whom(Whom.KEY, null)).isEmpty();
        assertThat(nobody.whom(Whom.MANAGER, null)).isEmpty();
    }

    private static Rejection rejection(List<Contact> people) {
        return new Rejection("r1", NOW, "Acme", "Product Designer", "final", "hired_other", true, people,
                List.of("thank"), "", "warm", List.of(), List.of(), List.of());
    }
}
