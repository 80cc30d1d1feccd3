package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeSlack;

/**
 * The packaged Slack app ({@code slack-adapter-*-app.jar}, the jar {@code ./rebound slack} runs)
 * started as a separate process with the README's variables, in HTTP mode against the fake Slack
 * on loopback: a whole intake to drafts, with the process stopped and started again mid-intake.
 */
@DisplayName("./rebound slack, as shipped")
class SlackAppIT {

    private static final String ANA = "U0ANA";

    @TempDir
    Path dir;
    private ShippedSlackApp app;

    @BeforeEach
    void start() throws Exception {
        app = new ShippedSlackApp(dir).start();
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private ApiCall say(String text, String expected) throws Exception {
        return app.say(ANA, text, expected);
    }

    @Test
    @DisplayName("a whole intake to drafts in the DM, restarted mid-intake")
    void wholeIntakeAcrossARestart() throws Exception {
        ApiCall welcome = say("hi", "");
        int before = app.slack.posted(FakeSlack.dmOf(ANA)).size();
        assertThat(app.sendSigned(app.payloads.blockAction(ANA, FakeSlack.dmOf(ANA), false,
                welcome.blockIdOf("choice:-:start"), welcome.element("choice:-:start"), null, null)).statusCode())
                .isEqualTo(200);
        app.awaitDm(ANA, before, "company");
        say("Acme", "role");
        say("Product designer", "How far did you get");

        app.stop();
        app.start();

        say("interview", "How did the no come");
        say("they hired someone else", "Who did you meet");
        say("Dana Smith, hiring manager, the move to weekly releases", "Dana");
        say("done", "Who told you");
        say("Dana Smith", "still want it");
        say("yes", "What would help you most");
        say("thank, feedback", "how should the drafts sound");
        say("warm", "Does that look right");
        ApiCall draft = say("yes", "*To:*");
        assertThat(draft.shownText()).contains("Dana Smith", "Acme");
    }
}
