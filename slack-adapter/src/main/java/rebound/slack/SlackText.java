package rebound.slack;


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

    /** A link as Slack sends it in message text: {@code <https://x.io|x.io>}, {@code <mailto:a@b.c>}. */
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile(
            "<((?:https?|mailto|tel):[^|>]*)(?:\\|([^>]*))?>");

    /**
     * What the member typed, from message text as Slack sends it: links back to the text shown
     * ({@code <http://acme.io|acme.io>} is {@code acme.io}, {@code <mailto:a@b.c|a@b.c>} is
     * {@code a@b.c}), then {@code &amp;}, {@code &lt;}, {@code &gt;} decoded. Mentions
     * ({@code <@U1>}, {@code <!here>}) stay as sent; they are escaped again on the way out, so they
     * ping no one. Rebound stores this, and escapes once when it shows it.
     */
    static String typed(String slackText) {
        if (slackText == null) {
            return "";
        }
        java.util.regex.Matcher link = LINK.matcher(slackText);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            String shown = link.group(2) != null && !link.group(2).isEmpty() ? link.group(2)
                    : link.group(1).replaceFirst("^mailto:", "").replaceFirst("^tel:", "");
            link.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(shown));
        }
        link.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
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
}
