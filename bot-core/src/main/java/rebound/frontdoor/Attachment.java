package rebound.frontdoor;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A file sent with a message: {@code name} as the member will save it ({@code rebound-export.json}),
 * its {@code mediaType} ({@code text/csv}, {@code text/calendar}, ...) and its {@code content}, in
 * bytes (text is UTF-8). Used for what is too big or too structured for a message (issue 20, item 9;
 * issue 21): the export, the table of rejections, the calendar of follow-ups.
 *
 * <p>Sizes are in bytes. The platforms' limits, each front door checks the ones it meets:
 * <ul>
 *   <li>Slack: one file up to {@value #SLACK_MOST_BYTES} bytes (1 GB; {@code files.getUploadURLExternal},
 *       "length" of the file in bytes, and Slack's help centre "Upload files to Slack").</li>
 *   <li>Discord: all the files of one message together up to {@value #DISCORD_MOST_BYTES} bytes (10 MiB
 *       for a bot in a server without boosts, Discord's "Uploading Files" reference) and at most
 *       {@value #DISCORD_MOST_FILES} files per message.</li>
 * </ul>
 */
public record Attachment(String name, String mediaType, byte[] content) {

    /** Slack's largest file, in bytes. */
    public static final long SLACK_MOST_BYTES = 1_000_000_000L;
    /** Discord's largest total of one message's files for a bot without boosts, in bytes. */
    public static final long DISCORD_MOST_BYTES = 10L * 1024 * 1024;
    /** Discord's most files on one message. */
    public static final int DISCORD_MOST_FILES = 10;

    public Attachment {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an attachment needs a file name");
        }
        mediaType = mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType;
        content = content == null ? new byte[0] : content.clone();
    }

    /** A text file: {@code text} written as UTF-8. */
    public static Attachment text(String name, String mediaType, String text) {
        return new Attachment(name, mediaType, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy of the bytes, so no one changes the file after it was made. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Its size in bytes. */
    public int size() {
        return content.length;
    }

    /** True for a text type ({@code text/*}, JSON): one a front door may show as text rather than bytes. */
    public boolean isText() {
        String type = mediaType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.startsWith("application/json");
    }

    /** The content read as UTF-8 text. */
    public String asText() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that && name.equals(that.name) && mediaType.equals(that.mediaType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + mediaType.hashCode()) + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Attachment[" + name + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
