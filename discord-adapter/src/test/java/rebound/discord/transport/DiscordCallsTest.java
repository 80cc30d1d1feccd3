package rebound.discord.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Discord calls are counted by route, with no id or token in the tag (issue 22)")
class DiscordCallsTest {

    private static String route(String url) {
        return DiscordCalls.route(HttpUrl.get(url).pathSegments());
    }

    @Test
    @DisplayName("ids, tokens and snowflakes become {id}; the API's words stay")
    void routes() {
        assertThat(route("https://discord.com/api/v10/channels/1234567890123/messages")).isEqualTo("/channels/{id}/messages");
        assertThat(route("https://discord.com/api/v10/webhooks/900000000000000002/aW50ZXJhY3Rpb246MTIzNDU2Nzg5OkFCQ0RFRkdISUpLTE1OT1BR/messages/@original"))
                .isEqualTo("/webhooks/{id}/{id}/messages/@original");
        assertThat(route("https://discord.com/api/v10/interactions/123/itoken-456/callback"))
                .isEqualTo("/interactions/{id}/{id}/callback");
        assertThat(route("https://discord.com/api/v10/users/@me/channels")).isEqualTo("/users/@me/channels");
        assertThat(route("http://127.0.0.1:5000/api/v10/applications/9/commands")).isEqualTo("/applications/{id}/commands");
        assertThat(DiscordCalls.route(List.of("gateway"))).isEqualTo("/");
    }
}
