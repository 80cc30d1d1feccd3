package rebound.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a member's line about one person into pieces (issue 12, section 1): at commas, colons,
 * semicolons, brackets, a slash between spaces, an en or em dash, and a hyphen that stands free.
 * Only punctuation is in Java; what a piece means is read by {@link PieceReader}.
 */
final class LinePieces {

    private LinePieces() {
    }

    /**
     * The pieces of a line, cut at commas, colons, semicolons, brackets, a slash between spaces, an
     * en or em dash, and a hyphen that stands free ("Priya - HM", not "on-call" or "Jean-Luc").
     * Hand-written rather than a regular expression: it is most of the cost of a line.
     */
    static List<String> of(String text) {
        List<String> pieces = new ArrayList<>(4);
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            boolean cut;
            int skip = 1;
            if (i == n) {
                cut = true;
            } else {
                char c = text.charAt(i);
                if (",;:()[]{}\u2013\u2014".indexOf(c) >= 0) {
                    cut = true;
                } else if (c == '/') {
                    cut = i > 0 && i + 1 < n && Character.isWhitespace(text.charAt(i - 1))
                            && Character.isWhitespace(text.charAt(i + 1));
                } else if (c == '-') {
                    int end = i;
                    while (end < n && text.charAt(end) == '-') {
                        end++;
                    }
                    cut = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                            && (end == n || !Character.isLetterOrDigit(text.charAt(end)));
                    skip = end - i;
                } else {
                    cut = false;
                }
            }
            if (cut) {
                String piece = text.substring(start, i).strip();
                if (!piece.isEmpty()) {
                    pieces.add(piece);
                }
                start = i + skip;
                i += skip - 1;
            }
        }
        return pieces;
    }
}
