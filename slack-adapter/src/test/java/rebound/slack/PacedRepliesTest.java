package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static rebound.slack.RunningSlackApp.ANA;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.slack.fake.ApiCall;

@DisplayName("Slack's pacing of chat.postMessage never costs the member an answer")
class PacedRepliesTest extends RunningSlackAppTest {

    @Test
    @DisplayName("a plan confirmed right after a quick intake arrives whole and in order, past Slack's 429s")
    void planArrivesWhole() {
        // given Ana answers every question quickly, so her DM is past Slack's burst
        app.startIntake(ANA);
        for (String answer : new String[] {"Acme", "Designer", "interview", "hired_other",
                "Dana Smith, hiring manager, weekly releases", "done", "Dana Smith", "yes", "thank, feedback", "warm"}) {
            app.dm(ANA, answer);
        }
        int before = app.dms(ANA).size();

        // when she confirms
        app.dm(ANA, "yes");

        // then the plan (the feedback request dated a few days after the thanks), the draft and the closing
        // line all arrived, the closing line last
        List<String> shown = app.dms(ANA).subList(before, app.dms(ANA).size()).stream().map(ApiCall::shownText).toList();
        String all = String.join("\n", shown);
        assertThat(all).contains("Here's your plan", "a feedback request, to Dana Smith", "a thank-you, for Dana Smith");
        assertThat(shown.get(shown.size() - 1)).contains("Copy each draft");
    }
}
