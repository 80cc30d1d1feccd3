package rebound.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one piece of a line about a person (issue 12, section 1): a part, a name, both ("recruiter
 * Dana Smith"), a name or part joined to a place by a link word ("Jen from HR": the place is
 * dropped), a who-clause, or what they talked about. A part word or a pronoun is never taken for a
 * name. Every word comes from {@code people.txt}; {@link ContactReader} puts the pieces together.
 */
final class PieceReader {

    /** Where a part word, part prefix or ask word lies in a piece's words: the part, or the ask word. */
    record Span(int start, int end, String part, String ask) {
    }

    /** What the pieces of one line have given so far. */
    static final class Found {
        List<String> nameWords;
        String title = "";
        final List<String> parts = new ArrayList<>();
        final List<String> asks = new ArrayList<>();
        final List<String> topics = new ArrayList<>();
        boolean several;
        final List<String> allWords = new ArrayList<>();
        String declared;
        /** A nickname typed in quotes inside the name ("Bartholomew 'Bart' Simpson-Jones"), else null. */
        String nickname;
        /** Whether the last piece was a bare title whose field may follow in the next one ("Director, Design"). */
        boolean titleOpen;
        /** Whether a piece named people by a group word and no name ("two panel folks"): no later piece names them. */
        boolean nameless;
    }

    private final ReadingVocabulary v;
    private final Names names;
    private final Remarks remarks;

    private final PartSlips slips;

    PieceReader(ReadingVocabulary vocabulary, Names names) {
        this.v = vocabulary;
        this.names = names;
        this.remarks = new Remarks(vocabulary);
        this.slips = new PartSlips(vocabulary);
    }

    /** Reads one piece of a line into what is found so far (the name, parts, questions, topics). */
    void readPiece(String piece, Found found) {
        String[] raw = Phrases.SPACES.split(piece);
        if (raw.length > 1 && heading(raw[0]) && !heading(raw[raw.length - 1])) {
            return; // "🚀 Launch": a piece that starts with an emoji is a heading, never a person ("😀 Dana 😀" is)
        }
        List<String> originals = new ArrayList<>(raw.length);
        List<String> words = new ArrayList<>(raw.length);
        for (String token : raw) {
            String nickname = quoted(token);
            if (nickname != null && found.nickname == null && !originals.isEmpty()) {
                found.nickname = nickname;
                continue;
            }
            String norm = Phrases.norm(token);
            found.allWords.add(norm);
            String declared = declaredPronoun(norm);
            if (declared != null && found.declared == null) {
                found.declared = declared;
            }
            if (!norm.isEmpty() && !contactDetail(token) && declared == null
                    && !v.afterName.contains(norm)) {
                originals.add(token);
                words.add(slips.unslipped(norm));
            }
        }
        if (words.isEmpty()) {
            return;
        }
        boolean titleOpen = found.titleOpen;
        found.titleOpen = false;
        if (titleOpen && words.stream().allMatch(w -> v.fields.contains(w) || v.titleWords.contains(w))
                && spans(words).isEmpty()) {
            return; // the rest of a title just read ("Director, Design")
        }
        Phrases.Match noName = v.noName.find(words);
        if (noName != null && noName.start() > 0 && originals.size() == words.size()) {
            // "two panel folks whose names I forgot": the people before the remark, without names
            readPiece(String.join(" ", originals.subList(0, noName.start())), found);
            return;
        }
        if (remarks.readWords(words)) {
            found.topics.add(piece); // a note to self is never a name ("kinda flaky tbh"); ContactReader drops it
            return;
        }
        if (noName != null || v.noTopic.contains(String.join(" ", words))
                || words.stream().allMatch(w -> v.notAName.contains(w) || v.fillers.contains(w))) {
            return;
        }
        List<Span> spans = spans(words);
        found.titleOpen = !spans.isEmpty() && spans.get(0).part() != null
                && words.stream().allMatch(w -> v.partWords.at(List.of(w), 0) != null || v.fillers.contains(w)
                || v.titleWords.contains(w) && !v.fields.contains(w));
        int whoAt = firstOutside(words, spans, v.who, 0, words.size());
        int headEnd = whoAt < 0 ? words.size() : whoAt;
        int linkAt = firstOutside(words, spans, v.links, 0, headEnd);
        int leftEnd = linkAt < 0 ? headEnd : linkAt;
        List<String> nameWords = new ArrayList<>();
        String title = "";
        boolean gap = false;
        boolean broken = false; // a name has no filler or part word inside it: "yawned a lot" is not one
        for (int i = 0; i < leftEnd; i++) {
            boolean familyFirst = !nameWords.isEmpty() && v.familyFirst.contains(Phrases.norm(nameWords.get(0)));
            if (familyFirst && !covered(spans, i) && hasLetter(words.get(i))) {
                nameWords.add(originals.get(i)); // "nguyen van an": every word of such a name is the name
                continue;
            }
            if (covered(spans, i) || v.fillers.contains(words.get(i)) || !hasLetter(words.get(i))) {
                gap = gap || !nameWords.isEmpty();
                continue;
            }
            broken = broken || gap;
            if (nameWords.isEmpty() && v.titles.containsKey(words.get(i))) {
                String typed = v.titles.get(words.get(i));
                if (title.isEmpty() || v.titleRank.indexOf(typed) < v.titleRank.indexOf(title)) {
                    title = typed; // "Herr Dr Klaus Becker": Dr. outranks Mr.
                }
                continue;
            }
            nameWords.add(originals.get(i));
        }
        boolean thing = v.articles.contains(words.get(0)) && !nameWords.isEmpty()
                && nameWords.stream().allMatch(w -> w.equals(w.toLowerCase(Locale.ROOT))); // "the roadmap"
        boolean personLike = nameWords.isEmpty() || !broken && !thing && names.plausible(nameWords);
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
        if (nameWords.isEmpty() && !spans.isEmpty() && words.stream().anyMatch(v.groupWords::contains)) {
            found.nameless = true; // "two panel folks, interviewers, on-call war stories": no name follows
        }
        if (!personLike || (!nameWords.isEmpty() && (found.nameWords != null || found.nameless))) {
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
        return names.plausible(originals.subList(start, end)) ? end : 0;
    }

    /** Whether the words before a link are two names or more joined by "and" ("Dana and Sam"). */
    private boolean severalNames(List<String> originals, List<String> words, int end, List<Span> spans) {
        int named = 0;
        int from = 0;
        for (int i = 0; i <= end; i++) {
            if (i == end || v.joiners.contains(words.get(i))) {
                List<String> group = new ArrayList<>();
                for (int j = from; j < i; j++) {
                    if (!covered(spans, j) && !v.fillers.contains(words.get(j))) {
                        group.add(originals.get(j));
                    }
                }
                if (group.isEmpty() || !names.plausible(group)) {
                    return false;
                }
                named++;
                from = i + 1;
            }
        }
        return named > 1;
    }

    private static void record(Span span, Found found) {
        if (span.part() != null) {
            found.parts.add(span.part());
        } else {
            found.asks.add(span.ask());
        }
    }

    /** The part words, part prefixes and ask words of a piece, longest first, left to right. */
    List<Span> spans(List<String> words) {
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
            int start = i;
            if (best != ask) {
                // "eng manager", "Sr. Eng Mgr", "senior data scientist": the title's own words before its head word
                while (start > 0 && v.titleWords.contains(words.get(start - 1)) && !covered(spans, start - 1)) {
                    start--;
                }
                while (end < words.size() && v.titleWords.contains(words.get(end)) && best != prefix) {
                    end++;
                }
            }
            spans.add(best == ask ? new Span(start, end, null, best.value()) : new Span(start, end, best.value(), null));
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

    /** A word wrapped in quotes ('Bart', "Bart", “Bart”): a nickname inside a name; else null. */
    private static String quoted(String token) {
        if (token.length() < 3) {
            return null;
        }
        char first = token.charAt(0);
        char last = token.charAt(token.length() - 1);
        boolean opens = "'\"\u201c\u2018".indexOf(first) >= 0;
        boolean closes = "'\"\u201d\u2019".indexOf(last) >= 0;
        String inner = token.substring(1, token.length() - 1);
        return opens && closes && hasLetter(inner) ? inner : null;
    }

    /** Whether a first word is an emoji or pictograph and no word ("🚀", "✅"). */
    private static boolean heading(String token) {
        return !hasLetter(token) && Remarks.hasEmoji(token);
    }

    /** An e-mail address, a link or a handle typed with the name: not part of it. */
    private static boolean contactDetail(String token) {
        return token.length() > 1 && token.indexOf('@') >= 0 || token.contains("://") || token.toLowerCase(Locale.ROOT).startsWith("www.")
                || handle(token);
    }

    /** A handle or address typed for a name ("dana.smith"): letters on both sides of a dot, two or more each. */
    private static boolean handle(String token) {
        int dot = token.indexOf('.');
        if (dot < 2 || dot > token.length() - 3) {
            return false;
        }
        return Character.isLetter(token.charAt(dot - 1)) && Character.isLetter(token.charAt(dot - 2))
                && Character.isLetter(token.charAt(dot + 1)) && Character.isLetter(token.charAt(dot + 2));
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
}
