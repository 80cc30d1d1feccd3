package rebound.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The core's tiny markup as Discord markdown, and long text cut to fit Discord's message limit. */
final class DiscordText {

    static final int MESSAGE_LIMIT = 2000;
    private static final Pattern BOLD = Pattern.compile("(?<![*\\w])\\*([^*\\n]+)\\*(?![*\\w])");

    private DiscordText() {
    }

    /** {@code *bold*} becomes {@code **bold**}; list items and line breaks already mean the same. */
    static String markdown(String text) {
        return BOLD.matcher(text).replaceAll("**$1**");
    }

    /** Pieces of at most {@code limit} characters, cut at a line break or space where there is one. */
    static List<String> split(String text, int limit) {
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf('\n', limit);
            if (cut < limit / 2) {
                cut = rest.lastIndexOf(' ', limit);
            }
            if (cut < limit / 2) {
                cut = limit;
            }
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || pieces.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /** A code block that copies cleanly: a {@code ```} inside the body cannot close it early. */
    static String codeBlock(String body) {
        return "```\n" + body.replace("```", "`\u200b``") + "\n```";
    }
}
