package rebound.frontdoor;


/**
 * How a front door hands a reminder to a member (a DM on Slack or Discord, a line on the console).
 * It is called outside any update of the member: no lock, row lock or transaction is held while the
 * platform answers.
 */
@FunctionalInterface
public interface Messenger {

    /**
     * Delivers the message. Returns once the platform took it.
     *
     * @throws DeliveryRefused when the platform certainly did not take it (DMs closed, bot blocked,
     *     rate limited, no connection made): the reminder stays pending and is offered again later,
     *     never in a tight loop
     * @throws DeliveryUncertain when the platform may have taken it (no answer in time, the
     *     connection broke after the request left, a later part of a long reminder failed): the
     *     reminder is marked maybe delivered and never sent again. Any other exception counts as this.
     */
    void deliver(Outbound message) throws DeliveryRefused, DeliveryUncertain;

    /** The platform refused a message; {@code retryAfterSeconds} is its hint, or 0 for none. */
    final class DeliveryRefused extends Exception {
        private static final long serialVersionUID = 1L;
        private final long retryAfterSeconds;

        /** {@code reason} for the log; {@code retryAfterSeconds} the platform's hint, 0 for none. */
        public DeliveryRefused(String reason, long retryAfterSeconds) {
            super(reason);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        /** Seconds the platform asked to wait, or 0 when it gave no hint. */
        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** The platform may or may not have the message (a timeout, a connection broken mid-call). */
    final class DeliveryUncertain extends Exception {
        private static final long serialVersionUID = 1L;

        /** {@code reason} for the log; {@code cause} what the platform's client threw, or null. */
        public DeliveryUncertain(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
