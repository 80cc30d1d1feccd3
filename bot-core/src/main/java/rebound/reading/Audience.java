package rebound.reading;

/**
 * Who will read the note a topic goes into, as {@link TopicReader} needs it.
 *
 * @param toThatPerson whether the note goes to the person the detail is about: then "her move"
 *                     becomes "your move"; otherwise the third person is kept
 * @param firstName    that person's first name as the member wrote it ("Sandy"), or empty; "Sandy's
 *                     move" becomes "your move" in a note to Sandy, and a clause with no subject
 *                     ("asked about my background") takes the name in a note to someone else
 * @param pronoun      the subject form of their pronoun ("she", "he", "they"), or empty when not
 *                     known: then "she" and "he" both stand for them, "they" never does (it is
 *                     usually the company)
 */
public record Audience(boolean toThatPerson, String firstName, String pronoun) {

    public Audience {
        firstName = firstName == null ? "" : firstName.strip();
        pronoun = pronoun == null ? "" : pronoun.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** A note to the person the detail is about. */
    public static Audience to(String firstName, String pronoun) {
        return new Audience(true, firstName, pronoun);
    }

    /** A note to someone else that mentions the person the detail is about. */
    public static Audience about(String firstName, String pronoun) {
        return new Audience(false, firstName, pronoun);
    }
}
