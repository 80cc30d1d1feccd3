package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static rebound.slack.RunningSlackApp.ANA;
import static rebound.slack.RunningSlackApp.BEN;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.slack.fake.FakeSlack;

@DisplayName("/rejected")
class RejectedCommandTest extends RunningSlackAppTest {

    @Test
    @DisplayName("in a channel is acked at once, then answered ephemerally with the first question and a way on to the DM, where the question is posted too")
    void ephemeralInChannel() {
        // when Ana types /rejected in #job-search
        JsonNode answer = app.command(ANA, "C0JOBS", "");

        // then only she sees the first question (through response_url), tagged with its step, and a link to the app's Messages tab
        assertThat(answer.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(blockIds(answer)).contains("step:company", "dm-hint");
        assertThat(answer.toString()).contains("Which company", "slack://app?team=" + FakeSlack.TEAM);
        // and the question waits in her DM with the app (opened with conversations.open), nothing in the channel
        assertThat(app.slack.calls("conversations.open")).singleElement()
                .satisfies(open -> assertThat(open.param("users")).isEqualTo(ANA));
        assertThat(app.slack.lastPosted(FakeSlack.dmOf(ANA)).block("step:company").isMissingNode()).isFalse();
        assertThat(app.slack.posted("C0JOBS")).isEmpty();
    }

    @Test
    @DisplayName("in a DM between two people (the app is no member) is answered through response_url, never chat.postMessage there")
    void answeredInOthersDm() {
        // when Ana uses /rejected help in her DM with Ben, where the app cannot post
        JsonNode help = app.command(ANA, "D0ANABEN", "help");

        // then the help arrives ephemerally through the response_url and nothing tries to post there
        assertThat(help.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(help.toString()).contains("/rejected new", "/rejected forget");
        assertThat(app.slack.calls("chat.postMessage")).isEmpty();

        // when she starts a rejection there
        JsonNode start = app.command(ANA, "D0ANABEN", "new");

        // then she sees the question ephemerally, it is posted in her DM with the app, and never in the DM with Ben
        assertThat(start.toString()).contains("step:company");
        assertThat(app.slack.posted("D0ANABEN")).isEmpty();
        assertThat(app.slack.lastPosted(FakeSlack.dmOf(ANA)).block("step:company").isMissingNode()).isFalse();
    }

    @Test
    @DisplayName("in the app's own DM the question is posted there once, with no ephemeral copy")
    void inTheAppsDm() {
        // when Ana types /rejected in her DM with the app
        JsonNode answer = app.command(ANA, FakeSlack.dmOf(ANA), "");

        // then the question is posted there and not repeated ephemerally
        assertThat(answer.isMissingNode()).isTrue();
        assertThat(app.slack.posted(FakeSlack.dmOf(ANA))).singleElement()
                .satisfies(question -> assertThat(question.block("step:company").isMissingNode()).isFalse());
    }

    @Test
    @DisplayName("a button on the ephemeral answer is answered through its response_url")
    void ephemeralButtons() {
        // given Ana got the first question ephemerally in a channel and answered it in the DM
        app.command(ANA, "C0JOBS", "");
        app.dm(ANA, "Acme");
        var role = app.dm(ANA, "Designer");
        app.slack.forgetCalls();

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

    @Test
    @DisplayName("the same user id in a workspace this install does not serve is set aside: nothing is posted for "
            + "them with this workspace's token, and Ana's conversation is untouched (issue 20, item 6)")
    void otherWorkspaceSetAside() {
        // given Ana starts, and a user with her id in another workspace (the app installed there too) does as well
        app.command(ANA, "C0JOBS", "new");
        int posted = app.slack.posted(FakeSlack.dmOf(ANA)).size();
        app.send(app.payloads.slashCommand(ANA, "C0JOBS", "new").replace(FakeSlack.TEAM, "T0OTHER"));
        app.send(app.payloads.eventCallback(app.payloads.nextId("Ev"), app.payloads.dmEvent(ANA, "Globex"))
                .replace(FakeSlack.TEAM, "T0OTHER"));

        // then nothing was posted for the other workspace's user (Slack would refuse this token there)
        assertThat(app.slack.posted(FakeSlack.dmOf(ANA))).hasSize(posted);

        // and Ana is asked about her own company only
        var anaRole = app.dm(ANA, "Acme");
        assertThat(anaRole.shownText()).contains("Acme").doesNotContain("Globex");
    }

    @Test
    @DisplayName("an answer whose response_url Slack refuses (expired after 30 minutes, or used up) goes to the member's DM")
    void expiredResponseUrl() {
        // given Slack has stopped taking the command's response_url
        app.slack.expireResponseUrls();
        int before = app.dms(ANA).size();

        // when Ana asks for help in a channel
        app.command(ANA, "C0JOBS", "help");

        // then the answer reaches her DM instead of being lost
        assertThat(app.dms(ANA)).hasSizeGreaterThan(before);
        assertThat(app.dms(ANA).get(app.dms(ANA).size() - 1).shownText()).contains("/rejected");
    }

    static java.util.List<String> blockIds(JsonNode message) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        message.path("blocks").forEach(b -> ids.add(b.path("block_id").asText()));
        return ids;
    }
}
