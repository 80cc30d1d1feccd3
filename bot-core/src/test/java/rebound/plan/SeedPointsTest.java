package rebound.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import rebound.playbook.PlaybookSource;
import rebound.playbook.Script;
import rebound.playbook.ScriptLibrary;

/**
 * What the seeds ask of each script, checked in every variant of every tone, rendered for a person
 * with no known part or detail (the barest note must still carry every point) who told the member the
 * news after a final round. What a note must NOT say to other readers is ReaderTest's.
 */
@DisplayName("Every variant carries the seeds' points")
class SeedPointsTest {

    static final ScriptLibrary SCRIPTS = PlaybookBundle.load(PlaybookSource.builtIn()).scripts();

    /** Seed 004's six elements, and seed 002's good wishes when someone else was hired. */
    static final Map<String, String> THANK_YOU = Map.of(
            "thanks for telling the outcome", "letting me know|taking the time to tell me|closing the loop|"
                    + "informing me|telling me|update on|communicating the result",
            "thanks for the time and courtesy", "time|courtesy|professionalism|consideration|how it was handled",
            "honest disappointment", "disappoint|stings|hoped|not the outcome|not the news",
            "meeting the people and the organisation", "meeting|meet|getting to know|get to know|to know acme",
            "continued interest", "still|remain|continue|strengthened|want to be part|like to work|wish to contribute|undiminished",
            "ask to be contacted when a role opens", "keep me in mind|think of me|hear from you|hear about it|"
                    + "be considered|be contacted|reach out|consider me",
            "wish them and the new hire well", "wish|best of luck|hope the new hire|hope they");

    static final Map<String, String> REFERRAL_THANKS = Map.of(
            "gratitude", "thank",
            "promise to report back", "keep you posted|let you know how|report back",
            "make them look good", "glad you spoke up|justify the trust|make sure you look good|look good",
            "return the favour", "return the favour|return the courtesy|help you in return");

    static final Map<String, String> NOT_NOW = Map.of(
            "keeps the door open", "when this one does|when they do|if the need returns|hear from you",
            "offers interim or project help", "project|interim");

    static final Map<String, String> THANKS_ANYWAY = Map.of(
            "no pressure", "no worries|understand|understood",
            "glad to have met", "meet|met",
            "glad to talk again if a role opens", "talk again|speak again");

    static Stream<Arguments> variants() {
        List<Arguments> all = new ArrayList<>();
        for (String kind : List.of("thank_you", "referral_thanks", "not_now_reply", "thanks_anyway",
                "reference_request", "status_check")) {
            for (String tone : ScriptLibrary.TONES) {
                List<Script.Variant> variants = SCRIPTS.script(kind).variants(tone);
                for (int i = 0; i < variants.size(); i++) {
                    all.add(Arguments.of(kind, tone, i + 1, render(variants.get(i))));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, {1} #{2}")
    @MethodSource("variants")
    @DisplayName("has every point the seeds list for its kind")
    void points(String kind, String tone, int variant, String body) {
        String text = body.toLowerCase();
        Map<String, String> points = switch (kind) {
            case "thank_you" -> THANK_YOU;
            case "referral_thanks" -> REFERRAL_THANKS;
            case "not_now_reply" -> NOT_NOW;
            case "thanks_anyway" -> THANKS_ANYWAY;
            default -> Map.of();
        };
        points.forEach((point, words) -> assertThat(Pattern.compile(words).matcher(text).find())
                .as("%s %s #%d: %s%n%s", kind, tone, variant, point, body).isTrue());
        if (kind.equals("reference_request")) {
            int ask = indexOf(text, "reference|vouch|recommend|referee");
            int offTheHook = indexOf(text, "fine with|no hard feelings|understand|respect the decision|"
                    + "understand the call|no reservations");
            assertThat(offTheHook).as("%s #%d lets them off the hook first%n%s", tone, variant, body)
                    .isNotNegative().isLessThan(ask);
            assertThat(text).as("names the companies applied to next").contains("globex, initech");
            assertThat(Pattern.compile("fine|obligation|understand completely|feel free to say no|a no is")
                    .matcher(text).find()).as("%s #%d makes saying no easy%n%s", tone, variant, body).isTrue();
        }
        if (kind.equals("status_check")) {
            assertThat(text).as("claims no decision was shared").doesNotContain("decision")
                    .doesNotContain("letting me know").doesNotContain("informing me");
        }
    }

    private static int indexOf(String text, String words) {
        var m = Pattern.compile(words).matcher(text);
        return m.find() ? m.start() : -1;
    }

    private static String render(Script.Variant variant) {
        Map<String, String> values = new HashMap<>();
        values.put("company", "Acme");
        values.put("role", "Product Designer");
        values.put("stage", "final");
        values.put("outcome", "hired_other");
        values.put("targets", "Globex, Initech");
        values.put("name", "Dana Smith");
        values.put("first_name", "Dana");
        values.put("part", "");
        values.put("part_label", "");
        values.put("detail", "");
        values.put("referrer", "Dana Smith");
        values.put("others", "");
        // the facts Playbook.variables fills for Dana: named, met at the final round, the one who told the
        // news, and still interested (a note to someone who gave no news must not thank them for it:
        // ReaderTest)
        values.put("named", "yes");
        values.put("formal_name", "Dana Smith");
        values.put("spoke", "yes");
        values.put("told", "yes");
        values.put("still_interested", "yes");
        return variant.body().render(values);
    }
}
