package rebound.reading;

/**
 * What a member remembers about a person, made fit for a script (issue 12, section 2).
 *
 * <ul>
 *   <li>{@link Kind#NONE}: nothing to say ("nothing really", "n/a", "-", "idk"); text is empty.</li>
 *   <li>{@link Kind#PHRASE}: a noun phrase for "our conversation about ___" ("your move from Texas").</li>
 *   <li>{@link Kind#CLAUSE}: a whole clause that is no topic; it fits "I keep thinking about how ___"
 *       ("you asked about my logistics background").</li>
 *   <li>{@link Kind#SAY_IN_FEW_WORDS}: too long or several sentences; text is the member's own words,
 *       and the caller asks them to say it in a few words.</li>
 * </ul>
 */
public record Topic(Kind kind, String text) {

    public enum Kind { NONE, PHRASE, CLAUSE, SAY_IN_FEW_WORDS }

    public Topic {
        text = text == null ? "" : text;
    }

    /** No topic: the note says nothing about a conversation. */
    public static Topic none() {
        return new Topic(Kind.NONE, "");
    }

    /** Whether there is nothing to say about the conversation. */
    public boolean isNone() {
        return kind == Kind.NONE;
    }

    /** Whether {@link #text()} fits "our conversation about ___". */
    public boolean isPhrase() {
        return kind == Kind.PHRASE;
    }

    /** Whether {@link #text()} is a whole clause, for "I keep thinking about how ___". */
    public boolean isClause() {
        return kind == Kind.CLAUSE;
    }

    /** Whether the caller should ask the member to say it in a few words. */
    public boolean needsFewWords() {
        return kind == Kind.SAY_IN_FEW_WORDS;
    }
}
