package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static rebound.slack.RunningSlackApp.ANA;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.slack.fake.FakeSlack.PostAttempt;
import rebound.slack.fake.FakeSlack;

@DisplayName("Answers go through the Slack SDK's rate limiter, which honours every Retry-After Slack gives a DM")
class SdkPacingTest extends RunningSlackAppTest {

    private static final String DM = FakeSlack.dmOf(ANA);

    /** Ana logs a whole rejection by typing quickly, past Slack's burst in her DM; the core plans follow-ups. */
    private void finishedIntake() {
        app.command(ANA, "C0JOBS", "");
        for (String answer : new String[] {"Acme", "Designer", "interview", "hired_other",
                "Dana Smith, hiring manager, weekly releases", "done", "Dana Smith", "yes", "thank, stay_in_touch", "warm", "yes"}) {
            app.dm(ANA, answer);
        }
    }

    @Test
    @DisplayName("after each 429 in a DM, nothing is posted there again before its Retry-After, and every answer arrives")
    void everyRefusalWaited() {
        // given Slack refuses each post to Ana's DM once with 429 and Retry-After: 1 (as it may any post; its
        // burst alone refills when the machine runs the turns slowly, and then refuses nothing)
        app.slack.refuseEachPostOnce(DM);

        // when Ana types a whole intake (a dozen posts to her DM)
        finishedIntake();

        // then Slack refused posts with 429, and after each the DM got nothing for the second it asked
        List<PostAttempt> attempts = app.slack.postAttempts(DM);
        assertThat(attempts).anyMatch(a -> a.status() == 429);
        for (int i = 0; i + 1 < attempts.size(); i++) {
            if (attempts.get(i).status() == 429) {
                assertThat(attempts.get(i + 1).atMillis() - attempts.get(i).atMillis())
                        .as("wait after the 429 at attempt %d of %s", i, attempts).isGreaterThanOrEqualTo(1000);
            }
        }
        // and the last post the fake took is the plan's closing line
        assertThat(attempts.get(attempts.size() - 1).status()).isEqualTo(200);
        assertThat(app.slack.lastPosted(DM).shownText()).contains("Copy each draft");
    }

    @Test
    @DisplayName("an answer whose post lost its connection is posted again, and arrives")
    void brokenConnectionTriedAgain() {
        // given the next three posts lose their connection
        app.slack.dropPosts(3);

        // when Ana says hello in her DM
        app.dm(ANA, "hi");

        // then the welcome arrived all the same
        assertThat(app.slack.lastPosted(DM).element("choice:-:start").isMissingNode()).isFalse();
    }

    @Test
    @DisplayName("an answer Slack gave no answer to in time may be shown: it is not posted again")
    void timedOutAnswerNotPostedAgain() throws Exception {
        // given Slack will answer the next post after the client's read timeout
        app.slack.slowDownNext("chat.postMessage", SlackApp.READ_TIMEOUT.plusSeconds(2).toMillis());

        // when Ana says hello in her DM, and the slow post has long been answered
        app.send(app.payloads.eventCallback(app.payloads.nextId("Ev"), app.payloads.dmEvent(ANA, "hi")));
        Thread.sleep(SlackApp.READ_TIMEOUT.plusSeconds(4).toMillis());

        // then the welcome was posted once, never again
        assertThat(app.slack.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    @DisplayName("a Retry-After Slack gave a reminder holds back the next answer to the same DM: one post, after the wait")
    void retryAfterSharedByReminderAndAnswer() {
        // given Ana has follow-ups due, and Slack refuses the reminder with 429 and Retry-After: 2
        finishedIntake();
        app.clock.advance(Duration.ofDays(400));
        app.slack.timePasses();
        app.slack.rateLimit(2);
        assertThat(app.door.messengerRun()).isZero();
        app.slack.rateLimit(0);
        List<PostAttempt> before = app.slack.postAttempts(DM);
        PostAttempt refused = before.get(before.size() - 1);
        assertThat(refused.status()).isEqualTo(429);

        // when Ana writes in the DM right away (Slack would take a post there now: its burst is full again)
        app.dm(ANA, "hi");

        // then her answer was posted once, and not before the two seconds Slack asked for
        List<PostAttempt> after = app.slack.postAttempts(DM).subList(before.size(), app.slack.postAttempts(DM).size());
        assertThat(after).isNotEmpty().allMatch(a -> a.status() == 200);
        assertThat(after.get(0).atMillis() - refused.atMillis()).isGreaterThanOrEqualTo(2000);
    }
}
