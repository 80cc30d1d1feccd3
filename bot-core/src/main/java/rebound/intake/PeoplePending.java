package rebound.intake;

/**
 * What the people step waits for before it goes on (issue 12, section 1), kept with the intake so a
 * member can answer in their next message, on any front door, after a restart.
 *
 * @param waitsFor {@link #PART}: the part of the person on {@code line} (a word that could mean two
 *                 parts, such as "PM"); {@link #FEW_WORDS}: what they talked about with person
 *                 {@code person}, in a few words; {@link #FIX}: the line that replaces person {@code person}
 * @param person   index into the people added (for {@code FEW_WORDS} and {@code FIX}), else -1
 * @param line     the line as the member typed it (for {@code PART}), else empty
 */
public record PeoplePending(String waitsFor, int person, String line) {

    public static final String PART = "part";
    public static final String FEW_WORDS = "few_words";
    public static final String FIX = "fix";

    public PeoplePending {
        line = line == null ? "" : line;
    }

    /** Waiting for a few words about what they talked about with person {@code person}. */
    public static PeoplePending fewWords(int person) {
        return new PeoplePending(FEW_WORDS, person, "");
    }

    /** Waiting for the line that replaces person {@code person}. */
    public static PeoplePending fix(int person) {
        return new PeoplePending(FIX, person, "");
    }

    public boolean is(String what) {
        return what.equals(waitsFor);
    }
}
