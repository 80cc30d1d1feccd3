package rebound.slack.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fake Slack's install flow and tokens refuse what Slack refuses (issue 20, "many workspaces"). */
@DisplayName("The fake Slack's installs refuse what Slack refuses")
class FakeInstallsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final FakeSlack slack;

    FakeInstallsTest() throws Exception {
        slack = new FakeSlack();
        slack.installs().people("T0A", "U0ANA");
        slack.installs().people("T0B", "U0BO");
    }

    @AfterEach
    void close() {
        slack.close();
    }

    private JsonNode call(String method, String authorization, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(slack.apiUrl() + method))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return JSON.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode exchange(String code) throws Exception {
        return call("oauth.v2.access", basic(FakeInstalls.CLIENT_ID, FakeInstalls.CLIENT_SECRET), "code=" + code);
    }

    @Test
    @DisplayName("oauth.v2.access takes the app's id and secret and each code once, and answers like Slack's example")
    void access() throws Exception {
        String code = slack.installs().approve("T0A", "Acme", "U0ANA");
        assertThat(call("oauth.v2.access", basic(FakeInstalls.CLIENT_ID, "wrong"), "code=" + code).path("error").asText())
                .isEqualTo("bad_client_secret");
        JsonNode granted = exchange(code);
        assertThat(granted.path("ok").asBoolean()).isTrue();
        assertThat(granted.path("access_token").asText()).startsWith("xoxb-").isEqualTo(slack.installs().tokenOf("T0A"));
        assertThat(granted.path("team").path("id").asText()).isEqualTo("T0A");
        assertThat(granted.path("bot_user_id").asText()).isEqualTo(FakeInstalls.botUserOf("T0A"));
        assertThat(granted.path("authed_user").path("id").asText()).isEqualTo("U0ANA");
        assertThat(granted.path("token_type").asText()).isEqualTo("bot");
        assertThat(exchange(code).path("error").asText()).as("a code is used once").isEqualTo("invalid_code");
    }

    @Test
    @DisplayName("a token is good for its own workspace only, and not at all once revoked or expired")
    void tokens() throws Exception {
        exchange(slack.installs().approve("T0A", "Acme", "U0ANA"));
        String a = "Bearer " + slack.installs().tokenOf("T0A");

        assertThat(call("conversations.open", a, "users=U0ANA").path("ok").asBoolean()).isTrue();
        assertThat(call("conversations.open", a, "users=U0BO").path("error").asText()).isEqualTo("user_not_found");
        assertThat(call("users.info", a, "user=U0BO").path("error").asText()).isEqualTo("user_not_found");
        assertThat(call("chat.postMessage", a, "channel=DU0BO&text=hi").path("error").asText())
                .isEqualTo("channel_not_found");
        assertThat(call("auth.test", a, "").path("team_id").asText()).isEqualTo("T0A");
        assertThat(call("auth.test", "Bearer xoxb-made-up", "").path("error").asText()).isEqualTo("invalid_auth");

        slack.installs().uninstall("T0A", "Ev1");
        assertThat(call("chat.postMessage", a, "channel=DU0ANA&text=hi").path("error").asText()).isEqualTo("token_revoked");
        assertThat(slack.installs().refused()).hasSize(5);
    }

    @Test
    @DisplayName("with rotation, a token comes with a refresh token and an expiry; each refresh token is taken once")
    void rotation() throws Exception {
        slack.installs().rotateTokens(3600);
        JsonNode granted = exchange(slack.installs().approve("T0A", "Acme", "U0ANA"));
        assertThat(granted.path("expires_in").asLong()).isEqualTo(3600);
        String refresh = granted.path("refresh_token").asText();
        String form = "grant_type=refresh_token&refresh_token=" + refresh;
        JsonNode refreshed = call("oauth.v2.access", basic(FakeInstalls.CLIENT_ID, FakeInstalls.CLIENT_SECRET), form);
        assertThat(refreshed.path("access_token").asText()).isNotEqualTo(granted.path("access_token").asText());
        assertThat(call("oauth.v2.access", basic(FakeInstalls.CLIENT_ID, FakeInstalls.CLIENT_SECRET), form)
                .path("error").asText()).isEqualTo("invalid_refresh_token");
    }

    @Test
    @DisplayName("app_uninstalled and tokens_revoked are shaped as Slack's Events API sends them")
    void events() throws Exception {
        JsonNode uninstalled = JSON.readTree(slack.installs().uninstall("T0A", "Ev1"));
        assertThat(uninstalled.path("type").asText()).isEqualTo("event_callback");
        assertThat(uninstalled.path("team_id").asText()).isEqualTo("T0A");
        assertThat(uninstalled.path("event").path("type").asText()).isEqualTo("app_uninstalled");
        JsonNode revoked = JSON.readTree(slack.installs().revokeBot("T0B", "Ev2"));
        assertThat(revoked.path("event").path("tokens").path("bot").get(0).asText()).isEqualTo(FakeInstalls.botUserOf("T0B"));
        assertThat(revoked.path("event").path("tokens").path("oauth").isArray()).isTrue();
    }
}
