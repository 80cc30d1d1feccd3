package rebound.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * Payloads Discord sends that our first fakes never did (issue 20, "The fakes learn what the
 * platforms send"), each rewritten from a payload {@link Payloads} makes, as Discord's API
 * documentation shows them.
 */
public final class DiscordSends {

    private DiscordSends() {
    }

    /**
     * The interaction as in the documentation's own example of INTERACTION_CREATE: {@code channel_id}
     * only, no {@code channel} object (Discord documents {@code channel} as optional).
     */
    public static ObjectNode withoutChannel(ObjectNode interaction) {
        ObjectNode copy = interaction.deepCopy();
        copy.remove("channel");
        return copy;
    }

    /**
     * MESSAGE_UPDATE for {@code message} (as sent in MESSAGE_CREATE) edited to read {@code text}: the
     * whole message again, its {@code edited_timestamp} set.
     */
    public static ObjectNode edited(ObjectNode message, String text) {
        ObjectNode copy = message.deepCopy();
        copy.put("content", text).put("edited_timestamp", Instant.now().toString());
        return copy;
    }

    /**
     * {@code message} written as a reply to the bot's message {@code repliedTo} (a message the fake
     * stored when the bot posted it): type 19, a {@code message_reference} of type 0 (DEFAULT) and
     * the {@code referenced_message}.
     */
    public static ObjectNode reply(ObjectNode message, com.fasterxml.jackson.databind.JsonNode repliedTo) {
        ObjectNode copy = message.deepCopy();
        copy.put("type", 19);
        copy.putObject("message_reference").put("type", 0).put("message_id", repliedTo.path("id").asText())
                .put("channel_id", repliedTo.path("channel_id").asText()).put("fail_if_not_exists", false);
        copy.set("referenced_message", repliedTo);
        return copy;
    }

    /**
     * {@code message} as a forward, with nothing of the member's own: empty content, a
     * {@code message_reference} of type 1 (FORWARD) to a message in another channel, its copy in
     * {@code message_snapshots}, and the HAS_SNAPSHOT flag (1 << 14).
     */
    public static ObjectNode forwarded(ObjectNode message, String forwardedText, String fromChannelId,
            String fromMessageId) {
        ObjectNode copy = message.deepCopy();
        copy.put("content", "").put("flags", 1 << 14);
        copy.putObject("message_reference").put("type", 1).put("message_id", fromMessageId)
                .put("channel_id", fromChannelId);
        ObjectNode snapshot = copy.putArray("message_snapshots").addObject().putObject("message");
        snapshot.put("type", 0).put("content", forwardedText).put("timestamp", Instant.now().minusSeconds(3600).toString())
                .putNull("edited_timestamp").put("flags", 0);
        snapshot.putArray("mentions");
        snapshot.putArray("mention_roles");
        snapshot.putArray("attachments");
        snapshot.putArray("embeds");
        snapshot.putArray("components");
        return copy;
    }

    /** {@code message} with only an attachment (a screenshot, say): empty content, one image. */
    public static ObjectNode attachmentOnly(ObjectNode message, String attachmentId) {
        ObjectNode copy = message.deepCopy();
        copy.put("content", "");
        copy.putArray("attachments").addObject().put("id", attachmentId).put("filename", "rejection.png")
                .put("size", 48213).put("url", "https://cdn.discordapp.com/attachments/1/" + attachmentId + "/rejection.png")
                .put("proxy_url", "https://media.discordapp.net/attachments/1/" + attachmentId + "/rejection.png")
                .put("content_type", "image/png").put("width", 800).put("height", 600);
        return copy;
    }
}
