package rebound.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import rebound.conversation.Outbound;
import rebound.reminder.Messenger;

/**
 * Delivers the core's reminders as DMs. After Slack answers 429 it honours {@code Retry-After}:
 * until then every reminder is refused at once, without calling Slack, and the core keeps it
 * pending for later. It posts at once rather than through the SDK's paced queue ({@link Replies}
 * does): that queue would hold the core's reminder loop for as long as Slack asks to wait, and the
 * loop is what retries, on the bot's clock. The SDK still records the {@code Retry-After} this
 * refusal carries, so answers to the same DM wait for it too ({@link SdkPacing}).
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
    public void deliver(Outbound message) throws DeliveryRefused {
        if (!Members.isSlack(message.member())) {
            throw new DeliveryRefused("not a Slack member", 0);
        }
        Instant now = clock.instant();
        Instant until = quietUntil.get();
        if (now.isBefore(until)) {
            throw new DeliveryRefused("Slack asked to wait (HTTP 429)", Duration.between(now, until).toSeconds() + 1);
        }
        try {
            dms.postToMember(message.member(), blocks.render(message, message.member()));
        } catch (SlackRefusal refusal) {
            if (refusal.retryAfterSeconds() > 0) {
                quietUntil.accumulateAndGet(now.plusSeconds(refusal.retryAfterSeconds()),
                        (a, b) -> a.isAfter(b) ? a : b);
            }
            throw new DeliveryRefused(refusal.getMessage(), refusal.retryAfterSeconds());
        }
    }
}
