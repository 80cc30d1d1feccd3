package rebound.rejection;

import java.time.Duration;
import java.time.Instant;

/**
 * A dated reminder with the script it will propose then. {@code to} names the contact it is about
 * (empty when it is about the company as a whole).
 *
 * <p>{@code retryAt} is set when a front door could not deliver it (the member closed their DMs): it
 * stays pending and is tried again then, never in a loop.
 *
 * <p>{@code sendingSince} is set while it is being sent: claimed in one update, sent outside any
 * update, marked in the next. Until {@link #SEND_WINDOW} has passed no one offers it again; after
 * that (the instance died between the send and the mark) it is due once more, only to be marked
 * {@code unconfirmed}: maybe delivered, never sent a second time. {@code unconfirmed} is true for a
 * delivered follow-up whose platform never confirmed it (a timeout, a crash between send and mark).
 *
 * <p>{@code answerOf} names the person whose answer planned it (a report-back, a favour returned after
 * their referral; empty for the hiring team), null when the plan made it when the intake ended (and in
 * records of versions before issue 21, which had no such field). An outcome about someone else never
 * stops it (issue 21: that person's story decides their next note).
 */
public record FollowUp(String id, String kind, Instant due, String to, Status status, Instant deliveredAt,
                       Instant retryAt, int refusals, Instant sendingSince, boolean unconfirmed, String answerOf) {

    /**
     * How long a follow-up being sent is left to the instance sending it: longer than any platform
     * call may take (Slack's and Discord's clients time out within a minute). After it, the send is
     * taken as maybe delivered.
     */
    public static final Duration SEND_WINDOW = Duration.ofMinutes(15);

    public enum Status { PENDING, DELIVERED, STOPPED }

    public FollowUp {
        to = to == null ? "" : to;
        status = status == null ? Status.PENDING : status;
    }

    public static FollowUp planned(String id, String kind, Instant due, String to) {
        return new FollowUp(id, kind, due, to, Status.PENDING, null, null, 0, null, false, null);
    }

    /** The same follow-up, planned because {@code person} answered (null: by the plan). */
    public FollowUp answering(String person) {
        return new FollowUp(id, kind, due, to, status, deliveredAt, retryAt, refusals, sendingSince, unconfirmed,
                person);
    }

    /** True while it may still be offered (it is being sent, too, until the send is marked). */
    public boolean isPending() {
        return status == Status.PENDING;
    }

    /** True from its claim until the send is marked (or, past {@link #SEND_WINDOW}, taken as maybe delivered). */
    public boolean isSending() {
        return isPending() && sendingSince != null;
    }

    /**
     * When this follow-up should next be looked at, or null when it never will be: its due moment or
     * the retry after a refusal; while it is being sent, the end of {@link #SEND_WINDOW}.
     */
    public Instant nextAttempt() {
        if (!isPending()) {
            return null;
        }
        if (sendingSince != null) {
            return sendingSince.plus(SEND_WINDOW);
        }
        return retryAt != null && retryAt.isAfter(due) ? retryAt : due;
    }

    public boolean isDue(Instant now) {
        Instant next = nextAttempt();
        return next != null && !next.isAfter(now);
    }

    /** Claimed for sending at {@code at}: no one offers it again until it is marked or the window passed. */
    public FollowUp sending(Instant at) {
        return new FollowUp(id, kind, due, to, status, deliveredAt, retryAt, refusals, at, false, answerOf);
    }

    /** The platform took it at {@code at}. */
    public FollowUp delivered(Instant at) {
        return new FollowUp(id, kind, due, to, Status.DELIVERED, at, null, refusals, null, false, answerOf);
    }

    /** Maybe delivered at {@code at} (no answer from the platform, or a crash before the mark): never sent again. */
    public FollowUp unconfirmed(Instant at) {
        return new FollowUp(id, kind, due, to, Status.DELIVERED, at, null, refusals, null, true, answerOf);
    }

    /** The platform refused it: pending again, offered at {@code retry}. */
    public FollowUp refused(Instant retry) {
        return new FollowUp(id, kind, due, to, status, deliveredAt, retry, refusals + 1, null, false, answerOf);
    }

    public FollowUp stopped() {
        return new FollowUp(id, kind, due, to, Status.STOPPED, deliveredAt, null, refusals, null, false, answerOf);
    }

    /**
     * The same follow-up due at {@code newDue}, all else kept (a retry after a refusal too): how the
     * member's clock puts it in their morning (issue 21).
     */
    public FollowUp rescheduled(Instant newDue) {
        return new FollowUp(id, kind, newDue, to, status, deliveredAt, retryAt, refusals, sendingSince, unconfirmed,
                answerOf);
    }

    public FollowUp movedTo(Instant newDue) {
        return new FollowUp(id, kind, newDue, to, Status.PENDING, deliveredAt, null, refusals, null, false, answerOf);
    }
}
