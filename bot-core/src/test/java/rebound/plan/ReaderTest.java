package rebound.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import rebound.playbook.PlaybookSource;
import rebound.playbook.ScriptLibrary;
import rebound.rejection.Contact;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

/**
 * Issue 13's reader test: every draft kind, in every tone and every variant, rendered for every kind of
 * reader (their part, whether they told the member the news, whether the member spoke and clicked with
 * them, or nobody named) in every situation (how the no came, a silence first, whether the member would
 * go back, how far they got). A note must contain none of the phrases of a claim the situation
 * contradicts (the phrase groups are test data: {@code src/test/resources/playbook/contradictions.txt}),
 * and must read as a sendable note: a greeting first, the sign-off on its own line, no unfilled
 * variable, no doubled space or punctuation, counts that match the list they announce.
 *
 * <p>Each variant is rendered through {@link Playbook#draft}, which renders a tone's first variant:
 * {@link ByVariant} loads the built-in scripts once per variant with that variant moved first.
 */
@DisplayName("Every draft, for every reader and situation")
class ReaderTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final List<String> OUTCOMES = List.of("hired_other", "no_openings", "on_hold", "rescinded", "internal",
            "ghosted", "other");
    static final List<String> STAGES = List.of("applied", "screen", "interview", "final");
    static final String TOPIC = "the move to weekly releases";
    static final Map<String, List<String>> GROUPS = groups();
    private static final Pattern GREETING = Pattern.compile("^(Hi|Hello|Dear)( [^\\n]+)?,$");
    private static final Pattern COUNTED = Pattern.compile("\\b(one|two|three|four|five)\\b(?: or (two|three|four|five))?"
            + "[^\\n]*\\b(questions|points|things)\\b[^\\n]*:$");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five");
    private static final List<String> BAD_MARKS = List.of("${", "  ", " ,", " .", "..", ",,", ".,", ",.", " ;",
            " :", "?.", ".?", "'s'", ";.", ":.");

    /** Playbook {@code r} renders each tone's variant {@code r} (modulo the tone's count) as its first. */
    static final List<Playbook> ROTATIONS = ByVariant.playbooks();

    static Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        try (InputStream in = ReaderTest.class.getResourceAsStream("/playbook/contradictions.txt")) {
            List<String> group = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[") && text.endsWith("]")) {
                    group = new ArrayList<>();
                    groups.put(text.substring(1, text.length() - 1), group);
                } else {
                    group.add(text.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return groups;
    }

    /** Whether the situation contradicts the claim a phrase group makes. */
    static boolean contradicted(String group, Rejection rejection, Contact reader, boolean afterSilence) {
        String outcome = rejection.outcome();
        boolean silence = outcome.equals("ghosted") || afterSilence;
        // a person the member met, even one whose name they didn't catch ("the recruiter"), was spoken
        // with from a first call on; the hiring team, written to when nobody was named, never was
        boolean spoke = (reader.named() || !reader.part().isEmpty()) && !rejection.stage().equals("applied");
        return switch (group) {
            case "thanks-for-news" -> silence || (reader.named() && !reader.toldTheNews());
            case "decision-after-silence" -> outcome.equals("ghosted");
            case "praise-after-silence" -> silence;
            case "conversation-that-never-happened" -> !spoke;
            // an offer withdrawn judged nobody lacking either: the member was the one chosen
            case "judgment-after-freeze" -> outcome.equals("no_openings") || outcome.equals("on_hold")
                    || outcome.equals("rescinded");
            case "someone-else-hired" -> !outcome.equals("hired_other") && !outcome.equals("internal");
            case "offer-never-made" -> outcome.equals("rescinded");
            case "outside-hire-when-internal" -> outcome.equals("internal");
            case "enthusiasm-when-not-interested" -> !rejection.stillInterested();
            case "on-hold-when-no-openings" -> outcome.equals("no_openings");
            case "many-meetings-after-one-call" -> rejection.stage().equals("applied") || rejection.stage().equals("screen");
            case "start-together-not-the-manager" -> !reader.is("hiring_manager");
            case "invitation-not-asked-for" -> !(Boolean.TRUE.equals(reader.clicked())
                    || rejection.wants("stay_in_touch") && reader.clickedWith() && !(reader.is("recruiter")
                    && (rejection.stage().equals("applied") || rejection.stage().equals("screen"))));
            case "judged-after-an-offer" -> outcome.equals("rescinded");
            // the intake never says what someone did in their part, nor how a talk felt: no situation allows it
            case "what-a-part-only-suggests", "feelings-never-told" -> true;
            default -> throw new IllegalArgumentException("no rule for the phrase group [" + group + "]");
        };
    }

    /** Which phrase groups the situation contradicts, as a string of 0s and 1s. */
    static String mask(Rejection rejection, Contact reader, boolean afterSilence) {
        StringBuilder mask = new StringBuilder();
        GROUPS.keySet().forEach(g -> mask.append(contradicted(g, rejection, reader, afterSilence) ? '1' : '0'));
        return mask.toString();
    }

    /** Every kind of reader: each part, told or not, clicked (with a topic) or not, and nobody named. */
    static List<Contact> readers() {
        List<Contact> readers = new ArrayList<>();
        for (String part : List.of("hiring_manager", "recruiter", "interviewer", "team_member", "executive", "")) {
            String title = part.equals("hiring_manager") ? "Dr." : "";
            for (Boolean told : new Boolean[] {true, null}) {
                readers.add(new Contact("Dana Smith", part, TOPIC, title, told, true));
                readers.add(new Contact("Dana Smith", part, "", title, told, false));
                if (part.isEmpty()) { // a topic remembered with someone the member did not click with
                    readers.add(new Contact("Dana Smith", part, "latency budgets", title, told, false));
                }
            }
        }
        readers.add(new Contact("", "", ""));
        return readers;
    }

    @ParameterizedTest(name = "{0} in a {1} tone")
    @MethodSource("rebound.plan.ScriptsTest#kindsAndTones")
    @DisplayName("claims nothing the situation contradicts, and reads as a sendable note")
    void rightForTheReader(String kind, String tone) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, List<String>> checked = new HashMap<>();
        // a script that never asks for the stage or the part renders the same for every one of them: then
        // two stages (before and after a first conversation) and two parts (one with a title) stand for all
        String text = PlaybookSource.builtIn().read("scripts/" + kind + ".txt").orElseThrow().content();
        List<String> stages = text.contains("stage=") ? STAGES : List.of("applied", "final");
        List<Contact> readers = readers().stream().filter(c -> text.contains("part=") || !c.named()
                || c.part().equals("hiring_manager") || c.part().isEmpty()).toList();
        Contact other = new Contact("Sam Lee", "recruiter", "");
        for (int r = 0; r < ROTATIONS.size(); r++) {
            Playbook playbook = ROTATIONS.get(r);
            for (String outcome : OUTCOMES) {
                for (String stage : stages) {
                    for (boolean still : new boolean[] {true, false}) {
                        for (boolean afterSilence : new boolean[] {false, true}) {
                            List<FollowUp> asked = afterSilence
                                    ? List.of(FollowUp.planned("r1-f1", "status_check", NOW, "Dana Smith")) : List.of();
                            for (Contact reader : readers) {
                                Rejection rejection = new Rejection("r1", NOW, "Northwind Labs", "Product Designer",
                                        stage, outcome, still, List.of(reader, other), List.of("thank"),
                                        "Globex, Initech", tone, List.of(), asked, List.of());
                                var draft = playbook.draft(kind, rejection, reader);
                                // a note to someone the member has not met is read by them, not by the referrer
                                Contact readBy = readerOf(kind, reader);
                                // many situations render the same note: check each note once per set of claims
                                String key = mask(rejection, readBy, afterSilence) + readBy.named() + "\n"
                                        + draft.subject() + "\n" + draft.body();
                                List<String> found = checked.computeIfAbsent(key,
                                        k -> check(draft.subject(), draft.body(), rejection, readBy, afterSilence, tone));
                                for (String problem : found) {
                                    // one example per problem and variant is enough to find the line
                                    problems.putIfAbsent(kind + " #" + (r + 1) + ": " + problem, String.format(
                                            "%s at %s, %s, %s%s, reader %s/%s/told=%s/clicked=%s/%s%n%s%n", outcome,
                                            stage, still ? "would go back" : "would not go back",
                                            afterSilence ? "after a silence, " : "", tone, reader.name(),
                                            reader.part(), reader.told(), reader.clicked(), reader.detail(),
                                            draft.body()));
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0} in a {1} tone")
    @MethodSource("rebound.plan.ScriptsTest#kindsAndTones")
    @DisplayName("fits in 1,500 characters uncut with long but ordinary names, roles, topics and targets")
    void longValuesFit(String kind, String tone) {
        Contact reader = new Contact("Alexandra Montgomery-Fitzgerald", "hiring_manager",
                "how the platform team moved its release process from monthly trains to continuous delivery "
                        + "without losing the audit trail", "Prof.", true, true);
        for (Playbook playbook : ROTATIONS) {
            for (String outcome : OUTCOMES) {
                Rejection rejection = new Rejection("r1", NOW, "Northwind Advanced Manufacturing Laboratories",
                        "Senior Staff Product Designer, Developer Platform and Internal Tools", "final", outcome,
                        true, List.of(reader), List.of("thank"),
                        "Globex Corporation, Initech Software Solutions, Umbrella Health", tone, List.of(),
                        List.of(), List.of());
                var draft = playbook.draft(kind, rejection, reader);
                assertThat(draft.body()).as("%s, %s, %s", kind, tone, outcome).endsWith("[Your name]")
                        .doesNotContain("\u2026").hasSizeLessThan(Playbook.LONGEST_DRAFT);
            }
        }
    }

    /**
     * Who reads a note of {@code kind} the rule wrote for {@code to}: {@code to}, except for a note to
     * someone the member has not met yet ({@link Playbook#TO_SOMEONE_NEW}), read by no one named.
     */
    static Contact readerOf(String kind, Contact to) {
        return Playbook.TO_SOMEONE_NEW.contains(kind) ? Playbook.TEAM : to;
    }

    /** What is wrong with one draft for this reader in this situation (empty when nothing). */
    static List<String> check(String subject, String body, Rejection rejection, Contact reader, boolean afterSilence,
                              String tone) {
        List<String> problems = new ArrayList<>();
        String lower = (subject + "\n" + body).toLowerCase(Locale.ROOT);
        GROUPS.forEach((group, phrases) -> {
            if (contradicted(group, rejection, reader, afterSilence)) {
                for (String phrase : phrases) {
                    if (lower.contains(phrase)) {
                        problems.add("[" + group + "] says \"" + phrase + "\"");
                    }
                }
            }
        });
        problems.addAll(grammar(subject, body, reader, tone));
        return problems;
    }

    /** The checks of a note's form that hold for every reader. */
    static List<String> grammar(String subject, String body, Contact reader, String tone) {
        List<String> problems = new ArrayList<>();
        for (String text : List.of(body, subject)) {
            for (String mark : BAD_MARKS) {
                if (text.contains(mark)) {
                    problems.add("contains \"" + mark + "\"");
                }
            }
        }
        if (body.length() > Playbook.LONGEST_DRAFT) {
            problems.add("is " + body.length() + " characters long");
        }
        for (String wrong : List.of("hired for", "renew my thanks", "Ms. ", "Mr. ")) {
            if (body.contains(wrong)) {
                problems.add("says \"" + wrong + "\"");
            }
        }
        String[] lines = body.split("\n", -1);
        for (String line : lines) {
            if (!line.equals(line.strip())) {
                problems.add("a line starts or ends with a space: \"" + line + "\"");
            }
        }
        String first = lines[0];
        if (!GREETING.matcher(first).matches()) {
            problems.add("the first line is not a greeting: \"" + first + "\"");
        } else if (reader.named()) {
            String expected = tone.equals("formal") ? "Dear " + reader.formalName() + ","
                    : reader.firstName() + ",";
            if (!first.endsWith(expected) || (!tone.equals("formal") && first.startsWith("Dear"))) {
                problems.add("greets \"" + first + "\" in a " + tone + " tone");
            }
        } else if (first.contains("Dear ,") || first.matches("^(Hi|Hello|Dear) ,$")) {
            problems.add("greets nobody by an empty name: \"" + first + "\"");
        }
        if (!lines[lines.length - 1].equals("[Your name]")) {
            problems.add("does not end with [Your name] on its own line");
        } else if (lines.length > 2) {
            String signOff = lines[lines.length - 2];
            if (!signOff.isEmpty() && (signOff.length() > 40 || !signOff.endsWith(",") || signOff.contains("."))) {
                problems.add("the sign-off is glued to a sentence: \"" + signOff + "\"");
            }
        }
        for (int i = 0; i < lines.length; i++) {
            Matcher counted = COUNTED.matcher(lines[i]);
            if (counted.find()) {
                int items = 0;
                for (int j = i + 1; j < lines.length && lines[j].startsWith("- "); j++) {
                    items++;
                }
                int least = NUMBERS.indexOf(counted.group(1));
                int most = counted.group(2) == null ? least : NUMBERS.indexOf(counted.group(2));
                if (items < least || items > most) {
                    problems.add("announces \"" + counted.group() + "\" and lists " + items);
                }
            }
        }
        return problems;
    }
}
