package rebound.slack.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The fake Slack refuses what Slack refuses")
class FakeSlackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final FakeSlack slack;

    FakeSlackTest() throws Exception {
        slack = new FakeSlack();
    }

    @AfterEach
    void close() {
        slack.close();
    }

    private HttpResponse<String> post(String url, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static ArrayNode sections(int count, int length) {
        ArrayNode blocks = JSON.createArrayNode();
        for (int i = 0; i < count; i++) {
            blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn").put("text", "x".repeat(length));
        }
        return blocks;
    }

    @Test
    @DisplayName("chat.postMessage: 429 with Retry-After past a short burst in one channel; others are not paced")
    void paced() throws Exception {
        int taken = 0;
        HttpResponse<String> answer;
        long start = System.nanoTime();
        while ((answer = post(slack.apiUrl() + "chat.postMessage", "channel=D1&text=hi")).statusCode() == 200) {
            taken++;
        }
        // the bucket refills at one a second: on a slow machine the loop itself may earn a post or two
        long refilled = (System.nanoTime() - start) / 1_000_000_000L + 1;
        assertThat(taken).isBetween(FakeSlack.POST_BURST, FakeSlack.POST_BURST + (int) refilled);
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).contains("1");
        assertThat(post(slack.apiUrl() + "chat.postMessage", "channel=D2&text=hi").statusCode()).isEqualTo(200);
        assertThat(slack.violations()).isEmpty();
    }

    @Test
    @DisplayName("chat.postMessage, each post refused once: 429 Retry-After: 1, again until that second passed, then taken")
    void eachPostRefusedOnce() throws Exception {
        // given Slack refuses each post to D1 once
        slack.refuseEachPostOnce("D1");

        // then a post is refused, and so is one sent again at once
        HttpResponse<String> first = post(slack.apiUrl() + "chat.postMessage", "channel=D1&text=hi");
        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).contains("1");
        assertThat(post(slack.apiUrl() + "chat.postMessage", "channel=D1&text=hi").statusCode()).isEqualTo(429);

        // and once the second has passed it is taken, the next message is refused once again, and D2 is not held
        Thread.sleep(1100);
        assertThat(post(slack.apiUrl() + "chat.postMessage", "channel=D1&text=hi").statusCode()).isEqualTo(200);
        assertThat(post(slack.apiUrl() + "chat.postMessage", "channel=D1&text=next").statusCode()).isEqualTo(429);
        assertThat(post(slack.apiUrl() + "chat.postMessage", "channel=D2&text=hi").statusCode()).isEqualTo(200);
        assertThat(slack.postAttempts("D1")).extracting(FakeSlack.PostAttempt::status).containsExactly(429, 429, 200, 429);
        assertThat(slack.violations()).isEmpty();
    }

    @Test
    @DisplayName("Block Kit: 51 blocks, a section over 3,000 characters, a select of 101 options are invalid_blocks")
    void blockKit() throws Exception {
        assertThat(post(slack.apiUrl() + "chat.postMessage", "channel=D1&blocks=" + enc(sections(51, 10).toString())).body())
                .contains("invalid_blocks");
        assertThat(post(slack.apiUrl() + "chat.postMessage", "channel=D2&blocks=" + enc(sections(1, 3001).toString())).body())
                .contains("invalid_blocks");
        ArrayNode select = JSON.createArrayNode();
        ArrayNode options = select.addObject().put("type", "actions").putArray("elements").addObject()
                .put("type", "static_select").put("action_id", "a").putArray("options");
        for (int i = 0; i < 101; i++) {
            options.addObject().put("value", "v" + i).putObject("text").put("type", "plain_text").put("text", "o" + i);
        }
        assertThat(post(slack.apiUrl() + "chat.postMessage", "channel=D3&blocks=" + enc(select.toString())).body())
                .contains("invalid_blocks");
        assertThat(slack.violations()).hasSize(3);
    }

    @Test
    @DisplayName("a response_url takes 5 posts; a modal title over 24 characters and a trigger_id older than 3 s are refused")
    void responseUrlAndModals() throws Exception {
        String url = slack.responseUrl("r1");
        for (int i = 0; i < FakeSlack.RESPONSE_URL_POSTS; i++) {
            assertThat(http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(
                    "{\"text\":\"hi\"}")).header("Content-Type", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(
                "{\"text\":\"hi\"}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);

        ObjectNode view = JSON.createObjectNode().put("type", "modal");
        view.putObject("title").put("type", "plain_text").put("text", "A title far longer than 24");
        view.putArray("blocks");
        String fresh = FakeSlack.triggerId(System.currentTimeMillis(), 1);
        assertThat(post(slack.apiUrl() + "views.open", "trigger_id=" + fresh + "&view=" + enc(view.toString())).body())
                .contains("invalid_arguments");
        view.putObject("title").put("type", "plain_text").put("text", "Add a person");
        String stale = FakeSlack.triggerId(System.currentTimeMillis() - 3500, 2);
        assertThat(post(slack.apiUrl() + "views.open", "trigger_id=" + stale + "&view=" + enc(view.toString())).body())
                .contains("expired_trigger_id");
        assertThat(slack.violations()).hasSize(3);
    }

    @Test
    @DisplayName("users.info answers as Slack documents it: tz, tz_label, tz_offset; user_not_found; missing_scope without users:read")
    void usersInfo() throws Exception {
        slack.users().zone("U0KIRI", "Pacific/Auckland");
        var user = JSON.readTree(post(slack.apiUrl() + "users.info", "user=U0KIRI").body());
        assertThat(user.path("ok").asBoolean()).isTrue();
        assertThat(user.path("user").path("id").asText()).isEqualTo("U0KIRI");
        assertThat(user.path("user").path("tz").asText()).isEqualTo("Pacific/Auckland");
        assertThat(user.path("user").path("tz_label").asText()).startsWith("New Zealand");
        assertThat(user.path("user").path("tz_offset").asInt()).isIn(12 * 3600, 13 * 3600);

        slack.users().notInWorkspace("U0GONE");
        var gone = JSON.readTree(post(slack.apiUrl() + "users.info", "user=U0GONE").body());
        assertThat(gone.path("ok").asBoolean()).isFalse();
        assertThat(gone.path("error").asText()).isEqualTo("user_not_found");

        slack.users().fail(503);
        assertThat(post(slack.apiUrl() + "users.info", "user=U0KIRI").statusCode()).isEqualTo(503);

        slack.users().withoutUsersRead();
        var refused = JSON.readTree(post(slack.apiUrl() + "users.info", "user=U0KIRI").body());
        assertThat(refused.path("error").asText()).isEqualTo("missing_scope");
        assertThat(refused.path("needed").asText()).isEqualTo("users:read");
        assertThat(refused.path("provided").asText()).contains("chat:write").doesNotContain("users:read");
    }
}
