package rebound.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import rebound.playbook.PlaybookSource;
import rebound.playbook.ScriptLibrary;
import rebound.rejection.Contact;
import rebound.rejection.Rejection;

/**
 * Seed 004: a separate, unique note to each person, never one generic text. Five people at one company
 * (two of them interviewers, one the person who told the member the news) each get a note that differs
 * from every other once their names and topics are taken out, in every tone and for every way the no
 * came that thanks or asks for a reference.
 */
@DisplayName("Five people at one company never get the same note")
class UniqueNotesTest {

    static final List<Playbook> BY_VARIANT = ByVariant.playbooks();

    static final List<Contact> FIVE = List.of(
            new Contact("Dana Smith", "hiring_manager", "the move to weekly releases", "", true, true),
            new Contact("Sam Lee", "recruiter", "salary bands", "", null, true),
            new Contact("Ana Ruiz", "interviewer", "latency budgets", "", null, true),
            new Contact("Omar Haddad", "interviewer", "on-call rotations", "", null, true),
            new Contact("Kim Park", "team_member", "design reviews", "", null, true));

    static Stream<Arguments> plans() {
        List<Arguments> all = new ArrayList<>();
        for (String goal : List.of("thank", "reference", "thank,reference")) {
            for (String tone : ScriptLibrary.TONES) {
                for (String outcome : List.of("hired_other", "internal", "rescinded", "no_openings", "on_hold",
                        "other")) {
                    for (boolean still : new boolean[] {true, false}) {
                        all.add(Arguments.of(goal, tone, outcome, still));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, {1}, {2}, would go back: {3}")
    @MethodSource("plans")
    @DisplayName("no two drafts of one kind alike once names and topics are removed")
    void unique(String goal, String tone, String outcome, boolean still) {
        Rejection rejection = new Rejection("r1", PlanTableTest.NOW, "Acme", "Designer", "final", outcome, still, FIVE,
                List.of(goal.split(",")), "Globex, Initech", tone, List.of(), List.of(), List.of());
        Plan plan = PlanTableTest.PLAYBOOK.plan(rejection, PlanTableTest.NOW);
        Map<String, List<String>> byKind = new HashMap<>();
        for (var draft : plan.drafts()) {
            byKind.computeIfAbsent(draft.kind(), k -> new ArrayList<>()).add(anonymous(draft.body()));
        }
        // an ask that comes as a follow-up a few days after the thanks reaches several colleagues the same
        // day: those notes must differ too
        Rejection planned = rejection.withPlan(plan.drafts(), plan.followUps());
        for (var followUp : plan.followUps()) {
            var draft = PlanTableTest.PLAYBOOK.draftFor(planned, followUp);
            byKind.computeIfAbsent(followUp.kind() + " due " + followUp.due(), k -> new ArrayList<>())
                    .add(anonymous(draft.body()));
        }
        byKind.forEach((kind, bodies) -> assertThat(bodies).as("%s to %d people", kind, bodies.size())
                .doesNotHaveDuplicates());
        if (still && goal.equals("thank") && (outcome.equals("hired_other") || outcome.equals("other"))) {
            assertThat(byKind.get("thank_you")).as("a thank-you to each of the five").hasSize(FIVE.size());
        }
    }

    @ParameterizedTest(name = "{0} in a {1} tone")
    @MethodSource("rebound.plan.ScriptsTest#kindsAndTones")
    @DisplayName("every variant of a kind and tone reads differently from the others")
    void variantsDiffer(String kind, String tone) {
        Rejection rejection = new Rejection("r1", PlanTableTest.NOW, "Acme", "Designer", "final", "hired_other", true,
                FIVE, List.of("thank"), "Globex, Initech", tone, List.of(), List.of(), List.of());
        List<String> bodies = new ArrayList<>();
        for (Playbook playbook : BY_VARIANT) {
            bodies.add(anonymous(playbook.draft(kind, rejection, FIVE.get(2)).body()));
        }
        int variants = PlaybookBundle.load(PlaybookSource.builtIn()).scripts().script(kind)
                .variants(tone).size();
        assertThat(bodies.subList(0, variants)).as("%s %s", kind, tone).doesNotHaveDuplicates();
    }

    /** The body with every name and topic of the five replaced, so only the wording is compared. */
    static String anonymous(String body) {
        String text = body;
        for (Contact c : FIVE) {
            text = text.replace(c.name(), "NAME").replace(c.firstName(), "NAME").replace(c.detail(), "TOPIC");
        }
        return text;
    }
}
