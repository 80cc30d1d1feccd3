package rebound.slack;

import com.slack.api.methods.MethodsCustomRateLimitResolver;
import java.util.Optional;

/**
 * How many {@code chat.postMessage} calls a minute the Slack SDK (1.51.0) is told each channel
 * takes, so that it paces a member's DM only near Slack's own limit for a channel (about one message
 * a second, short bursts allowed; Slack's rate-limit documentation) and not long before it.
 *
 * <p>The SDK keeps one first-in, first-out queue of posts per workspace ({@code
 * RateLimitQueue#dequeueIfReady} lets only its head go): while one channel's post waits for that
 * channel's pace, every other member's answer waits behind it. Its calculator ({@code
 * WaitTimeCalculator#calculateWaitTime}) spaces a channel's posts from 30% of the allowance it is
 * given: with its built-in 60 a minute, a DM with 18 posts in the last minute (a member answering
 * every 3 s) waited 0.5 s, with 36 1 s, with 54 2 s, and with 6 in 3 s 3 s; and each of those waits
 * held the whole workspace. Told {@value #POSTS_PER_MINUTE}, the calculator leaves a DM alone below
 * 36 posts in its last minute (more than a person typing answers makes: one every 2 s is 30), spaces
 * it 0.25 s from 36, 0.5 s from 72, 1 s (Slack's rate) from 108, and 1.5 s after more than 12 in 3 s. Past
 * that, Slack's own 429 is waited for that channel alone until its {@code Retry-After} ({@link
 * SdkPacing}). Every other method keeps the SDK's built-in tiers.
 */
final class ChannelPace implements MethodsCustomRateLimitResolver {

    /** The allowance per channel given to the SDK's calculator (see the class comment for what it does with it). */
    static final int POSTS_PER_MINUTE = 120;

    @Override
    public Optional<Integer> getCustomAllowedRequestsPerMinute(String teamId, String methodName) {
        return Optional.empty();
    }

    @Override
    public Optional<Integer> getCustomAllowedRequestsForChatPostMessagePerMinute(String teamId, String channel) {
        return Optional.of(POSTS_PER_MINUTE);
    }

    @Override
    public Optional<Integer> getCustomAllowedRequestsForAssistantThreadsSetStatusPerMinute(String teamId,
            String channel) {
        return Optional.empty();
    }
}
