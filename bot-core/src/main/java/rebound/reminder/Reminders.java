package rebound.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.conversation.Conversation;
import rebound.conversation.MemberState;
import rebound.conversation.Outbound;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;
import rebound.store.Change;
import rebound.store.MemberStore;
import rebound.store.UnreadableMember;

/**
 * Hands due follow-ups to a {@link Messenger}, each exactly once: a delivered one is marked and
 * committed before the next member is looked at. A member whose record cannot be read, or whose
 * delivery fails, is logged and skipped; the members after them still get theirs. A refused one stays pending, is logged once, and
 * is offered again after the platform's hint or a backoff that grows to a day, never in a loop.
 */
public final class Reminders {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
    static final Duration FIRST_RETRY = Duration.ofHours(1);
    static final Duration LONGEST_RETRY = Duration.ofDays(1);

    private final MemberStore store;
    private final Conversation conversation;

    public Reminders(MemberStore store, Conversation conversation) {
        this.store = store;
        this.conversation = conversation;
    }

    /** Delivers every follow-up due at {@code now}; returns how many were delivered. */
    public synchronized int deliverDue(Instant now, Messenger messenger) {
        int delivered = 0;
        List<String> members = store.membersDueBy(now);
        for (String member : members) {
            try {
                delivered += store.update(member, state -> deliverTo(member, state, now, messenger));
            } catch (UnreadableMember e) {
                LOG.error("Skipping the reminders of {}: their stored record cannot be read ({})", member,
                        e.getCause() == null ? e.toString() : e.getCause().toString());
            } catch (RuntimeException e) {
                LOG.error("Delivering the reminders of {} failed; the other members' go on", member, e);
            }
        }
        return delivered;
    }

    private Change<Integer> deliverTo(String member, MemberState state, Instant now, Messenger messenger) {
        int delivered = 0;
        for (Rejection rejection : state.rejections()) {
            for (FollowUp followUp : rejection.followUps()) {
                if (!followUp.isDue(now)) {
                    continue;
                }
                if (supersededBy(rejection, followUp, now)) {
                    // the bot was away past several nudges of one kind: offer only the latest, not a pile
                    state = state.changeRejection(rejection.id(), r -> r.withFollowUp(followUp.id(),
                            f -> f.delivered(now)));
                    continue;
                }
                Outbound message = conversation.reminder(member, rejection, followUp);
                try {
                    messenger.deliver(message);
                    state = state.changeRejection(rejection.id(), r -> conversation.afterDelivery(r
                            .withFollowUp(followUp.id(), f -> f.delivered(now))
                            .withHistory(new HistoryEntry(now, "reminder:" + followUp.kind(), followUp.to())),
                            followUp, now));
                    delivered++;
                } catch (Messenger.DeliveryRefused refused) {
                    Instant retry = now.plus(retryDelay(followUp.refusals(), refused.retryAfterSeconds()));
                    if (followUp.refusals() == 0) {
                        LOG.warn("A reminder for {} was refused ({}); it stays pending and is tried again at {}",
                                member, refused.getMessage(), retry);
                    }
                    state = state.changeRejection(rejection.id(), r -> r.withFollowUp(followUp.id(),
                            f -> f.refused(retry)));
                }
            }
        }
        return Change.keep(state, delivered);
    }

    /** True when a later follow-up of the same kind for the same rejection is due as well. */
    private static boolean supersededBy(Rejection rejection, FollowUp followUp, Instant now) {
        return rejection.followUps().stream().anyMatch(other -> other != followUp
                && other.kind().equals(followUp.kind()) && other.isDue(now) && other.due().isAfter(followUp.due()));
    }

    static Duration retryDelay(int earlierRefusals, long hintSeconds) {
        if (hintSeconds > 0) {
            return Duration.ofSeconds(hintSeconds);
        }
        Duration backoff = FIRST_RETRY.multipliedBy(1L << Math.min(earlierRefusals, 5));
        return backoff.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : backoff;
    }
}
