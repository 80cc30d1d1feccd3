package rebound.frontdoor;

import java.util.ArrayList;
import java.util.List;

/**
 * The one splitter and the one cutter every front door uses for a platform's length limits
 * (Slack's 3,000 characters a section, Discord's 2,000 a message, labels of 24 to 100). Neither
 * ever separates the two halves of a surrogate pair (an emoji), which the platforms refuse or
 * show as garbage. Lengths are counted in UTF-16 chars, as both platforms count them.
 */
public final class Texts {

    /** What a cut text ends with. */
    public static final String ELLIPSIS = "…";

    private Texts() {
    }

    /**
     * {@code text} in pieces of at most {@code limit} characters, cut at a line break, else at a
     * space, found in the second half of the piece; else cut hard. The break a piece was cut at is
     * dropped from the next one. Empty text is one empty piece.
     *
     * @throws IllegalArgumentException when {@code limit} is below 2
     */
    public static List<String> split(String text, int limit) {
        if (limit < 2) {
            throw new IllegalArgumentException("limit must be at least 2, not " + limit);
        }
        List<String> pieces = new ArrayList<>();
        String rest = text == null ? "" : text;
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf('\n', limit);
            if (cut < limit / 2) {
                cut = rest.lastIndexOf(' ', limit);
            }
            boolean atBreak = cut >= limit / 2;
            if (!atBreak) {
                cut = safeEnd(rest, limit);
            }
            pieces.add(rest.substring(0, cut));
            rest = atBreak ? rest.substring(cut + 1) : rest.substring(cut);
        }
        if (!rest.isEmpty() || pieces.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /**
     * {@code text} as it is when it has at most {@code limit} characters, else cut to
     * {@code limit} with {@link #ELLIPSIS} as its last character. Null is empty.
     */
    public static String cut(String text, int limit) {
        String value = text == null ? "" : text;
        if (value.length() <= limit) {
            return value;
        }
        return value.substring(0, safeEnd(value, limit - ELLIPSIS.length())) + ELLIPSIS;
    }

    /** The largest end at most {@code end} that does not split a surrogate pair. */
    private static int safeEnd(String text, int end) {
        return end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }
}
