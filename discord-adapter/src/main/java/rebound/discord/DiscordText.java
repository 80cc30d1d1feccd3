package rebound.discord;

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

    /** A code block that copies cleanly: a {@code ```} inside the body cannot close it early. */
    static String codeBlock(String body) {
        return "```\n" + body.replace("```", "`\u200b``") + "\n```";
    }
}
