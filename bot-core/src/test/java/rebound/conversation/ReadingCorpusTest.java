package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import rebound.intake.IntakeProgress;
import rebound.intake.PeoplePending;
import rebound.playbook.PlaybookSource;
import rebound.reading.Audience;
import rebound.reading.ContactReader;
import rebound.reading.ReadingVocabulary;
import rebound.reading.Topic;
import rebound.reading.TopicReader;
import rebound.rejection.Contact;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;

/**
 * The reading corpus of issue 18: lines written the way members type them, each with the reading a
 * careful person would make, in {@code src/test/resources/reading/corpus-*.txt} (people lines, everyday
 * answers to each intake step, updates after {@code /rejected update}). Each line is typed into the
 * conversation as a member would; a line read otherwise shows as skipped with how it was read. The share
 * read exactly is printed and must stay at 97% or more:
 *
 * <pre>mvn -B -q -o -pl bot-core test -Dtest=ReadingCorpusTest</pre>
 */
@DisplayName("Reading corpus (issue 18)")
class ReadingCorpusTest {

    private static final double LEAST_SHARE = 0.97;
    private static final int LEAST_LINES = 400;
    private static final String NONE = "~";
    private static final ReadingVocabulary VOCABULARY = ReadingVocabulary.load(PlaybookSource.builtIn());
    private static final ContactReader CONTACTS = new ContactReader(VOCABULARY);
    private static final TopicReader TOPICS = new TopicReader(VOCABULARY);

    /** The answers that bring a story to each step, after the first message. */
    private static final Map<String, List<String>> TO_STEP = Map.of(
            "company", List.of(),
            "role", List.of("Acme"),
            "stage", List.of("Acme", "Designer"),
            "outcome", List.of("Acme", "Designer", "final"),
            "told_by", List.of("Acme", "Designer", "final", "hired_other", "Dana Smith, recruiter",
                    "Omar Haddad, interviewer", "done"),
            "still_interested", List.of("Acme", "Designer", "final", "hired_other", "Dana Smith, recruiter",
                    "Omar Haddad, interviewer", "done", "skip"),
            "goals", List.of("Acme", "Designer", "final", "hired_other", "Dana Smith, recruiter",
                    "Omar Haddad, interviewer", "done", "skip", "yes"),
            "clicked_with", List.of("Acme", "Designer", "final", "hired_other", "Dana Smith, recruiter",
                    "Omar Haddad, interviewer", "done", "skip", "yes", "thank, stay in touch"),
            "tone", List.of("Acme", "Designer", "final", "hired_other", "Dana Smith, recruiter",
                    "Omar Haddad, interviewer", "done", "skip", "yes", "thank", "skip"));

    /** One line of the corpus: which file, the line typed, and the reading expected, as written there. */
    record Row(String kind, int number, List<String> fields) {
        @Override
        public String toString() {
            return kind + ":" + number + " " + String.join(" | ", fields);
        }
    }

    static Stream<Row> rows() {
        return Stream.of("people", "answers", "updates").flatMap(ReadingCorpusTest::rows);
    }

    private static Stream<Row> rows(String kind) {
        String name = "/reading/corpus-" + kind + ".txt";
        try (InputStream in = ReadingCorpusTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            List<Row> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                rows.add(new Row(kind, i + 1, List.of(lines[i].split(" \\| ", -1)).stream().map(String::strip)
                        .toList()));
            }
            return rows.stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How Rebound read a row, in the row's own columns (the line typed first). */
    static List<String> read(Row row) {
        return switch (row.kind()) {
            case "people" -> person(row.fields().get(0));
            case "answers" -> answer(row.fields().get(0), row.fields().get(1));
            default -> update(row.fields().get(0));
        };
    }

    private static List<String> person(String line) {
        Dialogue bo = Dialogue.with("console:corpus").commands("").says("Acme").says("Designer").says("final")
                .says("hired_other").says(line);
        IntakeProgress progress = bo.state().intake();
        PeoplePending pending = progress.pending();
        if (pending != null && pending.is(PeoplePending.Waits.PART)) {
            String word = CONTACTS.read(line).question().map(a -> a.word()).orElse("?");
            return List.of(line, NONE, NONE, NONE, NONE, NONE, word, NONE);
        }
        if (progress.contacts().isEmpty()) {
            boolean several = CONTACTS.read(line).question().map(a -> a.severalPeople()).orElse(false);
            return List.of(line, NONE, NONE, NONE, NONE, NONE, several ? "several people" : "not a person", NONE);
        }
        Contact c = progress.contacts().get(progress.contacts().size() - 1);
        boolean greeting = bo.replies().stream().flatMap(o -> o.choices().stream())
                .anyMatch(choice -> choice.action().startsWith("person:greet:"));
        String topic;
        if (pending != null && pending.is(PeoplePending.Waits.FEW_WORDS)) {
            topic = "few words";
        } else {
            Topic read = TOPICS.read(c.detail(), Audience.about(c.firstName(), ""));
            topic = read.isNone() ? NONE : read.isClause() ? "clause: " + read.text() : read.text();
        }
        return List.of(line, or(c.name()), c.named() ? c.firstName() : NONE, c.named() ? c.formalName() : NONE,
                or(c.part()), topic, greeting ? "greeting" : NONE, c.disliked() ? "disliked" : NONE);
    }

    private static List<String> answer(String step, String typed) {
        Dialogue bo = Dialogue.with("console:corpus").commands("");
        TO_STEP.get(step).forEach(bo::says);
        if (!step.equals(bo.last().step())) {
            return List.of(step, typed, "the story reached " + bo.last().step());
        }
        bo.says(typed);
        String kept = bo.state().intake().answers().get(step);
        boolean movedOn = !step.equals(bo.last().step());
        return List.of(step, typed, !movedOn || kept == null ? "asked again" : kept.isEmpty() ? "skipped" : kept);
    }

    private static List<String> update(String typed) {
        Dialogue bo = Dialogue.with("console:corpus").throughIntake("hired_other", "yes", "thank, reference",
                "Noor Haddad, interviewer, the design critique", "Sam Lee, recruiter").says("yes");
        int before = history(bo).size();
        bo.commands("update").says(typed);
        List<HistoryEntry> after = history(bo);
        if (after.size() == before) {
            return List.of(typed, "asked", NONE, NONE);
        }
        HistoryEntry told = after.get(after.size() - 1);
        return List.of(typed, told.what().replace("outcome:", ""), or(told.to()),
                told.detail() == null ? NONE : told.detail());
    }

    private static List<HistoryEntry> history(Dialogue bo) {
        Rejection rejection = bo.state().rejections().get(0);
        return rejection.history();
    }

    private static String or(String value) {
        return value == null || value.isEmpty() ? NONE : value;
    }

    /**
     * Whether Rebound read a row as expected. In an update that names no one (who is {@code ~}), who the
     * outcome concerns is the plan's choice, not a reading, so that column is not compared.
     */
    static boolean exact(Row row, List<String> read) {
        if (!row.kind().equals("updates") || !row.fields().get(2).equals(NONE) || read.size() != 4) {
            return read.equals(row.fields());
        }
        List<String> compared = new ArrayList<>(read);
        compared.set(2, NONE);
        return compared.equals(row.fields());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @DisplayName("each line is read as a careful person reads it (a line read otherwise is skipped, with how)")
    void eachLine(Row row) {
        List<String> read = read(row);
        Assumptions.assumeTrue(exact(row, read), () -> "read as: " + String.join(" | ", read));
    }

    @Test
    @DisplayName("at least 400 lines, and 97% or more of them read exactly")
    void mostLinesAreReadExactly() {
        List<Row> rows = rows().toList();
        List<String> misses = new ArrayList<>();
        for (Row row : rows) {
            List<String> read = read(row);
            if (!exact(row, read)) {
                misses.add(row + "\n      read as: " + String.join(" | ", read));
            }
        }
        double share = (rows.size() - misses.size()) / (double) rows.size();
        System.out.printf("Reading corpus: %d lines (people %d, answers %d, updates %d), %d read exactly (%.1f%%)%n",
                rows.size(), count(rows, "people"), count(rows, "answers"), count(rows, "updates"),
                rows.size() - misses.size(), share * 100);
        misses.forEach(m -> System.out.println("  miss " + m));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(LEAST_LINES);
        assertThat(share).as("share of the corpus read exactly").isGreaterThanOrEqualTo(LEAST_SHARE);
    }

    private static long count(List<Row> rows, String kind) {
        return rows.stream().filter(r -> r.kind().equals(kind)).count();
    }
}
