package rebound.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import rebound.frontdoor.Draft;
import rebound.playbook.ScriptLibrary;
import rebound.rejection.Contact;
import rebound.rejection.Rejection;

@DisplayName("Every script")
class ScriptsTest {

    static final List<String> HOSTILE = List.of("${env:HOME}", "${script:javascript:1+1}", "${company}",
            "<!channel>", "@everyone", "x".repeat(5000), "Zoë 🎉🚀 Ünïcødé", "שלום עליכם مرحبا", "$${name}",
            "${sys:user.name} ${file:UTF-8:/etc/passwd}");

    static Stream<Arguments> kindsAndTones() {
        List<Arguments> all = new ArrayList<>();
        for (String kind : Playbook.KINDS) {
            for (String tone : ScriptLibrary.TONES) {
                all.add(Arguments.of(kind, tone));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} in a {1} tone")
    @MethodSource("kindsAndTones")
    @DisplayName("renders hostile member text literally, without crash or overflow")
    void hostile(String kind, String tone) {
        Draft plain = render(kind, tone, "PLAIN");
        for (String hostile : HOSTILE) {
            Draft draft = render(kind, tone, hostile);
            String text = draft.subject() + "\n" + draft.body();
            assertThat(draft.body()).as(kind).isNotBlank().hasSizeLessThanOrEqualTo(Playbook.LONGEST_DRAFT);
            assertThat(draft.subject()).hasSizeLessThanOrEqualTo(200);
            if (!hostile.contains(System.getProperty("user.home"))) {
                assertThat(text).doesNotContain(System.getProperty("user.home"));
            }
            assertThat(text).doesNotContain("root:x:").doesNotContain("Infinite loop");
            if ((plain.subject() + plain.body()).contains("PLAIN")) {
                String word = hostile.split(" ")[0];
                String expected = word.length() > 60 ? word.substring(0, 60) : word;
                assertThat(text).as("%s shows the member's words as typed", kind).contains(expected);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"warm", "formal", "brief"})
    @DisplayName("never gives two people the same note apart from their names")
    void uniquePerContact(String tone) {
        List<Contact> twins = List.of(new Contact("Dana Smith", "interviewer", "team rituals"),
                new Contact("Ana Ruiz", "interviewer", "team rituals"));
        for (String goals : List.of("thank", "reference")) {
            Rejection rejection = new Rejection("r1", PlanTableTest.NOW, "Acme", "Designer", "final", "hired_other",
                    true, twins, List.of(goals), "Globex", tone, List.of(), List.of(), List.of());
            List<String> bodies = PlanTableTest.PLAYBOOK.plan(rejection, PlanTableTest.NOW).drafts().stream()
                    .map(d -> d.body().replace(d.to(), "NAME").replace(d.to().split(" ")[0], "NAME")).toList();
            assertThat(bodies).hasSize(twins.size()).doesNotHaveDuplicates();
        }
    }

    @Test
    @DisplayName("a ghosted member's scripts never claim a decision was shared")
    void ghostedClaimsNoDecision() {
        for (String tone : ScriptLibrary.TONES) {
            Rejection rejection = new Rejection("r1", PlanTableTest.NOW, "Acme", "Designer", "final", "ghosted", true,
                    PlanTableTest.PEOPLE, List.of("thank", "feedback", "reference", "stay_in_touch"), "", tone,
                    List.of(), List.of(), List.of());
            Plan plan = PlanTableTest.PLAYBOOK.plan(rejection, PlanTableTest.NOW);
            plan.drafts().forEach(d -> assertThat(d.body().toLowerCase())
                    .doesNotContain("decision").doesNotContain("letting me know").doesNotContain("informing me"));
            plan.followUps().forEach(f -> assertThat(PlanTableTest.PLAYBOOK.draftFor(rejection, f).body()
                    .toLowerCase()).doesNotContain("decision"));
        }
    }

    private static Draft render(String kind, String tone, String hostile) {
        Contact contact = new Contact(hostile, "recruiter", hostile);
        Rejection rejection = new Rejection("r1", PlanTableTest.NOW, hostile, hostile, "final", "hired_other", true,
                List.of(contact, new Contact("Other Person", "interviewer", hostile)),
                List.of("thank"), hostile, tone, List.of(), List.of(), List.of());
        return PlanTableTest.PLAYBOOK.draft(kind, rejection, contact);
    }
}
