package rebound.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The seed points a draft carries (issue 13), each named with the scenario where it reaches the member
 * and checked in every tone: in every variant ("every") or in at least one variant a plan can hand out
 * ("some"). Scenario: Dana, the hiring manager the member clicked with and who told them the news, after
 * a final round, someone else hired, the member would go back and applies next to Globex and Initech.
 */
@DisplayName("The seeds' points reach the member in the drafts they belong to")
class ScriptSeedsTest {

    static final List<Playbook> BY_VARIANT = ByVariant.playbooks();

    /** Seed, point, kind, outcome, every or some variants, and the words that carry it. */
    static Stream<Arguments> points() {
        List<Arguments> all = new ArrayList<>();
        String[][] points = {
            {"000", "write to the person you were referred to", "referral_thanks", "hired_other", "every",
                "write to|write promptly to|reach out to|contact anyone|get in touch with"},
            {"000", "a ready first e-mail to the person you were referred to, saying who sent you (issue 18)",
                "referral_intro", "hired_other", "every", "dana smith"},
            {"000", "report back to the one who vouched", "referral_thanks", "hired_other", "every",
                "keep you posted|let you know how|report back|how matters progress"},
            {"000", "report back after a reference", "reference_request", "hired_other", "every",
                "let you know how|keep you posted|report back|keep you informed"},
            {"000", "a reference: name the companies applied to next", "reference_request", "hired_other", "every",
                "globex and initech"},
            {"002", "ask for an introduction in the company or to a colleague elsewhere", "reference_request",
                "hired_other", "some", "colleague elsewhere|colleague at another|someone else at|or elsewhere|or at another"},
            {"002", "ask for an introduction to someone else at the company (issue 18: it reached no member)",
                "reference_request", "hired_other", "every",
                "else at acme|colleague at acme|colleague of yours at acme|at acme or|others at acme"},
            {"003", "when the need returns, say you are easy to find", "not_now_reply", "no_openings", "every",
                "first call|easy to reach|hear from you|one message away|love a call"},
            {"002", "see the employer's side", "thank_you", "hired_other", "some",
                "can't be easy|wasn't easy|never an easy|only one person|difficulty of choosing|carefully made"},
            {"002", "wish the chosen candidate well", "thank_you", "hired_other", "every",
                "wish|best of luck"},
            {"003", "offer help in the meantime", "not_now_reply", "no_openings", "every", "project|interim"},
            {"003", "interim work is an extended interview: do it well", "not_now_reply", "no_openings", "every",
                "my best|real job|full commitment|same care"},
            {"004", "connect, or ask for an informational interview, with people you clicked with", "thank_you",
                "hired_other", "every", "linkedin|twenty minutes|coffee|keep in touch|stay in touch|remain in touch"
                    + "|stay in contact|remain in contact|conversation about where"},
            {"004", "connect, or ask for an informational interview, a month on", "check_in", "hired_other", "every",
                "linkedin|twenty minutes|coffee|conversation about where"},
            {"001", "some employers cannot give reasons: that's fine", "feedback_request", "hired_other", "some",
                "can't share|cannot discuss|rather not"},
        };
        for (String[] p : points) {
            for (String tone : ScriptLibrary.TONES) {
                all.add(Arguments.of(p[0], p[1], p[2], p[3], p[4], p[5], tone));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "seed {0}: {1} ({2}, {6})")
    @MethodSource("points")
    @DisplayName("carries the point")
    void carries(String seed, String point, String kind, String outcome, String every, String words, String tone) {
        Contact dana = new Contact("Dana Smith", "hiring_manager", "the move to weekly releases", "", true, true);
        Rejection rejection = new Rejection("r1", PlanTableTest.NOW, "Acme", "Product Designer", "final", outcome, true,
                List.of(dana), List.of("thank"), "Globex, Initech", tone, List.of(), List.of(), List.of());
        Pattern pattern = Pattern.compile(words);
        int variants = PlaybookBundle.load(PlaybookSource.builtIn()).scripts().script(kind)
                .variants(tone).size();
        int carrying = 0;
        for (int v = 0; v < variants; v++) {
            String body = BY_VARIANT.get(v).draft(kind, rejection, dana).body();
            boolean has = pattern.matcher(body.toLowerCase(Locale.ROOT)).find();
            if (every.equals("every")) {
                assertThat(has).as("seed %s, %s: %s %s #%d%n%s", seed, point, kind, tone, v + 1, body).isTrue();
            }
            carrying += has ? 1 : 0;
        }
        assertThat(carrying).as("seed %s, %s: some %s %s variant", seed, point, kind, tone).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rebound.plan.ScriptsTest#kindsAndTones")
    @DisplayName("seed 000: an ask thanks first, then asks")
    void thanksFirst(String kind, String tone) {
        if (!kind.equals("reference_request") && !kind.equals("feedback_request")) {
            return;
        }
        Contact dana = new Contact("Dana Smith", "hiring_manager", "the move to weekly releases", "", true, true);
        Rejection rejection = new Rejection("r1", PlanTableTest.NOW, "Acme", "Product Designer", "final",
                "hired_other", true, List.of(dana), List.of("reference"), "Globex, Initech", tone, List.of(), List.of(),
                List.of());
        for (Playbook playbook : BY_VARIANT) {
            String body = playbook.draft(kind, rejection, dana).body().toLowerCase(Locale.ROOT);
            Matcher thanks = Pattern.compile("thank|grateful").matcher(body);
            Matcher ask = Pattern.compile("\\?|might i ask|would like to ask|may i ask").matcher(body);
            assertThat(thanks.find()).as("%s %s thanks%n%s", kind, tone, body).isTrue();
            assertThat(ask.find()).as("%s %s asks%n%s", kind, tone, body).isTrue();
            assertThat(thanks.start()).as("%s %s thanks before it asks%n%s", kind, tone, body).isLessThan(ask.start());
        }
    }
}
