package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static rebound.slack.RunningSlackApp.ANA;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.conversation.KeptRejections;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeSlack;

@DisplayName("Reminders on Slack: a few DMs a day, the rest gathered into one (issue 22)")
class FewRemindersADayTest extends RunningSlackAppTest {

    @Test
    @DisplayName("500 check-ins due at once: two reminders and one gathered message, not 1,008 posts")
    void fiveHundredDue() {
        // given Ana logged 500 rejections a month ago, and every check-in falls due now
        app.keep(ANA, KeptRejections.of(500, app.clock.instant().minus(Duration.ofDays(30))));
        app.slack.forgetCalls();

        // when the reminders are delivered, then again through the rest of her day
        assertThat(app.door.messengerRun()).as("follow-ups delivered").isEqualTo(500);
        for (int hour = 1; hour < 15; hour++) {
            app.clock.advance(Duration.ofHours(1));
            assertThat(app.door.messengerRun()).isZero();
        }

        // then Slack got three posts: two reminders with their drafts, one naming the rest
        List<ApiCall> posts = app.slack.posted(FakeSlack.dmOf(ANA));
        assertThat(posts).hasSize(3);
        assertThat(posts.subList(0, 2)).allSatisfy(p -> assertThat(p.shownText()).contains("*To:* Dana Smith"));
        ApiCall gathered = posts.get(2);
        assertThat(gathered.shownText()).contains("498 more follow-ups are due today",
                "*Company 3*: a short check-in, to Dana Smith", "and 490 more");

        // when she presses "Show the first one"
        app.press(ANA, gathered, "choice:-:show");

        // then the third company's reminder follows, its draft ready and the next one a press away
        ApiCall shown = app.slack.lastPosted(FakeSlack.dmOf(ANA));
        assertThat(app.slack.posted(FakeSlack.dmOf(ANA))).hasSizeGreaterThan(3);
        assertThat(shown.toString()).contains("followup:r4:r4-f1:show");
    }
}
