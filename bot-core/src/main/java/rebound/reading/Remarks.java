package rebound.reading;

import java.util.List;

/**
 * Tells a note to self from a topic (issue 18): what a member writes about a person for themself
 * ("kinda rude tbh", "I bombed the case study lol", "she said I wasn't a culture fit", "super nice")
 * is never a topic, so no note ever quotes it. Every word is {@code people.txt}'s {@code [remarks]}.
 *
 * <p>A detail is a remark when it holds slang or an emoji, the member judging themself or how it went
 * ({@code about me:}), what the person said or thought of the member ({@code said about me:}), how they behaved ({@code complaint:}), a clause about the person
 * ({@code about them:}: "he was super apologetic", "she said she'd push for me"), or only
 * words that judge the person ({@code judgement:}, with the {@code small:} words around them); a short
 * detail that says the member did not like them ({@code disliked:}) is one too, and marks them.
 */
public final class Remarks {

    /** Longest detail, in words, that a {@code disliked:} phrase alone makes a remark ("rude", "not a fan"). */
    private static final int SHORT_REMARK = 8;

    /**
     * How a detail reads.
     *
     * @param remark   whether it is a note to self (then it is no topic)
     * @param disliked whether it says the member did not like the person
     */
    public record Remark(boolean remark, boolean disliked) {
        static final Remark NONE = new Remark(false, false);
    }

    private final ReadingVocabulary v;

    /** Remarks read with the loaded {@code people.txt}; one instance serves every member and thread. */
    public Remarks(ReadingVocabulary vocabulary) {
        this.v = vocabulary;
    }

    /**
     * Reads one detail a member wrote about a person.
     *
     * @param detail what they wrote ("kinda rude tbh", "their migration to Kotlin"); null or blank is no remark
     * @return whether it is a remark, and whether it says the member did not like the person
     */
    public Remark read(String detail) {
        if (detail == null || detail.isBlank()) {
            return Remark.NONE;
        }
        List<String> words = Phrases.words(detail);
        boolean remark = hasEmoji(detail) || readWords(words);
        return remark ? new Remark(true, v.disliked.find(words) != null) : Remark.NONE;
    }

    /**
     * Whether the words of a piece of a line are a remark, emoji aside (an emoji beside a name, "😀 Dana 😀",
     * is decoration; {@link #read} counts it in a detail).
     */
    boolean readWords(List<String> words) {
        boolean disliked = v.disliked.find(words) != null;
        return v.slang.find(words) != null || v.aboutMe.find(words) != null
                || !words.isEmpty() && v.aboutMeFirst.at(words, 0) != null || v.saidAboutMe.find(words) != null
                || v.complaint.find(words) != null || onlyJudgement(words) || disliked && words.size() <= SHORT_REMARK
                || aboutThem(words);
    }

    /**
     * Whether the words are a clause about the person ("he was super apologetic"), and not what they
     * talked about after a lead-in of topics.txt ("she showed me their test harness").
     */
    private boolean aboutThem(List<String> words) {
        return words.size() > 1 && v.aboutThem.contains(words.get(0)) && v.leadIns.at(words, 0) == null;
    }

    /** Whether every word judges the person or is a small word around such a word, with one judging word at least. */
    private boolean onlyJudgement(List<String> words) {
        boolean judged = false;
        int i = 0;
        while (i < words.size()) {
            Phrases.Match match = v.judgement.at(words, i);
            if (match != null) {
                judged = true;
                i = match.end();
            } else if (v.remarkSmall.contains(words.get(i))) {
                i++;
            } else {
                return false;
            }
        }
        return judged;
    }

    /** Whether the text holds an emoji or another pictograph (a member's feeling, never a topic). */
    static boolean hasEmoji(String text) {
        return text.codePoints().anyMatch(Remarks::isEmoji);
    }

    /** Whether a code point is an emoji or pictograph (Unicode's "other symbol", or the emoji blocks). */
    static boolean isEmoji(int codePoint) {
        return Character.getType(codePoint) == Character.OTHER_SYMBOL || codePoint >= 0x1F000 && codePoint <= 0x1FAFF;
    }
}
