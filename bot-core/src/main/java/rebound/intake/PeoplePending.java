package rebound.intake;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * What the people step waits for before it goes on (issue 12, section 1), kept with the intake so a
 * member can answer in their next message, on any front door, after a restart.
 *
 * @param waitsFor {@link Waits#PART}: the part of the person on {@code line} (a word that could mean two
 *                 parts, such as "PM"); {@link Waits#FEW_WORDS}: what they talked about with person
 *                 {@code person}, in a few words; {@link Waits#FIX}: the line that replaces person
 *                 {@code person}. Never null in a pending the intake keeps ({@link IntakeProgress} drops
 *                 one whose stored form this version does not know)
 * @param person   index into the people added (for {@code FEW_WORDS} and {@code FIX}), else -1
 * @param line     the line as the member typed it (for {@code PART}), else empty
 */
public record PeoplePending(Waits waitsFor, int person, String line) {

    /**
     * What the people step waits for. Stored in the member's JSON as the string of {@link #stored()}
     * ({@code "part"}, {@code "few_words"}, {@code "fix"}), as files of earlier versions hold it (issue 19:
     * it was that string in the record).
     */
    public enum Waits {
        PART("part"), FEW_WORDS("few_words"), FIX("fix");

        private final String stored;

        Waits(String stored) {
            this.stored = stored;
        }

        /** The string kept in the member's JSON for this. */
        @JsonValue
        public String stored() {
            return stored;
        }

        /** Reads the stored form; null for one this version does not know. */
        @JsonCreator
        public static Waits read(String stored) {
            return Arrays.stream(values()).filter(w -> w.stored.equals(stored)).findFirst().orElse(null);
        }
    }

    public PeoplePending {
        line = line == null ? "" : line;
    }

    /** Waiting for a few words about what they talked about with person {@code person}. */
    public static PeoplePending fewWords(int person) {
        return new PeoplePending(Waits.FEW_WORDS, person, "");
    }

    /** Waiting for the line that replaces person {@code person}. */
    public static PeoplePending fix(int person) {
        return new PeoplePending(Waits.FIX, person, "");
    }

    /** Whether this waits for {@code what}. */
    public boolean is(Waits what) {
        return what == waitsFor;
    }
}
