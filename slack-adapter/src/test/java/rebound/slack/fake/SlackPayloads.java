package rebound.slack.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Request bodies shaped like Slack's documented ones: the slash command form, {@code event_callback}
 * with {@code message.im} and {@code app_home_opened}, {@code block_actions} and
 * {@code view_submission} as a {@code payload=} form field, {@code url_verification}.
 */
public final class SlackPayloads {

    public static final String APP_ID = "A0REBOUND";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FakeSlack slack;
    private final AtomicInteger ids = new AtomicInteger();

    public SlackPayloads(FakeSlack slack) {
        this.slack = slack;
    }

    public String nextId(String prefix) {
        return prefix + String.format("%08d", ids.incrementAndGet());
    }

    public String slashCommand(String user, String channel, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-verification-token");
        form.put("team_id", FakeSlack.TEAM);
        form.put("team_domain", "rebound-test");
        form.put("channel_id", channel);
        form.put("channel_name", channel.startsWith("D") ? "directmessage" : "job-search");
        form.put("user_id", user);
        form.put("user_name", user.toLowerCase());
        form.put("command", "/rejected");
        form.put("text", text);
        form.put("api_app_id", APP_ID);
        form.put("is_enterprise_install", "false");
        form.put("response_url", slack.responseUrl(nextId("cmd")));
        form.put("trigger_id", FakeSlack.triggerId(System.currentTimeMillis(), ids.incrementAndGet()));
        return form(form);
    }

    public ObjectNode dmEvent(String user, String text) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "message");
        event.put("channel", FakeSlack.dmOf(user));
        event.put("user", user);
        event.put("text", text);
        event.put("ts", "1700000100." + String.format("%06d", ids.incrementAndGet()));
        event.put("event_ts", event.get("ts").asText());
        event.put("channel_type", "im");
        event.put("team", FakeSlack.TEAM);
        return event;
    }

    public String eventCallback(String eventId, ObjectNode event) {
        ObjectNode body = JSON.createObjectNode();
        body.put("token", "legacy-verification-token");
        body.put("team_id", FakeSlack.TEAM);
        body.put("context_team_id", FakeSlack.TEAM);
        body.put("api_app_id", APP_ID);
        body.set("event", event);
        body.put("type", "event_callback");
        body.put("event_id", eventId);
        body.put("event_time", 1700000100);
        ArrayNode authorizations = body.putArray("authorizations");
        authorizations.addObject().put("team_id", FakeSlack.TEAM).put("user_id", FakeSlack.BOT_USER)
                .put("is_bot", true).put("is_enterprise_install", false);
        body.put("is_ext_shared_channel", false);
        return body.toString();
    }

    public String homeOpened(String eventId, String user) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "app_home_opened");
        event.put("user", user);
        event.put("channel", FakeSlack.dmOf(user));
        event.put("tab", "home");
        event.put("event_ts", "1700000200.000100");
        return eventCallback(eventId, event);
    }

    public String urlVerification(String challenge) {
        return JSON.createObjectNode().put("token", "legacy-verification-token").put("challenge", challenge)
                .put("type", "url_verification").toString();
    }

    /**
     * A block_actions payload for pressing {@code element} (as rendered in {@code block}) on a
     * message in {@code channel} (ephemeral or not), or on the Home tab when channel is null.
     */
    public String blockAction(String user, String channel, boolean ephemeral, String blockId,
            com.fasterxml.jackson.databind.JsonNode element, ObjectNode selected, ObjectNode state) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "block_actions");
        payload.putObject("user").put("id", user).put("username", user.toLowerCase())
                .put("name", user.toLowerCase()).put("team_id", FakeSlack.TEAM);
        payload.put("api_app_id", APP_ID);
        payload.put("token", "legacy-verification-token");
        ObjectNode container = payload.putObject("container");
        if (channel == null) {
            container.put("type", "view").put("view_id", "V0HOME");
            payload.putObject("view").put("id", "V0HOME").put("type", "home").put("team_id", FakeSlack.TEAM);
        } else {
            container.put("type", "message").put("message_ts", "1700000000.000001").put("channel_id", channel)
                    .put("is_ephemeral", ephemeral);
            payload.putObject("channel").put("id", channel).put("name", "directmessage");
            if (!ephemeral) {
                payload.putObject("message").put("type", "message").put("ts", "1700000000.000001")
                        .put("bot_id", FakeSlack.BOT_ID).put("text", "...");
            }
        }
        payload.put("trigger_id", FakeSlack.triggerId(System.currentTimeMillis(), ids.incrementAndGet()));
        payload.putObject("team").put("id", FakeSlack.TEAM).put("domain", "rebound-test");
        payload.put("is_enterprise_install", false);
        payload.put("response_url", slack.responseUrl(nextId("act")));
        if (state != null) {
            payload.set("state", state);
        }
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("action_id", element.path("action_id").asText());
        action.put("block_id", blockId);
        action.put("type", element.path("type").asText());
        action.put("action_ts", "1700000300.000100");
        if (element.has("value")) {
            action.put("value", element.path("value").asText());
        }
        if (element.has("text")) {
            action.set("text", element.get("text"));
        }
        if (selected != null) {
            action.set("selected_option", selected);
        }
        return form(Map.of("payload", payload.toString()));
    }

    /** A view_submission of the modal (as sent to views.open) with these values by field id. */
    public String viewSubmission(String user, com.fasterxml.jackson.databind.JsonNode view, Map<String, String> values) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "view_submission");
        payload.putObject("team").put("id", FakeSlack.TEAM).put("domain", "rebound-test");
        payload.putObject("user").put("id", user).put("username", user.toLowerCase())
                .put("name", user.toLowerCase()).put("team_id", FakeSlack.TEAM);
        payload.put("api_app_id", APP_ID);
        payload.put("token", "legacy-verification-token");
        payload.put("trigger_id", FakeSlack.triggerId(System.currentTimeMillis(), ids.incrementAndGet()));
        ObjectNode submitted = ((ObjectNode) view).deepCopy();
        submitted.put("id", "V0MODAL");
        submitted.put("team_id", FakeSlack.TEAM);
        submitted.put("app_id", APP_ID);
        submitted.put("hash", "1700000400.abcdef");
        ObjectNode stateValues = submitted.putObject("state").putObject("values");
        for (com.fasterxml.jackson.databind.JsonNode block : view.path("blocks")) {
            String blockId = block.path("block_id").asText();
            String actionId = block.path("element").path("action_id").asText();
            ObjectNode value = stateValues.putObject(blockId).putObject(actionId);
            value.put("type", "plain_text_input");
            if (values.containsKey(blockId)) {
                value.put("value", values.get(blockId));
            } else {
                value.putNull("value");
            }
        }
        payload.set("view", submitted);
        payload.putArray("response_urls");
        payload.put("is_enterprise_install", false);
        return form(Map.of("payload", payload.toString()));
    }

    public static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((key, value) -> {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return body.toString();
    }
}
