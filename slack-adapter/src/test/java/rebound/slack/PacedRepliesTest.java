package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static rebound.slack.RunningSlackApp.ANA;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeSlack;
import rebound.slack.fake.FakeSlack.PostAttempt;

@DisplayName("Slack's pacing of chat.postMessage never costs the member an answer")
class PacedRepliesTest extends RunningSlackAppTest {

    private static final String DM = FakeSlack.dmOf(ANA);

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
        // and Slack refuses each post to her DM once (as it may any post): her burst alone refills when the machine
        // runs her turns slowly, and then the plan met no 429 at all
        app.slack.refuseEachPostOnce(DM);
        int attemptsBefore = app.slack.postAttempts(DM).size();

        // when she confirms
        app.dm(ANA, "yes");

        // then Slack refused the plan's posts with 429 ...
        List<PostAttempt> attempts = app.slack.postAttempts(DM);
        assertThat(attempts.subList(attemptsBefore, attempts.size())).anyMatch(a -> a.status() == 429);
        // ... and the plan (the feedback request dated a few days after the thanks), the draft and the closing
        // line all arrived, the closing line last
        List<String> shown = app.dms(ANA).subList(before, app.dms(ANA).size()).stream().map(ApiCall::shownText).toList();
        String all = String.join("\n", shown);
        assertThat(all).contains("Here's your plan", "a feedback request, to Dana Smith", "a thank-you, for Dana Smith");
        assertThat(shown.get(shown.size() - 1)).contains("Copy each draft");
    }
}
