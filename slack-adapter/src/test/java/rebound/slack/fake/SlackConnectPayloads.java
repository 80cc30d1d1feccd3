package rebound.slack.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What Slack sends when a Slack Connect user, a member of a partner organisation who shares a
 * channel or a DM with this workspace, talks to the app (issue 20, item 4). The shapes follow Slack's
 * own shared-channel fixtures in Bolt for Java (EventRequestTest, EventInSharedChannelsTest,
 * ViewClosedRequestTest, ViewSubmissionRequest): in an event, the envelope's {@code team_id} and the
 * message's {@code team}, {@code user_team} and {@code source_team} name the partner's workspace
 * while {@code authorizations} names this install's; in an interaction, {@code team.id},
 * {@code user.team_id}, {@code view.team_id} and {@code enterprise} name the partner's, and only a
 * view's {@code app_installed_team_id} names this install's. The user's id is their own, as Slack
 * ids are unique across organisations ({@code W...} for an Enterprise Grid user).
 */
public final class SlackConnectPayloads {

    /** The partner organisation's workspace, where the user's account lives. */
    public static final String PARTNER_TEAM = "T0PARTNER";
    /** The partner's Enterprise Grid organisation. */
    public static final String PARTNER_ORG = "E0PARTNER";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SlackPayloads payloads;

    public SlackConnectPayloads(SlackPayloads payloads) {
        this.payloads = payloads;
    }

    /** A DM from the partner's user to the app, as the Events API delivers it to this install. */
    public String dmEvent(String eventId, String user, String text) {
        ObjectNode event = payloads.dmEvent(user, text);
        event.put("team", PARTNER_TEAM);
        event.put("user_team", PARTNER_TEAM);
        event.put("source_team", PARTNER_TEAM);
        ObjectNode body = read(payloads.eventCallback(eventId, event));
        body.put("team_id", PARTNER_TEAM);
        body.put("is_ext_shared_channel", true);
        return body.toString();
    }

    /**
     * A {@code block_actions} or {@code view_submission} body made by {@link SlackPayloads}, as the
     * partner's user sends it: the payload's team, user and view name their home workspace.
     */
    public String interaction(String formBody) {
        String json = URLDecoder.decode(formBody.substring("payload=".length()), StandardCharsets.UTF_8);
        ObjectNode payload = read(json);
        payload.putObject("team").put("id", PARTNER_TEAM).put("domain", "partner").put("enterprise_id", PARTNER_ORG)
                .put("enterprise_name", "Partner Org");
        ((ObjectNode) payload.get("user")).put("team_id", PARTNER_TEAM);
        payload.putObject("enterprise").put("id", PARTNER_ORG).put("name", "Partner Org");
        if (payload.get("view") instanceof ObjectNode view) {
            view.put("app_installed_team_id", view.path("team_id").asText(FakeSlack.TEAM));
            view.put("team_id", PARTNER_TEAM);
        }
        return SlackPayloads.form(Map.of("payload", payload.toString()));
    }

    private static ObjectNode read(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("not a JSON object: " + json, e);
        }
    }
}
