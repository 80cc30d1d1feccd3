package rebound.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import rebound.frontdoor.Messenger;
import rebound.frontdoor.Outbound;

/**
 * Delivers the core's reminders as DMs. After Slack answers 429 it honours {@code Retry-After}:
 * until then every reminder is refused at once, without calling Slack, and the core keeps it
 * pending for later. It posts at once rather than through the SDK's paced queue ({@link Replies}
 * does): that queue would hold the core's reminder loop for as long as Slack asks to wait, and the
 * loop is what retries, on the bot's clock. The SDK still records the {@code Retry-After} this
 * refusal carries, so answers to the same DM wait for it too ({@link SdkPacing}).
 *
 * <p>A call Slack may have taken all the same (a read timeout, a connection broken mid-call), or a
 * refusal after a first part of a long reminder was posted, is {@link DeliveryUncertain}: the core
 * keeps the reminder as maybe delivered and never posts it again.
 */
final class SlackMessenger implements Messenger {

    private final SlackApi dms;
    private final Renderer blocks;
    private final Clock clock;
    private final AtomicReference<Instant> quietUntil = new AtomicReference<>(Instant.MIN);

    SlackMessenger(SlackApi dms, Renderer blocks, Clock clock) {
        this.dms = dms;
        this.blocks = blocks;
        this.clock = clock;
    }

    @Override
    public void deliver(Outbound message) throws DeliveryRefused, DeliveryUncertain {
        if (!Members.isSlack(message.member())) {
            throw new DeliveryRefused("not a Slack member", 0);
        }
        Instant now = clock.instant();
        Instant until = quietUntil.get();
        if (now.isBefore(until)) {
            throw new DeliveryRefused("Slack asked to wait (HTTP 429)", Duration.between(now, until).toSeconds() + 1);
        }
        List<SlackMessage> parts = blocks.render(message, message.member());
        String channel;
        try {
            channel = dms.channelOf(message.member()); // nothing is posted yet: any failure is a refusal
        } catch (SlackRefusal refusal) {
            throw refused(refusal, now);
        }
        int posted = 0;
        try {
            for (SlackMessage part : parts) {
                dms.post(message.member(), channel, List.of(part));
                posted++;
            }
        } catch (SlackRefusal refusal) {
            if (posted > 0 || refusal.mayHaveArrived()) {
                throw new DeliveryUncertain("Slack may have the reminder (" + posted + " of " + parts.size()
                        + " parts posted; then " + refusal.getMessage() + ")", refusal);
            }
            throw refused(refusal, now);
        }
    }

    /** A refusal for the core; a {@code Retry-After} in it keeps every reminder away from Slack until then. */
    private DeliveryRefused refused(SlackRefusal refusal, Instant now) {
        if (refusal.retryAfterSeconds() > 0) {
            quietUntil.accumulateAndGet(now.plusSeconds(refusal.retryAfterSeconds()), (a, b) -> a.isAfter(b) ? a : b);
        }
        return new DeliveryRefused(refusal.getMessage(), refusal.retryAfterSeconds());
    }
}
