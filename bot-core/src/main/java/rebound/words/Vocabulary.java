package rebound.words;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every word Rebound understands outside the intake's options, read from the {@code understand_*}
 * lines of {@code words.txt} (a comma-separated list each), so a community can add its own words or
 * translate them. Words are compared after {@link #normalize(String)}.
 */
public final class Vocabulary {

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{Punct}&&[^&+,;/]]+$");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\p{Punct}&&[^&+,;/]]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** What a typed word can mean; each is one {@code understand_<meaning>:} line of {@code words.txt}. */
    public enum Meaning {
        /** Outside the intake: start logging a rejection (or continue). */
        START(Line.UNDERSTAND_START),
        HELP(Line.UNDERSTAND_HELP),
        LIST(Line.UNDERSTAND_LIST),
        UPDATE(Line.UNDERSTAND_UPDATE),
        BACK(Line.UNDERSTAND_BACK),
        SKIP(Line.UNDERSTAND_SKIP),
        CANCEL(Line.UNDERSTAND_CANCEL),
        RESTART(Line.UNDERSTAND_RESTART),
        /** At the summary: write the drafts. */
        CONFIRM(Line.UNDERSTAND_CONFIRM),
        /** At the summary, followed by a step: change that answer ("edit tone"). */
        EDIT(Line.UNDERSTAND_EDIT),
        YES(Line.UNDERSTAND_YES),
        NO(Line.UNDERSTAND_NO),
        /** At the people step: no one more to add. */
        DONE(Line.UNDERSTAND_DONE),
        /** Where several options may be picked: every one of them. */
        ALL(Line.UNDERSTAND_ALL),
        /** Joins several picks, like a comma ("thank and feedback"). */
        AND(Line.UNDERSTAND_AND),
        /** Just before an option's name, says it is not meant ("not sure"). */
        NOT(Line.UNDERSTAND_NOT),
        /** Asked who answered after {@code /rejected update}: the company, not one of the people named. */
        COMPANY(Line.UNDERSTAND_COMPANY),
        /** At a free-text step: a greeting, not an answer ("hi"). */
        GREETING(Line.UNDERSTAND_GREETING),
        /** At a free-text step: a question about Rebound, not an answer ("what is this"). */
        QUESTION(Line.UNDERSTAND_QUESTION),
        /** At a free-text step: the member doesn't know ("idk"). */
        UNSURE(Line.UNDERSTAND_UNSURE),
        /** At a free-text step: the start of a question typed without "?" ("what is this for"), issue 18. */
        QUESTION_START(Line.UNDERSTAND_QUESTION_START),
        /** At the company question: a phrase about the no where the word "company" stands for the name ("rejected by company"). */
        COMPANY_SAID(Line.UNDERSTAND_COMPANY_SAID),
        /** At the company question: words that make an answer a sentence about the no, not a name ("rejected"). */
        REJECTION_SAID(Line.UNDERSTAND_REJECTION_SAID),
        /** At the company question: words no name taken out of a sentence holds ("me", "after", "today"). */
        NOT_IN_NAME(Line.UNDERSTAND_NOT_IN_NAME);

        private final Line line;

        Meaning(Line line) {
            this.line = line;
        }
    }

    private final Map<Meaning, List<String>> words;
    private final Map<Meaning, Set<String>> lookup = new EnumMap<>(Meaning.class);

    private Vocabulary(Map<Meaning, List<String>> words) {
        this.words = words;
        words.forEach((meaning, list) -> lookup.put(meaning, Set.copyOf(list)));
    }

    /** The vocabulary of a loaded {@code words.txt} (its {@code understand_*} lines are required there). */
    public static Vocabulary of(Words lines) {
        Map<Meaning, List<String>> words = new EnumMap<>(Meaning.class);
        for (Meaning meaning : Meaning.values()) {
            List<String> list = new ArrayList<>();
            for (String word : lines.say(meaning.line).split(",")) {
                String normalized = normalize(word);
                if (!normalized.isEmpty()) {
                    list.add(normalized);
                }
            }
            words.put(meaning, List.copyOf(list));
        }
        return new Vocabulary(words);
    }

    /** True when the whole of {@code typed} is one of the words for {@code meaning}. */
    public boolean means(Meaning meaning, String typed) {
        return is(meaning, normalize(typed));
    }

    /** Like {@link #means}, for a text already {@link #normalize(String) normalized} (checked against several meanings). */
    public boolean is(Meaning meaning, String normalized) {
        return lookup.get(meaning).contains(normalized);
    }

    /**
     * Whether {@code typed}, where a name or a word is expected, asks something instead: it ends in "?",
     * is one of the {@code understand_question} phrases ("what is this") or starts with one of
     * {@code understand_question_start} ("what is this for"). The one rule for a free-text step and for
     * a text typed with nothing under way.
     */
    public boolean asks(String typed) {
        String normalized = normalize(typed);
        return typed.strip().endsWith("?") || is(Meaning.QUESTION, normalized)
                || startsWith(Meaning.QUESTION_START, normalized);
    }

    /**
     * Whether a normalized text starts with one of the words or phrases of {@code meaning} followed by
     * more words ("what is this for" starts with "what is").
     */
    public boolean startsWith(Meaning meaning, String normalized) {
        for (String word : words.get(meaning)) {
            if (normalized.startsWith(word + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The words for {@code meaning}, normalized, in the order written: the first is the main one. */
    public List<String> words(Meaning meaning) {
        return words.get(meaning);
    }

    /**
     * What follows one of the words for {@code meaning} at the start of a normalized text ("edit tone"
     * gives "tone" for {@link Meaning#EDIT}), or null when it does not start with one.
     */
    public String after(Meaning meaning, String normalized) {
        String text = normalized;
        for (String word : words.get(meaning)) {
            if (text.startsWith(word + " ")) {
                return text.substring(word.length() + 1).strip();
            }
        }
        return null;
    }

    /** Lower case, no punctuation around, single spaces, {@code _} read as a space: how typed words are compared. */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        String text = typed.toLowerCase(Locale.ROOT);
        text = TRAILING_PUNCTUATION.matcher(text).replaceAll("");
        text = LEADING_PUNCTUATION.matcher(text).replaceAll("");
        return SPACES.matcher(text.replace('_', ' ')).replaceAll(" ").strip();
    }
}
