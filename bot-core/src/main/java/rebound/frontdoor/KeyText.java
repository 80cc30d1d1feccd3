package rebound.frontdoor;

/**
 * The one check of text that names something kept: a member key or a delivery id. It is done once,
 * where an event comes in ({@link rebound.frontdoor.Inbound}), so nothing further in needs to
 * wonder: a key is 1 to {@link #LONGEST} characters of well-formed UTF-16 (no lone surrogate, which a
 * database would store as {@code ?} and so mix up with another member), with no control character
 * (U+0000 to U+001F, U+007F to U+009F) and no noncharacter U+FFFE or U+FFFF.
 */
public final class KeyText {

    /** Longest member key or delivery id, in UTF-16 characters: they are kept with the member's state. */
    public static final int LONGEST = 200;

    private KeyText() {
    }

    /**
     * Returns {@code value} when it may name something kept.
     *
     * @param field what the value is, as a member would name it in an error ({@code member}, {@code id})
     * @throws Refused naming the field and what is wrong, in plain words
     */
    public static String check(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new Refused("\"" + field + "\" is required (a non-empty string)");
        }
        if (value.length() > LONGEST) {
            throw new Refused("\"" + field + "\" may hold at most " + LONGEST + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new Refused("\"" + field + "\" holds a broken character (a lone UTF-16 surrogate, "
                        + String.format("\\u%04x", (int) c) + ")");
            } else if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
                throw new Refused("\"" + field + "\" may not hold control characters such as "
                        + String.format("U+%04X", (int) c));
            }
        }
        return value;
    }

    /** A key that may not be kept; the message says why, in words for the person who sent it. */
    public static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }
}
