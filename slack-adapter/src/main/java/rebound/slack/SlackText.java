package rebound.slack;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the core's tiny markup into Slack mrkdwn. Everything is escaped first ({@code &}, {@code <},
 * {@code >}), so text a member typed — {@code <!channel>}, {@code <@U123>} — shows as text and pings
 * no one; the core's markup uses none of these characters.
 */
final class SlackText {

    /** Slack's limit for one text object in a block. */
    static final int MAX_TEXT = 3000;

    private SlackText() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Escaped mrkdwn: {@code *bold*} stays, lines starting with {@code "- "} become bullets. */
    static String mrkdwn(String coreText) {
        String[] lines = escape(coreText).split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String line = lines[i];
            out.append(line.startsWith("- ") ? "• " + line.substring(2) : line);
        }
        return out.toString();
    }

    /** Splits text into pieces of at most {@code limit} characters, at line breaks where possible. */
    static List<String> split(String text, int limit) {
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf('\n', limit);
            if (cut <= 0) {
                cut = rest.lastIndexOf(' ', limit);
            }
            if (cut <= 0) {
                cut = limit;
                if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                    cut--;
                }
            }
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut).replaceFirst("^[\n ]", "");
        }
        if (!rest.isEmpty() || pieces.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /** Plain text cut to Slack's limit for labels (buttons, options), ending in an ellipsis if cut. */
    static String label(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        return text.substring(0, limit - 1) + "…";
    }
}
