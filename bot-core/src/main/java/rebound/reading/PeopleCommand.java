package rebound.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

/**
 * "remove Norman" or "fix Dana" typed at the people step, read against the names already added
 * (issue 12, section 1). The command words are {@code people.txt}'s {@code [commands]}.
 *
 * @param action  {@code remove} or {@code fix}
 * @param typed   the name as typed after the command word ("Norman"), possibly empty
 * @param matches indexes into the given names of the people it can mean, best first: one when
 *                it is decided, none when nobody fits (the caller may read the line as a new person
 *                instead), several when the member should pick
 */
public record PeopleCommand(String action, String typed, List<Integer> matches) {

    /** The action of "remove NAME" (people.txt's {@code remove:} words). */
    public static final String REMOVE = "remove";
    /** The action of "fix NAME" (people.txt's {@code fix:} words). */
    public static final String FIX = "fix";

    private static final DamerauLevenshteinDistance DISTANCE = new DamerauLevenshteinDistance(2);

    public PeopleCommand {
        matches = List.copyOf(matches);
    }

    /** The one person meant, or -1 when none or several fit. */
    public int index() {
        return matches.size() == 1 ? matches.get(0) : -1;
    }

    /**
     * Reads a line as a command on the people already added.
     *
     * @param vocabulary the reading files
     * @param line       what the member typed ("remove Norman", "fix dana smith")
     * @param names      the names of the people added so far, in order (empty strings for people
     *                   without a name are never matched)
     * @return the command, or empty when the line does not start with a command word (it is then a
     *         person to add); a name matches by full name, first or last name, a start of it
     *         ("Nor"), or with up to two slips ("Normann"); the closest kind of match wins
     */
    public static Optional<PeopleCommand> read(ReadingVocabulary vocabulary, String line, List<String> names) {
        String text = line == null ? "" : line.strip();
        String[] raw = text.split("\\s+");
        List<String> words = Phrases.words(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Phrases.Match command = vocabulary.commands.at(words, 0);
        if (command == null) {
            return Optional.empty();
        }
        String typed = String.join(" ", List.of(raw).subList(Math.min(command.end(), raw.length), raw.length)).strip();
        return Optional.of(new PeopleCommand(command.value(), typed, match(typed, names)));
    }

    private static List<Integer> match(String typed, List<String> names) {
        String wanted = Phrases.norm(typed).toLowerCase(Locale.ROOT);
        List<Integer> best = new ArrayList<>();
        int bestScore = Integer.MAX_VALUE;
        if (wanted.isEmpty()) {
            return best;
        }
        for (int i = 0; i < names.size(); i++) {
            int score = score(wanted, names.get(i).toLowerCase(Locale.ROOT).strip());
            if (score < bestScore) {
                bestScore = score;
                best.clear();
            }
            if (score == bestScore && score < Integer.MAX_VALUE) {
                best.add(i);
            }
        }
        return best;
    }

    /** 0: the full name; 1: one of its words; 2: the start of it or of a word; 3: a slip or two away; else none. */
    private static int score(String wanted, String name) {
        if (name.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        if (name.equals(wanted)) {
            return 0;
        }
        List<String> words = List.of(name.split("\\s+"));
        if (words.contains(wanted)) {
            return 1;
        }
        if (name.startsWith(wanted) || words.stream().anyMatch(w -> w.startsWith(wanted))) {
            return 2;
        }
        int slips = wanted.length() > 4 ? 2 : 1;
        if (close(wanted, name, slips) || words.stream().anyMatch(w -> close(wanted, w, slips))) {
            return 3;
        }
        return Integer.MAX_VALUE;
    }

    private static boolean close(String a, String b, int slips) {
        int distance = DISTANCE.apply(a, b);
        return distance >= 0 && distance <= slips;
    }
}
