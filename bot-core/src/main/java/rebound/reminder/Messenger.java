package rebound.reminder;

import rebound.conversation.Outbound;

/**
 * How a front door hands a reminder to a member (a DM on Slack or Discord, a line on the console).
 */
@FunctionalInterface
public interface Messenger {

    /**
     * Delivers the message or throws {@link DeliveryRefused} when the platform would not take it
     * (DMs closed, bot blocked, rate limited). A refused reminder stays pending and is offered again
     * later, never in a tight loop.
     */
    void deliver(Outbound message) throws DeliveryRefused;

    /** The platform refused a message; {@code retryAfterSeconds} is its hint, or 0 for none. */
    final class DeliveryRefused extends Exception {
        private final long retryAfterSeconds;

        public DeliveryRefused(String reason, long retryAfterSeconds) {
            super(reason);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
