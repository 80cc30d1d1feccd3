package rebound.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what a member wrote about a person into a {@link Topic} that fits the script sentence "our
 * conversation about ___", written from the member to the note's reader (issue 12, section 2):
 * lead-ins are dropped ("we talked about his on-call rotation" -> "his on-call rotation"), the
 * reader's pronouns (and "their" before a noun, usually the company's) become "you" in a note to them ("your on-call rotation") and stay in the third
 * person in a note to someone else, non-answers ("nothing really", "n/a", "-", "idk") are no topic,
 * and a whole clause ("she asked about my logistics background") comes back as a clause for a frame
 * like "I keep thinking about how ___". Every word is from {@code topics.txt}.
 *
 * <p>Rules, not a statistical tagger: the details members write are short, and the few shapes that
 * make a clause (a subject pronoun, a verb first, a finite verb) are listed words. Pure; microseconds
 * per detail (see ReadingBenchmark).
 */
public final class TopicReader {

    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?;]\\s");

    private final ReadingVocabulary v;

    /** A reader over the loaded {@code topics.txt}; one instance serves every member and thread. */
    public TopicReader(ReadingVocabulary vocabulary) {
        this.v = vocabulary;
    }

    /** A word with the punctuation around it kept apart, so it can be replaced and put back. */
    private record Token(String before, String core, String after) {
        String norm() {
            return Phrases.norm(core);
        }

        @Override
        public String toString() {
            return before + core + after;
        }
    }

    /**
     * Reads one detail for one note.
     *
     * @param detail   what the member wrote ("we talked about his on-call rotation"); null or blank is no topic
     * @param audience whom the note goes to: the person the detail is about, or someone else
     * @return the topic; its text is written for that audience
     */
    public Topic read(String detail, Audience audience) {
        String text = detail == null ? "" : Phrases.SPACES.matcher(detail.strip()).replaceAll(" ");
        List<String> words = Phrases.words(text);
        if (words.isEmpty() || v.noTopic.contains(String.join(" ", words)) || text.chars().noneMatch(Character::isLetter)) {
            return Topic.none();
        }
        int start = 0;
        for (Phrases.Match lead = v.leadIns.at(words, 0); lead != null && start < words.size();
             lead = start < words.size() ? v.leadIns.at(words, start) : null) {
            start = lead.end();
        }
        List<Token> tokens = tokens(text);
        // Phrases.words drops tokens that are only punctuation; keep the two lists aligned.
        tokens.removeIf(t -> t.norm().isEmpty());
        List<Token> rest = new ArrayList<>(tokens.subList(start, tokens.size()));
        List<String> restWords = words.subList(start, words.size());
        if (rest.isEmpty() || v.noTopic.contains(String.join(" ", restWords))) {
            return Topic.none();
        }
        String restText = join(rest);
        if (rest.size() > v.longestTopic || SENTENCE_BREAK.matcher(restText).find()) {
            return new Topic(Topic.Kind.SAY_IN_FEW_WORDS, text);
        }
        if (!fitsASentence(restText, restWords)) {
            return Topic.none(); // when unsure, write less: no topic beats a broken or odd sentence (issue 18)
        }
        String first = restWords.get(0);
        if (v.questionWords.contains(first)) {
            return new Topic(Topic.Kind.PHRASE, finish(rewrite(rest, audience, false)));
        }
        if (v.subjects.contains(first) || v.contractions.containsKey(first)) {
            return new Topic(Topic.Kind.CLAUSE, finish(rewrite(rest, audience, false)));
        }
        if (v.clauseVerbs.contains(first)) {
            return new Topic(Topic.Kind.CLAUSE, finish(withSubject(rest, audience)));
        }
        for (int i = 1; i < restWords.size(); i++) {
            if (v.finiteVerbs.contains(restWords.get(i))) {
                return new Topic(Topic.Kind.CLAUSE, finish(rewrite(rest, audience, false)));
            }
        }
        return new Topic(Topic.Kind.PHRASE, finish(withArticle(rewrite(rest, audience, false))));
    }

    /**
     * Whether a topic is one a reader would recognise and be glad to be thanked for: not logistics or
     * pay ({@code not thanked for:} in topics.txt: "salary range", "start date"), not two things with a
     * comma left between them ("recuiter, the loop"), and not a thing named by a vague head word
     * ({@code vague head:}: "culture chat", "comp stuff").
     */
    private boolean fitsASentence(String restText, List<String> restWords) {
        return restText.indexOf(',') < 0 && v.notThankedFor.find(restWords) == null
                && !v.vagueHeads.contains(restWords.get(restWords.size() - 1));
    }

    /**
     * A bare singular thing gets "the" ({@code takes the:} in topics.txt): "SQL exercise" -> "the SQL
     * exercise", so "our conversation about ___" stays grammatical. A phrase that starts with a
     * determiner or pronoun ({@code lower case:}) already has one.
     */
    private List<Token> withArticle(List<Token> phrase) {
        Token first = phrase.get(0);
        Token last = phrase.get(phrase.size() - 1);
        if (v.lowerCase.contains(first.norm()) || !v.takesThe.contains(last.norm())) {
            return phrase;
        }
        List<Token> out = new ArrayList<>(phrase.size() + 1);
        out.add(new Token(first.before(), "the", ""));
        out.add(new Token("", first.core(), first.after()));
        out.addAll(phrase.subList(1, phrase.size()));
        return out;
    }

    /** A clause that starts with its verb takes the person as subject: "asked about X" -> "you asked about X". */
    private List<Token> withSubject(List<Token> rest, Audience audience) {
        List<Token> out = new ArrayList<>(rest.size() + 1);
        if (audience.toThatPerson()) {
            out.add(new Token("", v.toReader.get("subject"), ""));
            out.addAll(rewrite(rest, audience, true));
            return out;
        }
        String subject = !audience.firstName().isEmpty() ? audience.firstName()
                : !audience.pronoun().isEmpty() ? audience.pronoun()
                : lastPronounSet(); // topics.txt lists "they" last: for someone we know nothing about
        out.add(new Token("", subject, ""));
        out.addAll(rest);
        return out;
    }

    private String lastPronounSet() {
        String last = "";
        for (String name : v.pronouns.keySet()) {
            last = name;
        }
        return last;
    }

    /** In a note to the person the detail is about, their pronouns and name become "you" and "your". */
    private List<Token> rewrite(List<Token> tokens, Audience audience, boolean agreeFirst) {
        if (!audience.toThatPerson()) {
            return tokens;
        }
        List<ReadingVocabulary.PronounSet> theirs = personSets(audience);
        String name = audience.firstName().toLowerCase(Locale.ROOT);
        List<Token> out = new ArrayList<>(tokens.size());
        boolean agreeNext = agreeFirst;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String word = token.norm();
            boolean nextIsNoun = i + 1 < tokens.size() && token.after().isEmpty()
                    && !v.notANoun.contains(tokens.get(i + 1).norm());
            String replaced = null;
            boolean subject = false;
            if (agreeNext) {
                replaced = agree(word);
            } else if (v.contractions.containsKey(word) && isTheirs(theirs, "subject", word.substring(0, word.indexOf('\'')))) {
                replaced = v.contractions.get(word);
            } else if (isTheirs(theirs, "subject", word)) {
                replaced = v.toReader.get("subject");
                subject = true;
            } else if (isTheirs(theirs, "possessive", word) && (nextIsNoun || !isTheirs(theirs, "object", word)
                    && !isTheirs(theirs, "own", word))) {
                replaced = v.toReader.get("possessive");
            } else if (v.companyPossessives.contains(word) && nextIsNoun) {
                replaced = v.toReader.get("possessive"); // "their churn model", to someone who works there
            } else if (isTheirs(theirs, "object", word)) {
                replaced = v.toReader.get("object");
            } else if (isTheirs(theirs, "own", word)) {
                replaced = v.toReader.get("own");
            } else if (isTheirs(theirs, "self", word)) {
                replaced = v.toReader.get("self");
            } else if (!name.isEmpty() && (word.equals(name + "'s") || word.equals(name + "'"))) {
                replaced = v.toReader.get("name's");
            } else if (!name.isEmpty() && word.equals(name)) {
                replaced = v.toReader.get("object");
                subject = i + 1 < tokens.size() && !v.notANoun.contains(tokens.get(i + 1).norm());
            }
            agreeNext = subject;
            out.add(replaced == null ? token : new Token(token.before(), replaced, token.after()));
        }
        return out;
    }

    /** The verb after a subject that became "you": "leads" -> "lead", "is" -> "are"; else the word as it was. */
    private String agree(String word) {
        String whole = v.agree.get(word);
        if (whole != null) {
            return whole;
        }
        for (String[] ending : v.agreeEndings) {
            if (word.endsWith(ending[0]) && word.length() > ending[0].length() + 1
                    && !(ending[1].isEmpty() && word.endsWith(ending[0] + ending[0]))) {
                return word.substring(0, word.length() - ending[0].length()) + ending[1];
            }
        }
        return word;
    }

    private List<ReadingVocabulary.PronounSet> personSets(Audience audience) {
        List<ReadingVocabulary.PronounSet> sets = new ArrayList<>(2);
        if (!audience.pronoun().isEmpty() && v.pronouns.containsKey(audience.pronoun())) {
            sets.add(v.pronouns.get(audience.pronoun()));
            return sets;
        }
        for (String name : v.guessedPronouns) {
            ReadingVocabulary.PronounSet set = v.pronouns.get(name);
            if (set != null) {
                sets.add(set);
            }
        }
        return sets;
    }

    private static boolean isTheirs(List<ReadingVocabulary.PronounSet> sets, String form, String word) {
        for (ReadingVocabulary.PronounSet set : sets) {
            if (set.has(form, word)) {
                return true;
            }
        }
        return false;
    }

    private String finish(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        Token first = out.get(0);
        if (v.lowerCase.contains(first.norm())) {
            out.set(0, new Token(first.before(), first.core().toLowerCase(Locale.ROOT), first.after()));
        }
        String text = join(out);
        int end = text.length();
        while (end > 0 && ".!?;:,".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end).strip();
    }

    private static String join(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token token : tokens) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(token);
        }
        return out.toString();
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        for (String raw : text.split(" ")) {
            if (raw.isEmpty()) {
                continue;
            }
            int from = 0;
            int to = raw.length();
            while (from < to && "\"'(\u201c\u2018[".indexOf(raw.charAt(from)) >= 0) {
                from++;
            }
            while (to > from && ".,;:!?\"')\u201d\u2019]".indexOf(raw.charAt(to - 1)) >= 0) {
                to--;
            }
            tokens.add(new Token(raw.substring(0, from), raw.substring(from, to), raw.substring(to)));
        }
        return tokens;
    }
}
