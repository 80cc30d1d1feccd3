package rebound.reminder;

/** What the platform answered to one reminder: taken, refused, or no clear answer (maybe taken). */
sealed interface Sent {

    /** True when the platform confirmed it took the reminder. */
    default boolean confirmed() {
        return this instanceof Delivered;
    }

    /** The platform took it. */
    record Delivered() implements Sent {
    }

    /** The platform certainly did not take it; {@code retryAfterSeconds} is its hint, 0 for none. */
    record Refused(String reason, long retryAfterSeconds) implements Sent {
    }

    /** No clear answer: the platform may have it. */
    record Uncertain(String reason) implements Sent {
    }
}
