package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsConfig;
import com.slack.api.methods.impl.AsyncMethodsRateLimiter;
import com.slack.api.rate_limits.metrics.MetricsDatastore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The wait the Slack SDK puts before a post to a DM, as it computes it with the pacing Rebound
 * configures ({@link SdkPacing}, {@link ChannelPace}): the SDK's own rate limiter, fed the posts a DM
 * had in its last minute. A waiting post holds every other member's answer behind it (one queue
 * per workspace), so a DM is held only near Slack's limit of about one post a second per channel
 * (issue 20, "Answers on time when many members talk at once").
 */
@DisplayName("The SDK holds a member's DM only near Slack's own limit for a channel")
class ChannelPaceTest {

    private static final String TEAM = "T0TEAM";

    private final SlackConfig config = new SlackConfig();
    private final SdkPacing pacing = SdkPacing.on(config);
    private final MethodsConfig methods = config.getMethodsConfig();
    private final AsyncMethodsRateLimiter limiter = new AsyncMethodsRateLimiter(methods);

    @AfterEach
    void close() {
        pacing.close();
    }

    /** {@code count} posts to {@code channel} in the last minute, {@code apartMillis} apart, the last just now. */
    private void posted(String channel, int count, long apartMillis) {
        MetricsDatastore counts = methods.getMetricsDatastore();
        long now = System.currentTimeMillis();
        for (int i = count - 1; i >= 0; i--) {
            counts.addToLastMinuteRequests(methods.getExecutorName(), TEAM, "chat.postMessage_" + channel,
                    now - i * apartMillis);
        }
    }

    private long waitBeforeNextPost(String channel) {
        return limiter.acquireWaitTimeForChatPostMessage(TEAM, channel).getMillisToWait();
    }

    @Test
    @DisplayName("a member answering every 2 s for a minute (30 posts to their DM) is answered without waiting")
    void memberTypingIsNotHeld() {
        // given Ana's DM got a post every 2 s for the last minute, half of Slack's rate
        posted("DANA", 30, 2000);

        // then her next answer waits nothing in the SDK (with its built-in 60 a minute it waited 0.5 s, and held
        // every other DM of the workspace as long)
        assertThat(waitBeforeNextPost("DANA")).isZero();
    }

    @Test
    @DisplayName("a DM past Slack's rate of one post a second is spaced a second apart")
    void pastSlacksRateSpaced() {
        // given a DM got 110 posts in the last minute, faster than Slack takes them
        posted("DBUSY", 110, 500);

        // then the SDK spaces its next post by Slack's one a second
        assertThat(waitBeforeNextPost("DBUSY")).isEqualTo(1000);
    }

    @Test
    @DisplayName("a burst of more than a dozen posts within 3 s to one DM makes its next post wait 1.5 s")
    void burstHeld() {
        // given a DM got 13 posts within the last 3 s (10 ms apart: they stay within 3 s of the SDK's look at its
        // clock even when a loaded machine stalls this thread for a while; 200 ms apart, a stall of 0.8 s left 11)
        long first = System.currentTimeMillis();
        posted("DBURST", 13, 10);

        // then its next post waits 1.5 s
        long wait = waitBeforeNextPost("DBURST");
        assertThat(System.currentTimeMillis() - first).as("ms from the first post to the SDK's answer").isLessThan(2880);
        assertThat(wait).isEqualTo(1500);
    }

    @Test
    @DisplayName("a Retry-After Slack gave one DM holds that DM only")
    void retryAfterHoldsItsChannelOnly() {
        // given Slack answered a post to Ana's DM with 429 and Retry-After: 2
        long retryAt = System.currentTimeMillis() + 2000;
        methods.getMetricsDatastore().setRateLimitedMethodRetryEpochMillis(methods.getExecutorName(), TEAM,
                "chat.postMessage_DANA", retryAt);

        // then her DM waits until those 2 s end, to the millisecond of the SDK's look at its clock (between the two
        // readings around it: a loaded machine may take any time over the asking), and Ben's not at all
        long asked = System.currentTimeMillis();
        long wait = waitBeforeNextPost("DANA");
        long answered = System.currentTimeMillis();
        assertThat(wait).isBetween(retryAt - answered, retryAt - asked);
        assertThat(waitBeforeNextPost("DBEN")).isZero();
    }
}
