package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static rebound.slack.RunningSlackApp.ANA;
import static rebound.slack.RunningSlackApp.BEN;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.slack.fake.FakeSlack;

@DisplayName("/rejected")
class RejectedCommandTest {

    @TempDir
    Path data;
    RunningSlackApp app;

    @BeforeEach
    void start() throws Exception {
        app = new RunningSlackApp(data);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    @DisplayName("in a channel answers in the ack, ephemeral, with the first question and a way on to the DM")
    void ephemeralInChannel() {
        // when Ana types /rejected in #job-search
        JsonNode ack = app.command(ANA, "C0JOBS", "");

        // then only she sees the first question, tagged with its step, and a link to the app's Messages tab
        assertThat(ack.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(blockIds(ack)).contains("step:company", "dm-hint");
        assertThat(ack.toString()).contains("Which company", "slack://app?team=" + FakeSlack.TEAM);
        // and nothing was posted in the channel
        assertThat(app.slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    @DisplayName("in a DM between two people (the app is no member) is answered through the ack, never chat.postMessage")
    void answeredInOthersDm() {
        // when Ana uses /rejected help in her DM with Ben, where the app cannot post
        JsonNode ack = app.command(ANA, "D0ANABEN", "help");

        // then the help arrives in the ack and no Web API call tries to post there
        assertThat(ack.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(ack.toString()).contains("/rejected new", "/rejected forget");
        assertThat(app.slack.calls("chat.postMessage")).isEmpty();
        assertThat(app.slack.calls(c -> c.method().equals("respond"))).isEmpty();
    }

    @Test
    @DisplayName("a button on the ephemeral answer is answered through its response_url")
    void ephemeralButtons() {
        // given Ana got the first question ephemerally in a channel and answered it in the DM
        app.command(ANA, "C0JOBS", "");
        app.dm(ANA, "Acme");
        var role = app.dm(ANA, "Designer");

        // when she presses a stage button on an ephemeral copy of the question in the channel
        JsonNode element = role.element("choice:stage:interview");
        app.send(app.payloads.blockAction(ANA, "C0JOBS", true, role.blockIdOf("choice:stage:"), element, null, null));

        // then the next question reaches her through the response_url, ephemeral
        var responded = app.slack.calls("respond");
        assertThat(responded).hasSize(1);
        assertThat(responded.get(0).param("response_type")).isEqualTo("ephemeral");
        assertThat(responded.get(0).block("step:outcome").isMissingNode()).isFalse();
    }

    @Test
    @DisplayName("the health endpoint answers and url_verification echoes its challenge")
    void healthAndUrlVerification() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.health()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);

        HttpResponse<String> challenge = app.send(app.payloads.urlVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));
        assertThat(challenge.statusCode()).isEqualTo(200);
        assertThat(challenge.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    @DisplayName("members of the same workspace keep separate conversations")
    void membersApart() {
        // given Ana and Ben both start
        app.command(ANA, "C0JOBS", "");
        app.command(BEN, "C0JOBS", "");

        // when each names a company
        var anaRole = app.dm(ANA, "Acme");
        var benRole = app.dm(BEN, "Globex");

        // then each is asked about their own
        assertThat(anaRole.shownText()).contains("Acme").doesNotContain("Globex");
        assertThat(benRole.shownText()).contains("Globex").doesNotContain("Acme");
    }

    static java.util.List<String> blockIds(JsonNode message) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        message.path("blocks").forEach(b -> ids.add(b.path("block_id").asText()));
        return ids;
    }
}
