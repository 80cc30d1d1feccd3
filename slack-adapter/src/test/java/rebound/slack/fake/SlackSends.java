package rebound.slack.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Message events Slack sends to the app's DM that our first fakes never did (issue 20, "The fakes
 * learn what the platforms send"), each rewritten from a DM {@link SlackPayloads#dmEvent} makes, in
 * the shapes of Slack's Events API documentation and of Bolt for Java's own fixtures.
 */
public final class SlackSends {

    private SlackSends() {
    }

    /**
     * The member edited {@code original} (a DM event as sent) to read {@code text}: a {@code message}
     * event with subtype {@code message_changed}, hidden, its own {@code ts}, the message as it now
     * reads (with {@code edited}) and as it read before.
     */
    public static ObjectNode edited(ObjectNode original, String text, String editTs) {
        ObjectNode event = original.objectNode();
        event.put("type", "message").put("subtype", "message_changed").put("hidden", true);
        ObjectNode now = event.putObject("message");
        now.put("type", "message").put("user", original.path("user").asText()).put("text", text)
                .put("ts", original.path("ts").asText()).put("team", original.path("team").asText());
        now.putObject("edited").put("user", original.path("user").asText()).put("ts", editTs);
        ObjectNode before = event.putObject("previous_message");
        before.put("type", "message").put("user", original.path("user").asText())
                .put("text", original.path("text").asText()).put("ts", original.path("ts").asText());
        event.put("channel", original.path("channel").asText());
        event.put("ts", editTs).put("event_ts", editTs).put("channel_type", "im");
        return event;
    }

    /**
     * Slack added a link preview to {@code original}: the same {@code message_changed} as an edit, but
     * the text is as it was and the message gains an {@code attachments} unfurl.
     */
    public static ObjectNode unfurled(ObjectNode original, String editTs) {
        ObjectNode event = edited(original, original.path("text").asText(), editTs);
        ObjectNode message = (ObjectNode) event.get("message");
        message.remove("edited");
        message.putArray("attachments").addObject().put("id", 1).put("from_url", "https://example.com/jobs/1")
                .put("title", "Product designer").put("fallback", "Product designer");
        return event;
    }

    /**
     * The member forwarded (shared) a message into the DM without a word of their own: a plain
     * {@code message} event whose {@code text} is empty and whose {@code attachments} hold the shared
     * message ({@code is_share}, {@code is_msg_unfurl}), as Slack unfurls a shared message.
     */
    public static ObjectNode forwarded(ObjectNode dm, String sharedText, String sharedFromChannel) {
        ObjectNode event = dm.deepCopy();
        event.put("text", "");
        ObjectNode shared = event.putArray("attachments").addObject();
        shared.put("ts", "1700000000.000200").put("channel_id", sharedFromChannel).put("channel_team", FakeSlack.TEAM)
                .put("is_msg_unfurl", true).put("is_share", true).put("id", 1)
                .put("from_url", "https://rebound-test.slack.com/archives/" + sharedFromChannel + "/p1700000000000200")
                .put("text", sharedText).put("fallback", "[December 1st, 2026 9:00 AM] " + sharedText)
                .put("author_id", dm.path("user").asText());
        shared.putArray("mrkdwn_in").add("text");
        shared.put("footer", "Posted in a direct message");
        return event;
    }
}
