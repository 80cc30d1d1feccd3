package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Starting the Slack front door")
class SlackMainTest {

    private String errorOf(Map<String, String> env, int expectedCode) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SlackMain.run(env, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(expectedCode);
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("without SLACK_BOT_TOKEN says so on one line and exits with 2")
    void missingBotToken() throws Exception {
        String error = errorOf(Map.of("SLACK_SIGNING_SECRET", "s"), 2);
        assertThat(error).contains("SLACK_BOT_TOKEN").doesNotContain("Exception", "\tat ");
        assertThat(error.strip().lines()).hasSize(1);
    }

    @Test
    @DisplayName("in HTTP mode without SLACK_SIGNING_SECRET names it")
    void missingSecret() throws Exception {
        String error = errorOf(Map.of("SLACK_BOT_TOKEN", "xoxb-1"), 2);
        assertThat(error).contains("SLACK_SIGNING_SECRET").doesNotContain("Exception");
        assertThat(error.strip().lines()).hasSize(1);
    }

    @Test
    @DisplayName("a port that is not a number names SLACK_PORT")
    void badPort() throws Exception {
        String error = errorOf(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s", "SLACK_PORT", "http"), 2);
        assertThat(error).contains("SLACK_PORT");
    }

    @Test
    @DisplayName("Socket Mode needs no signing secret; the defaults are port 3000 on 0.0.0.0")
    void settings() {
        SlackSettings socket = SlackSettings.from(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"));
        assertThat(socket.socketMode()).isTrue();
        SlackSettings http = SlackSettings.from(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s",
                "SLACK_API_URL", "http://127.0.0.1:9999/api"));
        assertThat(http.socketMode()).isFalse();
        assertThat(http.port()).isEqualTo(3000);
        assertThat(http.bind()).isEqualTo("0.0.0.0");
        assertThat(http.apiUrl()).isEqualTo("http://127.0.0.1:9999/api/");
        assertThat(http.toString()).doesNotContain("xoxb-1", "s,");
    }

    @Test
    @DisplayName("with SLACK_CLIENT_ID and SLACK_CLIENT_SECRET and no bot token, the app installs in many workspaces; "
            + "a bot token keeps the one-workspace mode")
    void installMode() {
        SlackSettings installs = SlackSettings.from(Map.of("SLACK_CLIENT_ID", "1.2", "SLACK_CLIENT_SECRET", "cs",
                "SLACK_SIGNING_SECRET", "s", "SLACK_REDIRECT_URI", "https://rebound.example.com/slack/oauth_redirect"));
        assertThat(installs.installMode()).isTrue();
        assertThat(installs.botToken()).isNull();
        assertThat(installs.installs().redirectUri()).isEqualTo("https://rebound.example.com/slack/oauth_redirect");
        assertThat(installs.toString()).doesNotContain("cs]", "cs,", "=cs");
        SlackSettings one = SlackSettings.from(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s",
                "SLACK_CLIENT_ID", "1.2", "SLACK_CLIENT_SECRET", "cs"));
        assertThat(one.installMode()).isFalse();
    }

    @Test
    @DisplayName("installing in many workspaces needs the client secret and the HTTP mode, each said on one line")
    void installModeRefusals() throws Exception {
        assertThat(errorOf(Map.of("SLACK_CLIENT_ID", "1.2", "SLACK_SIGNING_SECRET", "s"), 2))
                .contains("SLACK_CLIENT_SECRET").doesNotContain("Exception");
        String socket = errorOf(Map.of("SLACK_CLIENT_ID", "1.2", "SLACK_CLIENT_SECRET", "cs",
                "SLACK_APP_TOKEN", "xapp-1"), 2);
        assertThat(socket).contains("SLACK_APP_TOKEN", "HTTP mode").doesNotContain("Exception");
        assertThat(socket.strip().lines()).hasSize(1);
    }
}
