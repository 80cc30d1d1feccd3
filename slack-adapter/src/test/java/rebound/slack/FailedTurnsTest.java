package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static rebound.slack.RunningSlackApp.ANA;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.DoorWords;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeSlack;

/** The cases Slack alone has; a typed answer and a button in the DM are the door contract's ({@link SlackDoorTest}). */
@DisplayName("A turn that fails after Slack was acknowledged answers the member, never silence")
class FailedTurnsTest extends RunningSlackAppTest {

    private static final String FAILED = DoorWords.builtIn().say("failed");

    @Test
    @DisplayName("a submitted modal")
    void modal() {
        app.startIntake(ANA);
        app.dm(ANA, "Acme");
        app.dm(ANA, "Designer");
        app.dm(ANA, "interview");
        ApiCall contacts = app.dm(ANA, "they hired someone else");
        app.press(ANA, contacts, "form:contact");
        JsonNode view = app.slack.calls("views.open").get(0).jsonParam("view");
        app.breakCore();

        app.send(app.payloads.viewSubmission(ANA, view, Map.of("name", "Dana", "part", "recruiter")));

        assertThat(app.slack.lastPosted(FakeSlack.dmOf(ANA)).shownText()).isEqualTo(FAILED);
    }

    @Test
    @DisplayName("/rejected, answered through its response_url")
    void slashCommand() {
        app.breakCore();

        JsonNode answer = app.command(ANA, "C0JOBS", "list");

        assertThat(answer.path("text").asText()).isEqualTo(FAILED);
    }

    @Test
    @DisplayName("a button pressed on an ephemeral answer in a channel, answered through its response_url")
    void ephemeralButton() {
        ApiCall help = new ApiCall("respond", Map.of("channel", "C0JOBS"), app.command(ANA, "C0JOBS", "help"));
        app.breakCore();
        String body = app.payloads.blockAction(ANA, "C0JOBS", true, help.blockIdOf("choice:-:start"),
                help.element("choice:-:start"), null, null);

        app.send(body);

        JsonNode payload = RunningSlackApp.json(java.net.URLDecoder.decode(body.substring("payload=".length()),
                java.nio.charset.StandardCharsets.UTF_8));
        String path = java.net.URI.create(payload.path("response_url").asText()).getPath();
        assertThat(app.slack.calls(c -> c.method().equals("respond") && path.equals(c.param("path"))))
                .singleElement().satisfies(answer -> assertThat(answer.param("text")).isEqualTo(FAILED));
    }
}
