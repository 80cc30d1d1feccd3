package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static rebound.slack.RunningSlackApp.ANA;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.slack.fake.ApiCall;

@DisplayName("A restart in the middle of an intake")
class RestartTest extends RunningSlackAppTest {

    @Test
    @DisplayName("keeps every answer the member saw accepted; a new app on the same data dir asks the next step, and old buttons still work")
    void resumesAfterRestart() throws Exception {
        // given Ana answered two steps and was shown the stage buttons
        app.startIntake(ANA);
        app.dm(ANA, "Acme");
        ApiCall stage = app.dm(ANA, "Designer");

        // when the app stops and a new one starts on the same data
        app.restart();

        // then the button on the old message answers the stage step
        int before = app.dms(ANA).size();
        app.press(ANA, stage, "choice:stage:final");
        ApiCall outcome = app.slack.lastPosted(rebound.slack.fake.FakeSlack.dmOf(ANA));
        assertThat(app.dms(ANA)).hasSizeGreaterThan(before);
        assertThat(outcome.block("step:outcome").isMissingNode()).isFalse();

        // and the company she gave before the restart is still known
        assertThat(app.dm(ANA, "back").shownText()).contains("How far did you get with Acme");
    }
}
