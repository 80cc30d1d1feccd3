package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static rebound.slack.RunningSlackApp.ANA;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeSlack;

@DisplayName("Buttons on an ephemeral /rejected answer: the intake and the drafts go on in the DM")
class EphemeralHandOffTest extends RunningSlackAppTest {

    /** The ephemeral answer as a message the fake can press buttons on. */
    private static ApiCall asMessage(JsonNode responded) {
        return new ApiCall("respond", java.util.Map.of("channel", "C0JOBS"), responded);
    }

    /** What was posted to the response_url of the press in {@code body}. */
    private List<ApiCall> respondedTo(String body) {
        JsonNode payload = RunningSlackApp.json(java.net.URLDecoder.decode(body.substring("payload=".length()),
                java.nio.charset.StandardCharsets.UTF_8));
        String path = URI.create(payload.path("response_url").asText()).getPath();
        return app.slack.calls(c -> c.method().equals("respond") && path.equals(c.param("path")));
    }

    private String press(ApiCall message, String actionIdPrefix) {
        String body = app.payloads.blockAction(ANA, "C0JOBS", true, message.blockIdOf(actionIdPrefix),
                message.element(actionIdPrefix), null, null);
        app.send(body);
        return body;
    }

    /** Picks the option whose value is {@code value} in the ephemeral message's select menu. */
    private String select(ApiCall message, String actionIdPrefix, String value) {
        JsonNode element = message.element(actionIdPrefix);
        for (JsonNode option : element.path("options")) {
            if (option.path("value").asText().equals(value)) {
                String body = app.payloads.blockAction(ANA, "C0JOBS", true, message.blockIdOf(actionIdPrefix),
                        element, (com.fasterxml.jackson.databind.node.ObjectNode) option, null);
                app.send(body);
                return body;
            }
        }
        throw new AssertionError("no option " + value + " in " + element);
    }

    @Test
    @DisplayName("confirming from the ephemeral summary posts the plan and drafts in the DM, and one pointer in the channel")
    void confirmFromTheChannel() {
        // given Ana answered everything in the DM and is at the summary
        app.command(ANA, "C0JOBS", "");
        for (String answer : new String[] {"Acme", "Designer", "interview", "hired_other",
                "Dana Smith, hiring manager, weekly releases", "done", "Dana Smith", "yes", "thank, feedback", "warm"}) {
            app.dm(ANA, answer);
        }
        // when she types /rejected in the channel and confirms on the ephemeral summary
        ApiCall summary = asMessage(app.command(ANA, "C0JOBS", ""));
        int dms = app.dms(ANA).size();
        String body = select(summary, "select:confirm", "answer:confirm:yes");

        // then the drafts arrive in her DM, and the channel gets one short answer
        List<ApiCall> responded = respondedTo(body);
        assertThat(responded).hasSize(1);
        assertThat(responded.get(0).shownText()).doesNotContain("*To:*");
        assertThat(app.dms(ANA).subList(dms, app.dms(ANA).size()).stream().map(ApiCall::shownText))
                .anySatisfy(text -> assertThat(text).contains("*To:* Dana Smith"));
    }

    @Test
    @DisplayName("\"start\" pressed on the ephemeral help asks the first question in the DM, where typed answers reach the app")
    void startFromHelp() {
        // given Ana asked for help in a channel
        ApiCall help = asMessage(app.command(ANA, "C0JOBS", "help"));
        assertThat(help.element("choice:-:start").isMissingNode()).as("%s", help.blocks()).isFalse();

        // when she presses "start" on it
        press(help, "choice:-:start");

        // then the first question waits in her DM
        assertThat(app.slack.lastPosted(FakeSlack.dmOf(ANA)).block("step:company").isMissingNode()).isFalse();
    }
}
