package rebound.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names written the way names are (issue 12, section 1): a word typed all in lower or upper case is
 * given capitals (marcus -> Marcus, ANA BELL -> Ana Bell, o'brien -> O'Brien, mcdonald -> McDonald);
 * a word with capitals of its own is kept as typed (McDonald, DeShawn, José); particles stay lower
 * case inside a name (van der Berg, de la Cruz). Also whether words could be a name at all, and the
 * warm and formal greeting names. The words come from {@code people.txt} ({@code [names]}).
 */
final class Names {

    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'\u2019.\\-]*");
    private static final int MOST_NAME_WORDS = 4;
    /** A given name romanised as Korean ones are, after the family name: "Min-jun", "Ji-woo" (not "Simpson-Jones"). */
    private static final Pattern KOREAN_GIVEN = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

    private final ReadingVocabulary v;

    Names(ReadingVocabulary vocabulary) {
        this.v = vocabulary;
    }

    /**
     * Whether words typed by the member could be one person's name: one to four words (particles not
     * counted) of letters, none of them a word that is never a name.
     */
    boolean plausible(List<String> originals) {
        int named = 0;
        for (String original : originals) {
            String word = trimPunctuation(original);
            String norm = Phrases.norm(word);
            boolean familyFirst = named > 0 && v.familyFirst.contains(Phrases.norm(trimPunctuation(originals.get(0))));
            if (!NAME_WORD.matcher(word).matches() || v.notAName.contains(norm) && !familyFirst) {
                return false;
            }
            if (!v.particles.contains(norm)) {
                named++;
            }
        }
        return named >= 1 && named <= MOST_NAME_WORDS;
    }

    /** The words of a name as they should be written: capitals given to a name typed in one case. */
    List<String> write(List<String> originals) {
        boolean allUpper = originals.stream().allMatch(w -> w.equals(w.toUpperCase(Locale.ROOT)));
        List<String> written = new ArrayList<>(originals.size());
        for (int i = 0; i < originals.size(); i++) {
            String word = trimPunctuation(originals.get(i)).replace('\u2019', '\'');
            boolean lower = word.equals(word.toLowerCase(Locale.ROOT));
            boolean upper = word.equals(word.toUpperCase(Locale.ROOT));
            boolean initials = upper && !allUpper && word.replace(".", "").length() <= 2;
            if ((lower || upper) && !initials) {
                String norm = word.toLowerCase(Locale.ROOT);
                boolean familyFirst = v.familyFirst.contains(Phrases.norm(originals.get(0)));
                word = i > 0 && v.particles.contains(norm) && !familyFirst ? norm : capitalise(norm);
            }
            written.add(word);
        }
        return written;
    }

    private String capitalise(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        for (String piece : lower.split("-", -1)) {
            if (out.length() > 0) {
                out.append('-');
            }
            String head = "";
            for (String start : v.capitalAfter) {
                if (piece.startsWith(start) && piece.length() > start.length()) {
                    head = start;
                    break;
                }
            }
            String rest = piece.substring(head.length());
            out.append(upperFirst(head)).append(upperFirst(rest));
        }
        return out.toString();
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String trimPunctuation(String word) {
        int end = word.length();
        while (end > 0 && ",;:!?\"')]}\u2019\u201d".indexOf(word.charAt(end - 1)) >= 0
                && !(end == 2 && Character.isLetter(word.charAt(0)))) {
            end--;
        }
        int start = 0;
        while (start < end && "\"'([{\u2018\u201c".indexOf(word.charAt(start)) >= 0) {
            start++;
        }
        String trimmed = word.substring(start, end);
        // A full stop ends a family name typed at the end of a sentence, but an initial keeps its own ("J.").
        if (trimmed.length() > 2 && trimmed.endsWith(".") && trimmed.indexOf('.') == trimmed.length() - 1) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private boolean startsWithParticle(List<String> written) {
        return v.particles.contains(written.get(0).toLowerCase(Locale.ROOT));
    }

    /**
     * How to greet a person whose name is written.
     *
     * @param warm    for a warm note ("Emily", "Bart", "María José", the full name of a name written family
     *                name first until the member picks)
     * @param formal  for a formal note ("Dr. Chen", "Dr. Becker", "Nguyễn Thị Minh Khai")
     * @param choices the warm greetings to offer when Rebound cannot tell (family name first), the one used
     *                first; else empty
     */
    record Greeting(String warm, String formal, List<String> choices) {
    }

    /**
     * The greetings of a written name (issue 18): a nickname typed in quotes is the warm greeting; two given
     * names ({@code compound given name:}) are greeted together; a name that starts with a family name
     * usually written first ({@code family name first:}), or a two-word name ending in a given name such as
     * "Min-jun", is greeted in full, formally by title and family
     * name, and the given names after it (without {@code middle:} names) are offered to the member, then
     * the family name with each {@code titles offered:} ("Ms. Nguyễn"), or with the title typed.
     */
    Greeting greet(List<String> written, String title, String nickname) {
        String warm = greeting(written, title);
        String formal = formal(written, title);
        if (written.isEmpty()) {
            return new Greeting(warm, formal, List.of());
        }
        List<String> lower = written.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        if (nickname != null) {
            return new Greeting(String.join(" ", write(List.of(nickname))), formal, List.of());
        }
        if (written.size() > 1 && v.familyFirst.contains(lower.get(0))
                || written.size() == 2 && KOREAN_GIVEN.matcher(written.get(1)).matches()) {
            String full = String.join(" ", written);
            List<String> given = new ArrayList<>();
            for (int i = 1; i < written.size(); i++) {
                if (!v.middleNames.contains(lower.get(i)) || i == written.size() - 1) {
                    given.add(written.get(i));
                }
            }
            List<String> choices = new ArrayList<>(List.of(full));
            String allGiven = String.join(" ", given);
            choices.add(allGiven);
            String last = written.get(written.size() - 1);
            if (!last.equals(allGiven)) {
                choices.add(last);
            }
            String family = written.get(0);
            for (String offered : title.isEmpty() ? v.offeredTitles : List.of(title)) {
                choices.add(offered + " " + family);
            }
            return new Greeting(full, title.isEmpty() ? full : title + " " + written.get(0), choices);
        }
        Phrases.Match compound = v.compoundGiven.at(lower, 0);
        if (compound != null) {
            return new Greeting(String.join(" ", written.subList(0, compound.end())), formal, List.of());
        }
        return new Greeting(warm, formal, List.of());
    }

    /** For a warm greeting: the first name, or title and name when only one name (or a particle first) was given. */
    String greeting(List<String> written, String title) {
        if (written.isEmpty()) {
            return "";
        }
        if (written.size() == 1 || startsWithParticle(written)) {
            String name = String.join(" ", written);
            return title.isEmpty() ? name : title + " " + name;
        }
        return written.get(0);
    }

    /** For a formal greeting: title and family name when a title was given, else the full name. */
    String formal(List<String> written, String title) {
        if (written.isEmpty()) {
            return "";
        }
        String name = String.join(" ", written);
        if (title.isEmpty()) {
            return name;
        }
        if (written.size() == 1 || startsWithParticle(written)) {
            return title + " " + name;
        }
        return title + " " + String.join(" ", written.subList(1, written.size()));
    }
}
