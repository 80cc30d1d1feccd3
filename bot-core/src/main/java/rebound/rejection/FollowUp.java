package rebound.rejection;

import java.time.Instant;

/**
 * A dated reminder with the script it will propose then. {@code to} names the contact it is about
 * (empty when it is about the company as a whole).
 *
 * <p>{@code retryAt} is set when a front door could not deliver it (the member closed their DMs): it
 * stays pending and is tried again then, never in a loop.
 */
public record FollowUp(String id, String kind, Instant due, String to, Status status, Instant deliveredAt,
                       Instant retryAt, int refusals) {

    public enum Status { PENDING, DELIVERED, STOPPED }

    public FollowUp {
        to = to == null ? "" : to;
        status = status == null ? Status.PENDING : status;
    }

    public static FollowUp planned(String id, String kind, Instant due, String to) {
        return new FollowUp(id, kind, due, to, Status.PENDING, null, null, 0);
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    /** When this follow-up should next be offered to the member, or null when it never will be. */
    public Instant nextAttempt() {
        if (!isPending()) {
            return null;
        }
        return retryAt != null && retryAt.isAfter(due) ? retryAt : due;
    }

    public boolean isDue(Instant now) {
        Instant next = nextAttempt();
        return next != null && !next.isAfter(now);
    }

    public FollowUp delivered(Instant at) {
        return new FollowUp(id, kind, due, to, Status.DELIVERED, at, null, refusals);
    }

    public FollowUp refused(Instant retry) {
        return new FollowUp(id, kind, due, to, status, deliveredAt, retry, refusals + 1);
    }

    public FollowUp stopped() {
        return new FollowUp(id, kind, due, to, Status.STOPPED, deliveredAt, null, refusals);
    }

    public FollowUp movedTo(Instant newDue) {
        return new FollowUp(id, kind, newDue, to, Status.PENDING, deliveredAt, null, refusals);
    }
}
