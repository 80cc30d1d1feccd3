package rebound.slack.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's {@code app_rate_limited} notice: sent unasked when an app receives more than 30,000 events
 * in an hour from one workspace; Slack then holds that workspace's events for the rest of the
 * minute ("Events API", rate limits). Acknowledged with 200 and logged in one plain line; Bolt has
 * no listener for it and would answer 400.
 */
final class RateLimitNotice {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitNotice.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "app_rate_limited";

    private RateLimitNotice() {
    }

    /** True when these signed bytes are Slack's notice (a JSON object whose type is app_rate_limited). */
    static boolean isOne(byte[] body) {
        if (body.length == 0 || body[0] != '{' || !new String(body, StandardCharsets.UTF_8).contains(TYPE)) {
            return false;
        }
        try {
            return TYPE.equals(JSON.readTree(body).path("type").asText());
        } catch (IOException notJson) {
            return false;
        }
    }

    /** Logs the notice: which workspace, and that Slack holds its events for the minute. */
    static void log(byte[] body) {
        String team;
        try {
            JsonNode notice = JSON.readTree(body);
            team = notice.path("team_id").asText("?");
        } catch (IOException unreadable) {
            team = "?";
        }
        LOG.warn("Slack is holding this app's events from workspace {} for the rest of the minute: over 30,000 "
                + "events in an hour (app_rate_limited)", team.replaceAll("[^A-Za-z0-9]", ""));
    }
}
