package rebound.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads one person as members type them, in any of the shapes people use: "Priya (HM) - loved her
 * take on design systems", "recruiter, Dana Smith, salary bands", "Jen from HR", "Chris from the
 * panel", "Dana who interviewed me", "the HR lady", "Dr. Emily Chen", "ANA BELL". Every word it
 * understands comes from {@code people.txt} (issue 12, section 1); only punctuation is in Java.
 *
 * <p>A line is cut into pieces at commas, colons, semicolons, parentheses, slashes and free-standing
 * dashes. A piece is a part, a name, both ("recruiter Dana Smith"), a name or part joined to a place
 * ("Jen from HR", "Dana at Acme": the place is dropped), a who-clause, or what they talked about.
 * The first name-like piece is the name; a part word or a pronoun is never taken for one.
 * Reading is pure and allocation-light: microseconds per line (see ReadingBenchmark).
 */
public final class ContactReader {

    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'\u2019.\\-]*");
    private static final int MOST_NAME_WORDS = 4;

    private final ReadingVocabulary v;

    /** A reader over the loaded {@code people.txt} and {@code topics.txt}; one instance serves every member and thread. */
    public ContactReader(ReadingVocabulary vocabulary) {
        this.v = vocabulary;
    }

    private record Span(int start, int end, String part, String ask) {
    }

    private static final class Found {
        List<String> nameWords;
        String title = "";
        final List<String> parts = new ArrayList<>();
        final List<String> asks = new ArrayList<>();
        final List<String> topics = new ArrayList<>();
        boolean several;
        final List<String> allWords = new ArrayList<>();
        String declared;
    }

    /**
     * Reads one line as the member typed it.
     *
     * @param line one person, e.g. "recruiter, Dana Smith, salary bands"; null or blank reads as nobody
     * @return the person: name (empty when none was given), greeting names, title, part (a stable id,
     *         {@code other} when none was named), the raw topic, and the question to ask when a word
     *         could mean two parts
     */
    public ReadContact read(String line) {
        String text = line == null ? "" : line.strip();
        Found found = new Found();
        for (String piece : pieces(text)) {
            readPiece(piece, found);
        }
        String part = ReadingVocabulary.NO_PART;
        boolean partGiven = false;
        for (String candidate : v.partOrder()) {
            if (found.parts.contains(candidate)) {
                part = candidate;
                partGiven = true;
                break;
            }
        }
        Ambiguity ambiguity = null;
        if (found.several) {
            return new ReadContact("", "", "", "", part, partGiven, String.join(", ", found.topics), "",
                    new Ambiguity(Ambiguity.SEVERAL_PEOPLE, v.severalPeople, List.of()));
        }
        if (!partGiven && !found.asks.isEmpty()) {
            String word = found.asks.get(0);
            ReadingVocabulary.Ask ask = v.asks.get(word);
            ambiguity = new Ambiguity(word, ask.question(), ask.choices());
        }
        List<String> written = found.nameWords == null ? List.of() : writeName(found.nameWords);
        String name = String.join(" ", written);
        String title = name.isEmpty() ? "" : found.title;
        return new ReadContact(name, title, greeting(written, title), formal(written, title), part, partGiven,
                String.join(", ", found.topics), pronoun(found), ambiguity);
    }

    /**
     * Reads the name field of the contact form as a typed line is read (title kept, capitals given, a
     * part word, pronoun or remark such as "didn't catch her name" never a name; a part or topic on it
     * kept). A field the rules see no name in but which is no part or remark either ("Dana <!here>",
     * "Dana and Sam") is the name as typed, with a title taken off and capitals given.
     *
     * @param field the name field as submitted; null or blank reads as nobody
     * @return the person that field describes; {@link ReadContact#partGiven()} when it names a part
     */
    public ReadContact readName(String field) {
        ReadContact read = read(field);
        boolean several = read.question().map(Ambiguity::severalPeople).orElse(false);
        if (read.hasName() || read.topic().isEmpty() && !several) {
            return read;
        }
        List<String> words = new ArrayList<>(List.of(Phrases.SPACES.split(field.strip())));
        String title = v.titles.getOrDefault(Phrases.norm(words.get(0)), "");
        if (!title.isEmpty() && words.size() > 1) {
            words.remove(0);
        } else {
            title = "";
        }
        List<String> written = writeName(words).stream().filter(w -> !w.isEmpty()).toList();
        return new ReadContact(String.join(" ", written), title, greeting(written, title), formal(written, title),
                ReadingVocabulary.NO_PART, false, "", read.pronoun(), null);
    }

    /**
     * The part a field names with the part words of {@code people.txt} ("HR" -> recruiter, "head of
     * design" -> executive; the block written first wins), for a field that holds only a part.
     *
     * @return the part id, or empty when the field names none or only a word that could mean two ("PM")
     */
    public java.util.Optional<String> partIn(String field) {
        List<String> words = Phrases.words(field == null ? "" : field);
        List<String> named = new ArrayList<>(1);
        for (Span span : spans(words)) {
            if (span.part() != null) {
                named.add(span.part());
            }
        }
        return v.partOrder().stream().filter(named::contains).findFirst();
    }

    /**
     * The pieces of a line, cut at commas, colons, semicolons, brackets, a slash between spaces, an
     * en or em dash, and a hyphen that stands free ("Priya - HM", not "on-call" or "Jean-Luc").
     * Hand-written rather than a regular expression: it is most of the cost of a line.
     */
    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>(4);
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            boolean cut;
            int skip = 1;
            if (i == n) {
                cut = true;
            } else {
                char c = text.charAt(i);
                if (",;:()[]{}\u2013\u2014".indexOf(c) >= 0) {
                    cut = true;
                } else if (c == '/') {
                    cut = i > 0 && i + 1 < n && Character.isWhitespace(text.charAt(i - 1))
                            && Character.isWhitespace(text.charAt(i + 1));
                } else if (c == '-') {
                    int end = i;
                    while (end < n && text.charAt(end) == '-') {
                        end++;
                    }
                    cut = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                            && (end == n || !Character.isLetterOrDigit(text.charAt(end)));
                    skip = end - i;
                } else {
                    cut = false;
                }
            }
            if (cut) {
                String piece = text.substring(start, i).strip();
                if (!piece.isEmpty()) {
                    pieces.add(piece);
                }
                start = i + skip;
                i += skip - 1;
            }
        }
        return pieces;
    }

    private void readPiece(String piece, Found found) {
        String[] raw = Phrases.SPACES.split(piece);
        List<String> originals = new ArrayList<>(raw.length);
        List<String> words = new ArrayList<>(raw.length);
        for (String token : raw) {
            String norm = Phrases.norm(token);
            found.allWords.add(norm);
            String declared = declaredPronoun(norm);
            if (declared != null && found.declared == null) {
                found.declared = declared;
            }
            if (!norm.isEmpty() && !contactDetail(token) && declared == null
                    && !v.afterName.contains(norm)) {
                originals.add(token);
                words.add(norm);
            }
        }
        if (words.isEmpty()) {
            return;
        }
        if (v.noName.find(words) != null || v.noTopic.contains(String.join(" ", words))
                || words.stream().allMatch(w -> v.notAName.contains(w) || v.fillers.contains(w))) {
            return;
        }
        List<Span> spans = spans(words);
        int whoAt = firstOutside(words, spans, v.who, 0, words.size());
        int headEnd = whoAt < 0 ? words.size() : whoAt;
        int linkAt = firstOutside(words, spans, v.links, 0, headEnd);
        int leftEnd = linkAt < 0 ? headEnd : linkAt;
        List<String> nameWords = new ArrayList<>();
        String title = "";
        boolean gap = false;
        boolean broken = false; // a name has no filler or part word inside it: "yawned a lot" is not one
        for (int i = 0; i < leftEnd; i++) {
            if (covered(spans, i) || v.fillers.contains(words.get(i)) || !hasLetter(words.get(i))) {
                gap = gap || !nameWords.isEmpty();
                continue;
            }
            broken = broken || gap;
            if (nameWords.isEmpty() && title.isEmpty() && v.titles.containsKey(words.get(i))) {
                title = v.titles.get(words.get(i));
                continue;
            }
            nameWords.add(originals.get(i));
        }
        boolean personLike = nameWords.isEmpty() || !broken && plausibleName(nameWords);
        if (!personLike && found.nameWords == null && found.topics.isEmpty()) {
            int end = nameBeforeTalk(originals, words, spans);
            if (end > 0) {
                readPiece(String.join(" ", originals.subList(0, end)), found);
                found.topics.add(String.join(" ", originals.subList(end, originals.size())));
                return;
            }
        }
        if (!personLike && found.nameWords == null && severalNames(originals, words, leftEnd, spans)) {
            found.several = true;
            return;
        }
        if (!personLike || (!nameWords.isEmpty() && found.nameWords != null)) {
            found.topics.add(piece);
            return;
        }
        if (!nameWords.isEmpty()) {
            found.nameWords = nameWords;
            found.title = title;
        }
        for (Span span : spans) {
            if (span.start() < headEnd) {
                record(span, found);
            }
        }
        if (whoAt >= 0 && whoAt + 1 < words.size()) {
            boolean described = false;
            for (Span span : spans) {
                if (span.start() > whoAt) {
                    record(span, found);
                    described = true;
                }
            }
            if (!described) {
                found.topics.add(String.join(" ", originals.subList(whoAt + 1, originals.size())));
            }
        }
    }

    /**
     * Where a name typed straight before what they talked about ends ("Dana Smith talked about
     * salary bands"): the words up to the first one that is never a name, when those make a name; else 0.
     */
    private int nameBeforeTalk(List<String> originals, List<String> words, List<Span> spans) {
        int start = v.titles.containsKey(words.get(0)) ? 1 : 0;
        int end = start;
        while (end < words.size() && !covered(spans, end) && !v.notAName.contains(words.get(end))
                && !v.fillers.contains(words.get(end))) {
            end++;
        }
        if (end == start || end >= words.size() || !v.notAName.contains(words.get(end))
                || v.fillers.contains(words.get(end))) {
            return 0;
        }
        return plausibleName(originals.subList(start, end)) ? end : 0;
    }

    /** Whether the words before a link are two names or more joined by "and" ("Dana and Sam"). */
    private boolean severalNames(List<String> originals, List<String> words, int end, List<Span> spans) {
        int names = 0;
        int from = 0;
        for (int i = 0; i <= end; i++) {
            if (i == end || v.joiners.contains(words.get(i))) {
                List<String> group = new ArrayList<>();
                for (int j = from; j < i; j++) {
                    if (!covered(spans, j) && !v.fillers.contains(words.get(j))) {
                        group.add(originals.get(j));
                    }
                }
                if (group.isEmpty() || !plausibleName(group)) {
                    return false;
                }
                names++;
                from = i + 1;
            }
        }
        return names > 1;
    }

    private static void record(Span span, Found found) {
        if (span.part() != null) {
            found.parts.add(span.part());
        } else {
            found.asks.add(span.ask());
        }
    }

    /** The part words, part prefixes and ask words of a piece, longest first, left to right. */
    private List<Span> spans(List<String> words) {
        List<Span> spans = new ArrayList<>(2);
        int i = 0;
        while (i < words.size()) {
            Phrases.Match word = v.partWords.at(words, i);
            Phrases.Match prefix = v.partPrefixes.at(words, i);
            Phrases.Match ask = v.askWords.at(words, i);
            Phrases.Match best = longest(longest(word, prefix), ask);
            if (best == null) {
                i++;
                continue;
            }
            int end = best.end();
            if (best == prefix) {
                while (end < words.size() && !v.links.contains(words.get(end)) && !v.who.contains(words.get(end))) {
                    end++;
                }
            } else if (best != ask) {
                while (end < words.size() && v.fields.contains(words.get(end))) {
                    end++;
                }
            }
            spans.add(best == ask ? new Span(i, end, null, best.value()) : new Span(i, end, best.value(), null));
            i = end;
        }
        return spans;
    }

    private static Phrases.Match longest(Phrases.Match a, Phrases.Match b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.length() > a.length() ? b : a;
    }

    private static boolean covered(List<Span> spans, int i) {
        for (Span span : spans) {
            if (i >= span.start() && i < span.end()) {
                return true;
            }
        }
        return false;
    }

    private static int firstOutside(List<String> words, List<Span> spans, java.util.Set<String> set, int from,
                                    int to) {
        for (int i = from; i < to; i++) {
            if (set.contains(words.get(i)) && !covered(spans, i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean plausibleName(List<String> originals) {
        int named = 0;
        for (String original : originals) {
            String word = trimPunctuation(original);
            String norm = Phrases.norm(word);
            if (!NAME_WORD.matcher(word).matches() || v.notAName.contains(norm)) {
                return false;
            }
            if (!v.particles.contains(norm)) {
                named++;
            }
        }
        return named >= 1 && named <= MOST_NAME_WORDS;
    }

    /** An e-mail address or a link typed with the name: not part of it. */
    private static boolean contactDetail(String token) {
        return token.indexOf('@') >= 0 || token.contains("://") || token.toLowerCase(Locale.ROOT).startsWith("www.");
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The set a pronoun declaration names ("she/her", "they/them"), or null when the word is none. */
    private String declaredPronoun(String word) {
        int slash = word.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        String subject = word.substring(0, slash);
        ReadingVocabulary.PronounSet set = v.pronouns.get(subject);
        return set != null && set.any(word.substring(slash + 1)) ? subject : null;
    }

    /**
     * The pronoun the line gives the person: a declaration ("she/her", "they/them") first, else the
     * first word of the sets a line may reveal ("loved her take" -> "she"); empty when none.
     */
    private String pronoun(Found found) {
        if (found.declared != null) {
            return found.declared;
        }
        for (String word : found.allWords) {
            for (String set : v.guessedPronouns) {
                ReadingVocabulary.PronounSet pronouns = v.pronouns.get(set);
                if (pronouns != null && pronouns.any(word)) {
                    return set;
                }
            }
        }
        return "";
    }

    // Names are written the way names are: a word typed all in lower or upper case is given capitals
    // (marcus -> Marcus, ANA BELL -> Ana Bell, o'brien -> O'Brien, mcdonald -> McDonald); a word with
    // capitals of its own is kept as typed (McDonald, DeShawn, José); particles stay lower case
    // inside a name (van der Berg, de la Cruz).

    private List<String> writeName(List<String> originals) {
        boolean allUpper = originals.stream().allMatch(w -> w.equals(w.toUpperCase(Locale.ROOT)));
        List<String> written = new ArrayList<>(originals.size());
        for (int i = 0; i < originals.size(); i++) {
            String word = trimPunctuation(originals.get(i)).replace('\u2019', '\'');
            boolean lower = word.equals(word.toLowerCase(Locale.ROOT));
            boolean upper = word.equals(word.toUpperCase(Locale.ROOT));
            boolean initials = upper && !allUpper && word.replace(".", "").length() <= 2;
            if ((lower || upper) && !initials) {
                String norm = word.toLowerCase(Locale.ROOT);
                word = i > 0 && v.particles.contains(norm) ? norm : capitalise(norm);
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

    private String greeting(List<String> written, String title) {
        if (written.isEmpty()) {
            return "";
        }
        if (written.size() == 1 || startsWithParticle(written)) {
            String name = String.join(" ", written);
            return title.isEmpty() ? name : title + " " + name;
        }
        return written.get(0);
    }

    private String formal(List<String> written, String title) {
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
