package rebound.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.playbook.PlaybookSource;

/**
 * Issue 18: every script in our own words. No line a member reads (the scripts, words.txt, intake.txt,
 * frontdoor.txt) shares a run of {@value #RUN} words with one of the five seed articles. The seeds are
 * not read here ({@code ../shared} is never a build input): {@code seed-runs.txt} holds a hash of each of
 * their eight-word runs, made once from them. A line is read twice, its {@code [if]} and {@code [pick]}
 * marks dropped (the pieces joined, as a draft joins them) and as breaks between pieces, each
 * {@code ${variable}} standing for one word.
 */
@DisplayName("The playbook says the seeds' points in its own words")
class SeedWordingTest {

    static final int RUN = 8;
    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");
    private static final Pattern MARK = Pattern.compile("\\[/?(if[^\\]]*|pick|or)\\]");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[a-z_]+}");
    private static final List<String> FILES = files();

    static Set<Long> seedRuns() {
        Set<Long> runs = new HashSet<>();
        try (InputStream in = SeedWordingTest.class.getResourceAsStream("/playbook/seed-runs.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    runs.add(Long.parseUnsignedLong(line.strip(), 16));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return runs;
    }

    /** The 64-bit FNV-1a hash of a run's words joined by one space (as seed-runs.txt was made). */
    static long hash(String run) {
        long h = 0xcbf29ce484222325L;
        for (byte b : run.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The runs of {@code text} found among {@code seedRuns}, each as its words. */
    static List<String> shared(String text, Set<Long> seedRuns) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            words.add(m.group());
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            String run = String.join(" ", words.subList(i, i + RUN));
            if (seedRuns.contains(hash(run))) {
                found.add(run);
            }
        }
        return found;
    }

    @Test
    @DisplayName("no line a member reads shares a run of eight words with a seed")
    void ownWords() {
        Set<Long> seedRuns = seedRuns();
        assertThat(seedRuns).as("the seeds' runs").hasSizeGreaterThan(3000);
        // the line this test was written for, as it read before: found, so the check works
        assertThat(shared("May I ask whether you would be willing to serve as a reference for me?", seedRuns))
                .isNotEmpty();
        List<String> copied = new ArrayList<>();
        for (String file : FILES) {
            String[] lines = PlaybookSource.builtIn().read(file).orElseThrow().content().split("\n");
            for (int n = 0; n < lines.length; n++) {
                String line = VARIABLE.matcher(lines[n]).replaceAll(" x ");
                List<String> runs = new ArrayList<>(shared(MARK.matcher(line).replaceAll(""), seedRuns));
                for (String piece : MARK.split(line)) {
                    runs.addAll(shared(piece, seedRuns));
                }
                for (String run : new HashSet<>(runs)) {
                    copied.add(file + ":" + (n + 1) + ": \"" + run + "\"");
                }
            }
        }
        assertThat(copied).isEmpty();
    }

    private static List<String> files() {
        List<String> files = new ArrayList<>(List.of("words.txt", "intake.txt", "frontdoor.txt"));
        Playbook.KINDS.forEach(kind -> files.add("scripts/" + kind + ".txt"));
        return files;
    }
}
