package rebound.slack.fake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The fake Slack's {@code users.info}, answered as Slack documents it
 * (https://api.slack.com/methods/users.info): {@code {"ok":true,"user":{"id",...,"tz","tz_label",
 * "tz_offset"}}} with {@code tz_offset} in seconds east of UTC; {@code user_not_found} for a user not in
 * the workspace; {@code missing_scope} (with {@code needed} and {@code provided}) when the bot token
 * lacks {@code users:read}. The token's scopes are the bot scopes of {@code slack-adapter/manifest.yml},
 * so a manifest without {@code users:read} is answered as Slack would answer it.
 *
 * <p>Every workspace user exists unless told otherwise, in {@link #DEFAULT_ZONE} (always UTC+0, no
 * daylight saving: dates and times read as in UTC).
 */
public final class FakeUsers {

    /** The zone of a user the test did not place: Greenwich time all year. */
    public static final String DEFAULT_ZONE = "Atlantic/Reykjavik";

    private final Map<String, String> zones = new ConcurrentHashMap<>();
    private final Set<String> absent = ConcurrentHashMap.newKeySet();
    private final Queue<Integer> failures = new ConcurrentLinkedQueue<>();
    private final Set<String> scopes = ConcurrentHashMap.newKeySet();

    FakeUsers() {
        scopes.addAll(manifestScopes());
    }

    /** Slack's answer to users.info for {@code user} now: an HTTP status and its body. */
    Answer answer(String user) {
        Integer failure = failures.poll();
        if (failure != null) {
            return failure == 429 ? new Answer(429, "{\"ok\":false,\"error\":\"ratelimited\"}")
                    : new Answer(failure, "<html><body>Service Unavailable</body></html>");
        }
        if (!scopes.contains("users:read")) {
            return new Answer(200, "{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"users:read\","
                    + "\"provided\":\"" + String.join(",", scopes) + "\"}");
        }
        if (user == null || user.isBlank() || absent.contains(user)) {
            return new Answer(200, "{\"ok\":false,\"error\":\"user_not_found\"}");
        }
        ZoneId zone = ZoneId.of(zones.getOrDefault(user, DEFAULT_ZONE));
        boolean summer = zone.getRules().isDaylightSavings(Instant.now());
        String label = zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String labelNow = java.time.format.DateTimeFormatter.ofPattern("zzzz", Locale.ENGLISH)
                .format(Instant.now().atZone(zone));
        return new Answer(200, "{\"ok\":true,\"user\":{\"id\":\"" + user + "\",\"team_id\":\"" + FakeSlack.TEAM
                + "\",\"name\":\"" + user.toLowerCase(Locale.ROOT) + "\",\"deleted\":false,\"color\":\"9f69e7\","
                + "\"real_name\":\"" + user + "\",\"tz\":\"" + zone.getId() + "\",\"tz_label\":\""
                + (labelNow.isEmpty() ? label : labelNow) + "\",\"tz_offset\":"
                + zone.getRules().getOffset(Instant.now()).getTotalSeconds() + ",\"profile\":{\"real_name\":\"" + user
                + "\",\"display_name\":\"" + user + "\"},\"is_admin\":false,\"is_owner\":false,\"is_bot\":false,"
                + "\"is_app_user\":false,\"updated\":1502138686,\"is_email_confirmed\":true,\"has_2fa\":false,"
                + "\"locale\":\"en-US\",\"is_restricted\":false,\"tz_is_dst\":" + summer + "}}");
    }

    /** {@code user}'s profile says they live in {@code zone} (a tz database id, as Slack gives). */
    public void zone(String user, String zone) {
        zones.put(user, zone);
    }

    /** {@code user} is not in the workspace: users.info answers {@code user_not_found}. */
    public void notInWorkspace(String user) {
        absent.add(user);
    }

    /** The bot token lacks {@code users:read} (an app installed before it was added to the manifest). */
    public void withoutUsersRead() {
        scopes.remove("users:read");
    }

    /** The next users.info calls answer these HTTP statuses, one each (429 with Retry-After, or a 5xx page). */
    public void fail(int... statuses) {
        for (int status : statuses) {
            failures.add(status);
        }
    }

    /** An HTTP answer. */
    record Answer(int status, String body) {
    }

    /** The bot scopes of the app's manifest: one reader for the whole fake ({@link FakeFiles#scopesOf}). */
    private static Set<String> manifestScopes() {
        return FakeFiles.scopesOf(FakeFiles.manifest());
    }
}
