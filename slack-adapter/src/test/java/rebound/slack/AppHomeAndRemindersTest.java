package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static rebound.slack.RunningSlackApp.ANA;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeSlack;

@DisplayName("App Home and reminders")
class AppHomeAndRemindersTest extends RunningSlackAppTest {

    /** Ana logs a whole rejection by typing; staying in touch makes the core plan follow-ups with Dana. */
    private void finishedIntake() {
        app.command(ANA, "C0JOBS", "");
        for (String answer : new String[] {"Acme", "Designer", "interview", "hired_other",
                "Dana Smith, hiring manager, weekly releases", "done", "Dana Smith", "yes", "thank, stay_in_touch", "warm", "yes"}) {
            app.dm(ANA, answer);
        }
    }

    @Test
    @DisplayName("opening the Home tab publishes the member's rejections and upcoming follow-ups with buttons")
    void homeTab() {
        // given Ana logged a rejection
        finishedIntake();

        // when she opens the app's Home tab
        app.send(app.payloads.homeOpened(app.payloads.nextId("Ev"), ANA));

        // then views.publish shows her overview, with buttons to start another
        ApiCall publish = app.slack.calls("views.publish").get(0);
        assertThat(publish.param("user_id")).isEqualTo(ANA);
        assertThat(publish.jsonParam("view").path("type").asText()).isEqualTo("home");
        assertThat(publish.shownText()).contains("Acme", "Dana Smith");
        assertThat(publish.element("choice:").isMissingNode()).isFalse();

        // when she presses "new" on the Home tab
        int before = app.dms(ANA).size();
        app.send(app.payloads.blockAction(ANA, null, false, publish.blockIdOf("choice:-:new"),
                publish.element("choice:-:new"), null, null));

        // then the first question arrives in her DM and the Home tab is refreshed
        assertThat(app.dms(ANA).subList(before, app.dms(ANA).size()).stream().map(c -> c.block("step:company")))
                .anySatisfy(block -> assertThat(block.isMissingNode()).isFalse());
        assertThat(app.slack.calls("views.publish")).hasSize(2);
    }

    @Test
    @DisplayName("a due reminder arrives as a DM with its ready draft")
    void reminderDelivered() {
        finishedIntake();
        app.slack.timePasses();
        app.slack.forgetCalls();

        app.clock.set(Instant.parse("2027-06-01T00:00:00Z"));
        int delivered = app.door.messengerRun();

        assertThat(delivered).isPositive();
        ApiCall reminder = app.slack.posted(FakeSlack.dmOf(ANA)).get(0);
        assertThat(reminder.shownText()).contains("*To:* Dana Smith", "Hi Dana");
    }

    @Test
    @DisplayName("an HTTP 429 is honoured: the refused DM stays pending, Slack is not called again before Retry-After, then it arrives")
    void rateLimitHonoured() {
        // given Ana has follow-ups due and Slack is rate limiting
        finishedIntake();
        app.clock.advance(Duration.ofDays(400));
        app.slack.timePasses();
        app.slack.forgetCalls();
        app.slack.rateLimit(30);

        // when reminders are delivered, twice in a row
        int first = app.door.messengerRun();
        int again = app.door.messengerRun();

        // then nothing was delivered, and Slack saw exactly one attempt
        assertThat(first).isZero();
        assertThat(again).isZero();
        assertThat(app.slack.calls("chat.postMessage")).hasSize(1);

        // when Retry-After has passed and Slack accepts again
        app.slack.rateLimit(0);
        app.clock.advance(Duration.ofSeconds(31));
        int later = app.door.messengerRun();

        // then the pending reminders arrive
        assertThat(later).isPositive();
        assertThat(app.slack.posted(FakeSlack.dmOf(ANA)).size()).isGreaterThan(1);
    }

    @Test
    @DisplayName("Slack answering a reminder after the client gave up (a read timeout): maybe delivered, never posted again")
    void timeoutIsNotResent() throws Exception {
        // given Ana has follow-ups due, and Slack will answer the first post after the client's read timeout
        finishedIntake();
        app.clock.advance(Duration.ofDays(400));
        app.slack.timePasses();
        app.slack.forgetCalls();
        app.slack.slowDownNext("chat.postMessage", SlackApp.READ_TIMEOUT.plusSeconds(2).toMillis());

        // when reminders are delivered
        int first = app.door.messengerRun();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (app.slack.calls("chat.postMessage").size() <= first && System.nanoTime() < deadline) {
            Thread.sleep(10); // the fake records the slow call once it answers, after the client gave up
        }
        int posts = app.slack.calls("chat.postMessage").size();

        // then Slack was asked once per due reminder, and the slow one was not confirmed
        assertThat(posts).isPositive();
        assertThat(first).isEqualTo(posts - 1);

        // when a day passes, long past the backoff a refusal would get
        app.clock.advance(Duration.ofDays(1));
        app.door.messengerRun();

        // then nothing Slack may already show was posted again
        assertThat(app.slack.calls("chat.postMessage")).hasSize(posts);
    }
}
