package rebound.slack.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake Slack's install flow and its tokens (issue 20, "many workspaces"), as Slack's OAuth v2
 * documents them ("Installing with OAuth", {@code oauth.v2.access}, "Token rotation"):
 * <ul>
 *   <li>{@link #approve} is an installer saying yes on Slack's authorize page: it gives the one-time
 *       {@code code} Slack appends to the redirect;</li>
 *   <li>{@code oauth.v2.access} takes the app's client id and secret (HTTP Basic, as the SDK sends
 *       them) and the code once, and answers like the documentation's example: a bot token per
 *       workspace, {@code team}, {@code bot_user_id}, {@code authed_user}, {@code scope}; with
 *       {@link #rotateTokens} on, also {@code refresh_token} and {@code expires_in}, and it takes
 *       {@code grant_type=refresh_token} (each refresh token once);</li>
 *   <li>once a workspace is installed, every Web API call is checked against its token: unknown
 *       ({@code invalid_auth}), revoked ({@code token_revoked}), expired ({@code token_expired}), or
 *       naming a user or DM of another workspace ({@code user_not_found}, {@code channel_not_found}),
 *       each kept in {@link #refused()};</li>
 *   <li>{@link #uninstall} and {@link #revokeBot} revoke a workspace's tokens and give the
 *       {@code app_uninstalled} / {@code tokens_revoked} event Slack sends then.</li>
 * </ul>
 */
public final class FakeInstalls {

    public static final String CLIENT_ID = "1111111111.2222222222";
    public static final String CLIENT_SECRET = "fake-client-secret-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One token Slack gave: whose it is, until when (0: no expiry), and whether it was revoked. */
    private record Grant(String team, String botUser, long expiresAtMillis, boolean revoked) {
    }

    private record Approval(String team, String teamName, String installer) {
    }

    private final Map<String, Approval> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, String> teamOfUser = new ConcurrentHashMap<>();
    private final Map<String, String> latest = new ConcurrentHashMap<>();
    private final List<String> refused = new ArrayList<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final String scopes;
    private volatile long expiresInSeconds;
    private volatile boolean active;

    /** @param scopes the bot scopes granted, comma-separated (the manifest's) */
    FakeInstalls(String scopes) {
        this.scopes = scopes;
    }

    /** The bot scopes Slack grants: the manifest's ({@code oauth_config.scopes.bot}), comma-separated. */
    public String scopes() {
        return scopes;
    }

    /** The user ids of people in {@code team}, so calls naming them with another team's token are refused. */
    public void people(String team, String... users) {
        for (String user : users) {
            teamOfUser.put(user, team);
        }
    }

    /** The installer {@code installer} of {@code team} approves the app: the one-time code of the redirect. */
    public String approve(String team, String teamName, String installer) {
        String code = "code-" + team + "-" + issued.incrementAndGet();
        codes.put(code, new Approval(team, teamName, installer));
        people(team, installer);
        return code;
    }

    /** From now on bot tokens expire after {@code seconds} and come with a refresh token (0: off, the default). */
    public void rotateTokens(long seconds) {
        expiresInSeconds = seconds;
    }

    /** The bot token Slack gave {@code team} last (at install or at a refresh), or null. */
    public String tokenOf(String team) {
        return latest.get(team);
    }

    /** Every token Slack gave {@code team}, the revoked ones included. */
    public Set<String> tokensOf(String team) {
        Set<String> all = ConcurrentHashMap.newKeySet();
        tokens.forEach((token, grant) -> {
            if (grant.team().equals(team)) {
                all.add(token);
            }
        });
        return all;
    }

    /** Calls Slack refused for their token: what, why. Empty when every call had a good token for what it named. */
    public List<String> refused() {
        synchronized (refused) {
            return List.copyOf(refused);
        }
    }

    /** The app is removed from {@code team}: its tokens are revoked, and this is the event Slack sends. */
    public String uninstall(String team, String eventId) {
        revokeAll(team);
        ObjectNode body = envelope(team, eventId);
        body.putObject("event").put("type", "app_uninstalled");
        return body.toString();
    }

    /** The bot token of {@code team} is revoked (an admin did it), and this is the event Slack sends. */
    public String revokeBot(String team, String eventId) {
        revokeAll(team);
        ObjectNode body = envelope(team, eventId);
        ObjectNode event = body.putObject("event").put("type", "tokens_revoked");
        ObjectNode revoked = event.putObject("tokens");
        revoked.putArray("oauth");
        revoked.putArray("bot").add(botUserOf(team));
        return body.toString();
    }

    public static String botUserOf(String team) {
        return "UBOT" + team;
    }

    private void revokeAll(String team) {
        tokens.replaceAll((token, grant) -> grant.team().equals(team)
                ? new Grant(grant.team(), grant.botUser(), grant.expiresAtMillis(), true) : grant);
    }

    private static ObjectNode envelope(String team, String eventId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("token", "legacy-verification-token");
        body.put("team_id", team);
        body.put("api_app_id", SlackPayloads.APP_ID);
        body.put("type", "event_callback");
        body.put("event_id", eventId);
        body.put("event_time", 1700000500);
        return body;
    }

    /** Whether some workspace was installed: from then on every call's token is checked. */
    boolean active() {
        return active;
    }

    /** {@code oauth.v2.access}: the JSON Slack answers. */
    String access(ApiCall call, String authorization) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        if (authorization == null || !authorization.equals(basic)) {
            return error("oauth.v2.access", authorization == null ? "invalid_client_id" : "bad_client_secret");
        }
        if ("refresh_token".equals(call.param("grant_type"))) {
            String team = refreshTokens.remove(String.valueOf(call.param("refresh_token")));
            if (team == null) {
                return error("oauth.v2.access", "invalid_refresh_token");
            }
            ObjectNode answer = grant(team);
            return answer.toString();
        }
        Approval approval = call.param("code") == null ? null : codes.remove(call.param("code"));
        if (approval == null) {
            return error("oauth.v2.access", "invalid_code");
        }
        active = true;
        ObjectNode answer = grant(approval.team());
        answer.putObject("team").put("name", approval.teamName()).put("id", approval.team());
        answer.putNull("enterprise");
        answer.put("is_enterprise_install", false);
        answer.put("app_id", SlackPayloads.APP_ID);
        answer.putObject("authed_user").put("id", approval.installer());
        return answer.toString();
    }

    private ObjectNode grant(String team) {
        int n = issued.incrementAndGet();
        long expiresIn = expiresInSeconds;
        String token = (expiresIn > 0 ? "xoxe.xoxb-" : "xoxb-") + team + "-" + n;
        tokens.put(token, new Grant(team, botUserOf(team),
                expiresIn > 0 ? System.currentTimeMillis() + expiresIn * 1000 : 0, false));
        latest.put(team, token);
        ObjectNode answer = JSON.createObjectNode().put("ok", true).put("access_token", token)
                .put("token_type", "bot").put("scope", scopes).put("bot_user_id", botUserOf(team));
        if (expiresIn > 0) {
            String refresh = "xoxe-1-" + team + "-" + n;
            refreshTokens.put(refresh, team);
            answer.put("refresh_token", refresh).put("expires_in", expiresIn);
        }
        return answer;
    }

    /** auth.test for an installed workspace's token. */
    String authTest(String token) {
        Grant grant = tokens.get(token);
        return JSON.createObjectNode().put("ok", true).put("url", "https://" + grant.team().toLowerCase() + ".slack.com/")
                .put("team", grant.team()).put("user", "rebound").put("team_id", grant.team())
                .put("user_id", grant.botUser()).put("bot_id", "B" + grant.team()).put("is_enterprise_install", false)
                .toString();
    }

    /** Why Slack refuses this call for its token (and keeps it in {@link #refused()}), or null when it takes it. */
    String refusal(String method, ApiCall call, String authorization) {
        if (!active || method.equals("oauth.v2.access") || method.equals("apps.connections.open")) {
            return null;
        }
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7)
                : call.param("token");
        Grant grant = token == null ? null : tokens.get(token);
        String why;
        if (grant == null) {
            why = token == null ? "not_authed" : "invalid_auth";
        } else if (grant.revoked()) {
            why = "token_revoked";
        } else if (grant.expiresAtMillis() > 0 && grant.expiresAtMillis() < System.currentTimeMillis()) {
            why = "token_expired";
        } else {
            why = otherWorkspace(method, call, grant.team());
        }
        if (why != null) {
            synchronized (refused) {
                refused.add(method + ": " + why + " (token of " + (grant == null ? "nobody" : grant.team()) + ")");
            }
        }
        return why;
    }

    /** A user or DM of another workspace than the token's, as Slack refuses it. */
    private String otherWorkspace(String method, ApiCall call, String team) {
        String user = switch (method) {
            case "conversations.open" -> call.param("users");
            case "users.info" -> call.param("user");
            case "views.publish" -> call.param("user_id");
            default -> null;
        };
        if (user != null) {
            return team.equals(teamOfUser.get(user)) ? null : "user_not_found";
        }
        String channel = switch (method) {
            case "chat.postMessage" -> call.param("channel");
            case "files.completeUploadExternal" -> call.param("channel_id");
            default -> null;
        };
        if (channel != null && channel.startsWith("D")) {
            return team.equals(teamOfUser.get(channel.substring(1))) ? null : "channel_not_found";
        }
        return null;
    }

    private static String error(String method, String error) {
        return "{\"ok\":false,\"error\":\"" + error + "\"}";
    }
}
