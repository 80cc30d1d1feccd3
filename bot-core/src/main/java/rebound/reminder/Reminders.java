package rebound.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.conversation.Conversation;
import rebound.conversation.MemberState;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;
import rebound.store.Change;
import rebound.store.MemberStore;
import rebound.store.UnreadableMember;
import rebound.text.LogName;

/**
 * Hands due follow-ups to a {@link Messenger}, each at most once, and never while the member's
 * update is under way: one update claims the member's due follow-ups (renders each reminder and
 * marks it {@link FollowUp#sending}), the messenger is called outside any update, and a second
 * update per follow-up records what the platform said: delivered; refused (pending again, offered
 * after the platform's hint or a backoff that grows to a day, never in a loop); or no clear answer
 * (a timeout: maybe delivered, {@link FollowUp#unconfirmed}, never sent again). A follow-up left
 * {@code sending} by an instance that died between the send and the mark is, after
 * {@link FollowUp#SEND_WINDOW}, marked maybe delivered in the same way, not sent again.
 *
 * <p>A member whose record cannot be read, or whose claim fails, is logged and skipped; the members
 * after them still get theirs.
 */
public final class Reminders {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
    static final Duration FIRST_RETRY = Duration.ofHours(1);
    static final Duration LONGEST_RETRY = Duration.ofDays(1);

    private final MemberStore store;
    private final Conversation conversation;

    /** Reminders of the members in {@code store}, worded by {@code conversation}. */
    public Reminders(MemberStore store, Conversation conversation) {
        this.store = store;
        this.conversation = conversation;
    }

    /**
     * Sends every follow-up due at {@code now} through {@code messenger}, one member after another.
     *
     * @return how many the platform confirmed it took
     */
    public synchronized int deliverDue(Instant now, Messenger messenger) {
        int delivered = 0;
        for (String member : store.membersDueBy(now)) {
            List<Sending> claimed;
            try {
                claimed = store.update(member, state -> claim(member, state, now));
            } catch (UnreadableMember e) {
                LOG.error("Skipping the reminders of {}: their stored record cannot be read ({})", LogName.of(member),
                        e.getCause() == null ? e.toString() : e.getCause().toString());
                continue;
            } catch (RuntimeException e) {
                LOG.error("Claiming the reminders of {} failed; the other members' go on", LogName.of(member), e);
                continue;
            }
            for (Sending sending : claimed) {
                Sent sent = sending.sendThrough(messenger);
                if (sent.confirmed()) {
                    delivered++;
                }
                mark(member, sending, sent, now);
            }
        }
        return delivered;
    }

    /** The first update: each due follow-up rendered and marked as being sent (or settled without a send). */
    private Change<List<Sending>> claim(String member, MemberState state, Instant now) {
        List<Sending> claimed = new ArrayList<>();
        for (Rejection rejection : state.rejections()) {
            for (FollowUp followUp : rejection.followUps()) {
                if (!followUp.isDue(now)) {
                    continue;
                }
                if (followUp.isSending()) { // left by an instance that died between the send and the mark
                    LOG.warn("A reminder for {} was being sent at {} and never marked; taken as maybe delivered, "
                            + "not sent again", LogName.of(member), followUp.sendingSince());
                    ZoneId zone = state.zone();
                    state = state.changeRejection(rejection.id(), r -> afterSend(r, followUp,
                            followUp.unconfirmed(now), now, zone));
                } else if (supersededBy(rejection, followUp, now)) {
                    // the bot was away past several nudges of one kind: offer only the latest, not a pile
                    state = state.changeRejection(rejection.id(), r -> r.withFollowUp(followUp.id(),
                            f -> f.delivered(now)));
                } else {
                    claimed.add(new Sending(rejection.id(), followUp.id(), now,
                            conversation.reminder(member, state.zone(), rejection, followUp)));
                    state = state.changeRejection(rejection.id(), r -> r.withFollowUp(followUp.id(),
                            f -> f.sending(now)));
                }
            }
        }
        return Change.keep(state, claimed);
    }

    /** The second update: what the platform said, recorded on the follow-up if it is still the one sent. */
    private void mark(String member, Sending sending, Sent sent, Instant now) {
        try {
            store.update(member, state -> Change.keep(marked(member, state, sending, sent, now), null));
        } catch (RuntimeException e) {
            LOG.error("Recording a reminder sent to {} failed; after {} it is taken as maybe delivered, not sent again",
                    LogName.of(member), FollowUp.SEND_WINDOW, e);
        }
    }

    private MemberState marked(String member, MemberState state, Sending sending, Sent sent, Instant now) {
        Rejection rejection = state.rejection(sending.rejectionId());
        FollowUp followUp = rejection == null ? null : rejection.followUps().stream()
                .filter(f -> f.id().equals(sending.followUpId())).findFirst().orElse(null);
        if (followUp == null || !followUp.isSending() || !followUp.sendingSince().equals(sending.since())) {
            return state; // forgotten, stopped or settled meanwhile: nothing to record
        }
        if (sent instanceof Sent.Refused refused) {
            Instant retry = now.plus(retryDelay(followUp.refusals(), refused.retryAfterSeconds()));
            if (followUp.refusals() == 0) {
                LOG.warn("A reminder for {} was refused ({}); it stays pending and is tried again at {}",
                        LogName.of(member), refused.reason(), retry);
            }
            return state.changeRejection(rejection.id(), r -> r.withFollowUp(followUp.id(), f -> f.refused(retry)));
        }
        if (sent instanceof Sent.Uncertain uncertain) {
            LOG.warn("A reminder for {} got no clear answer ({}); taken as maybe delivered, not sent again",
                    LogName.of(member), uncertain.reason());
        }
        FollowUp settled = sent.confirmed() ? followUp.delivered(now) : followUp.unconfirmed(now);
        return state.changeRejection(rejection.id(), r -> afterSend(r, followUp, settled, now, state.zone()));
    }

    /** The rejection once {@code followUp} was (maybe) delivered: noted in its history, its next one planned. */
    private Rejection afterSend(Rejection rejection, FollowUp followUp, FollowUp settled, Instant now, ZoneId zone) {
        return conversation.afterDelivery(rejection.withFollowUp(followUp.id(), f -> settled)
                .withHistory(new HistoryEntry(now, "reminder:" + followUp.kind(), followUp.to())), followUp, now, zone);
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
