package rebound.reminder;

import rebound.frontdoor.Member;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.conversation.Conversation;
import rebound.conversation.DueFollowUp;
import rebound.frontdoor.Messenger;
import rebound.member.MemberState;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;
import rebound.store.Change;
import rebound.store.MemberStore;
import rebound.store.UnreadableMember;
import rebound.text.LogName;

/**
 * Hands due follow-ups to a {@link Messenger}, each at most once, and never while the member's
 * update is under way: one update claims the member's due follow-ups (renders their reminder messages
 * and marks each follow-up {@link FollowUp#sending}), the messenger is called outside any update, and a
 * second update per message records, on every follow-up it carries, what the platform said: delivered;
 * refused (pending again, offered after the platform's hint or a backoff that grows to a day, never in a
 * loop); or no clear answer (a timeout: maybe delivered, {@link FollowUp#unconfirmed}, never sent again).
 * A follow-up left {@code sending} by an instance that died between the send and the mark is, after
 * {@link FollowUp#SEND_WINDOW}, marked maybe delivered in the same way, not sent again.
 *
 * <p>A few messages a day (issue 22: 500 due rejections once made 1,008 DMs in 78 s): a member gets at
 * most {@link Conversation#remindersADay()} reminder messages in a day of theirs (their zone; counted from
 * the reminders in their history). When more follow-ups are due than messages are left, the most pressing
 * (due longest) come in full and the last message gathers the rest ({@link Conversation#gathered}): one
 * send, its follow-ups claimed together and marked together, delivered with it (their drafts one tap away,
 * never sent again). Follow-ups due once the day's messages are spent wait for the member's next morning.
 * While another round of the member's is being sent, nothing new is claimed for them: its messages count
 * first.
 *
 * <p>A member whose record cannot be read, or whose claim fails, is logged and skipped; the members
 * after them still get theirs. Counts go to {@link ReminderMeter}.
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
     * Sends every follow-up due at {@code now} through {@code messenger}, one member after another, a few
     * messages a day per member at most. A front door does not call this: it asks {@link #membersDue} and
     * runs {@link #deliverTo} in each member's own order (issue 19); this whole round is the reminder
     * rules' own tests' way in.
     *
     * @return how many follow-ups the platform confirmed it took (a gathered message counts each it carries)
     */
    public int deliverDue(Instant now, Messenger messenger) {
        int delivered = 0;
        for (Member member : membersDue(now)) {
            delivered += deliverTo(member, now, messenger);
        }
        return delivered;
    }

    /** The members with a follow-up due at {@code now} (or a send to settle), in the store's order. */
    public List<Member> membersDue(Instant now) {
        return Member.allKept(store.membersDueBy(now));
    }

    /**
     * Sends {@code member}'s follow-ups due at {@code now} through {@code messenger}: claimed in one update,
     * sent outside any update, each message marked in a second one. Safe beside another call for the same
     * member (here or on another instance): what one claimed is {@code sending}, so the other claims nothing.
     * A record that cannot be read, or a claim that fails, is logged and counted, and sends nothing.
     *
     * @return how many follow-ups the platform confirmed it took (a gathered message counts each it carries)
     */
    public int deliverTo(Member member, Instant now, Messenger messenger) {
        List<Sending> claimed;
        try {
            claimed = store.update(member.key(), state -> claim(member, state, now));
        } catch (UnreadableMember e) {
            ReminderMeter.failure("unreadable");
            LOG.error("Skipping the reminders of {}: their stored record cannot be read ({})", member.logName(),
                    e.getCause() == null ? e.toString() : e.getCause().toString());
            return 0;
        } catch (RuntimeException e) {
            ReminderMeter.failure("claim");
            LOG.error("Claiming the reminders of {} failed; the other members' go on", member.logName(), e);
            return 0;
        }
        int delivered = 0;
        for (Sending sending : claimed) {
            Sent sent = sending.sendThrough(messenger);
            if (sent.confirmed()) {
                delivered += sending.followUps().size();
            }
            ReminderMeter.message(sending.gathered(), ReminderMeter.result(sent));
            ReminderMeter.followUps(ReminderMeter.result(sent), sending.followUps().size());
            mark(member, sending, sent, now);
        }
        return delivered;
    }

    /** The first update: the due follow-ups put in messages and marked as being sent (or settled without a send). */
    private Change<List<Sending>> claim(Member member, MemberState state, Instant now) {
        ZoneId zone = state.zone();
        List<DueFollowUp> due = new ArrayList<>();
        boolean inFlight = false;
        int unmarked = 0;
        Instant unmarkedSince = null;
        for (Rejection rejection : state.rejections()) {
            for (FollowUp followUp : rejection.followUps()) {
                if (!followUp.isDue(now)) {
                    inFlight |= followUp.isSending();
                } else if (followUp.isSending()) { // left by an instance that died between the send and the mark
                    unmarked++;
                    unmarkedSince = followUp.sendingSince();
                    ReminderMeter.followUps("maybe_delivered", 1);
                    state = state.changeRejection(rejection.id(), r -> afterSend(r, followUp,
                            followUp.unconfirmed(now), now, zone, false));
                } else if (supersededBy(rejection, followUp, now)) {
                    // the bot was away past several nudges of one kind: offer only the latest, not a pile
                    ReminderMeter.followUps("superseded", 1);
                    state = state.changeRejection(rejection.id(), r -> r.withFollowUp(followUp.id(),
                            f -> f.delivered(now)));
                } else {
                    due.add(new DueFollowUp(rejection, followUp));
                }
            }
        }
        if (unmarked > 0) { // once per member, however many a gathered message carried
            LOG.warn("{} reminder(s) for {} were being sent at {} and never marked; taken as maybe delivered, "
                    + "not sent again", unmarked, member.logName(), unmarkedSince);
        }
        if (due.isEmpty() || inFlight) {
            return Change.keep(state, List.of()); // in flight: that round's messages count first; these stay due
        }
        int left = conversation.remindersADay() - sentOn(state, now.atZone(zone).toLocalDate(), zone);
        if (left <= 0) {
            Instant tomorrow = conversation.nextMorning(zone, now);
            ReminderMeter.followUps("deferred", due.size());
            for (DueFollowUp one : due) {
                state = state.changeRejection(one.rejection().id(), r -> r.withFollowUp(one.followUp().id(),
                        f -> f.rescheduled(tomorrow)));
            }
            return Change.keep(state, List.of());
        }
        ReminderMeter.followUps("due", due.size());
        due.sort(Comparator.comparing(d -> d.followUp().due())); // most pressing first; stable: then as logged
        int inFull = due.size() <= left ? due.size() : left - 1;
        List<Sending> claimed = new ArrayList<>();
        for (DueFollowUp one : due.subList(0, inFull)) {
            claimed.add(new Sending(List.of(claimedOf(one)), now,
                    conversation.reminder(member, zone, one.rejection(), one.followUp()), false));
        }
        if (inFull < due.size()) {
            List<DueFollowUp> rest = due.subList(inFull, due.size());
            claimed.add(new Sending(rest.stream().map(Reminders::claimedOf).toList(), now,
                    conversation.gathered(member, zone, rest), true));
        }
        for (DueFollowUp one : due) {
            state = state.changeRejection(one.rejection().id(), r -> r.withFollowUp(one.followUp().id(),
                    f -> f.sending(now)));
        }
        return Change.keep(state, claimed);
    }

    private static Sending.Claimed claimedOf(DueFollowUp one) {
        return new Sending.Claimed(one.rejection().id(), one.followUp().id());
    }

    /**
     * The reminder messages a member got on {@code day} (in {@code zone}), maybe delivered ones included:
     * one per reminder in their history, one per gathered message however many it carried.
     */
    static int sentOn(MemberState state, LocalDate day, ZoneId zone) {
        int single = 0;
        Set<Instant> gathered = new HashSet<>();
        for (Rejection rejection : state.rejections()) {
            for (HistoryEntry entry : rejection.history()) {
                if (entry.is(HistoryEntry.Type.REMINDER) && entry.at().atZone(zone).toLocalDate().equals(day)) {
                    if (Conversation.GATHERED.equals(entry.detail())) {
                        gathered.add(entry.at());
                    } else {
                        single++;
                    }
                }
            }
        }
        return single + gathered.size();
    }

    /** The second update: what the platform said, recorded on each follow-up of the message still the one sent. */
    private void mark(Member member, Sending sending, Sent sent, Instant now) {
        try {
            store.update(member.key(), state -> Change.keep(marked(member, state, sending, sent, now), null));
        } catch (RuntimeException e) {
            ReminderMeter.failure("mark");
            LOG.error("Recording a reminder sent to {} failed; after {} it is taken as maybe delivered, not sent again",
                    member.logName(), FollowUp.SEND_WINDOW, e);
        }
    }

    private MemberState marked(Member member, MemberState state, Sending sending, Sent sent, Instant now) {
        if (sent instanceof Sent.Uncertain uncertain) {
            LOG.warn("A reminder for {} got no clear answer ({}); taken as maybe delivered, not sent again",
                    member.logName(), uncertain.reason());
        }
        boolean toldRefused = false;
        for (Sending.Claimed claimed : sending.followUps()) {
            Rejection rejection = state.rejection(claimed.rejectionId());
            FollowUp followUp = rejection == null ? null : rejection.followUps().stream()
                    .filter(f -> f.id().equals(claimed.followUpId())).findFirst().orElse(null);
            if (followUp == null || !followUp.isSending() || !followUp.sendingSince().equals(sending.since())) {
                continue; // forgotten, stopped or settled meanwhile: nothing to record
            }
            if (sent instanceof Sent.Refused refused) {
                Instant retry = now.plus(retryDelay(followUp.refusals(), refused.retryAfterSeconds()));
                if (followUp.refusals() == 0 && !toldRefused) {
                    toldRefused = true;
                    LOG.warn("A reminder for {} was refused ({}); it stays pending and is tried again at {}",
                            member.logName(), refused.reason(), retry);
                }
                state = state.changeRejection(rejection.id(), r -> r.withFollowUp(followUp.id(), f -> f.refused(retry)));
                continue;
            }
            FollowUp settled = sent.confirmed() ? followUp.delivered(now) : followUp.unconfirmed(now);
            ZoneId zone = state.zone();
            state = state.changeRejection(rejection.id(), r -> afterSend(r, followUp, settled, now, zone,
                    sending.gathered()));
        }
        return state;
    }

    /**
     * The rejection once {@code followUp} was (maybe) delivered: noted in its history (as part of a gathered
     * message when {@code gathered}), its next one planned.
     */
    private Rejection afterSend(Rejection rejection, FollowUp followUp, FollowUp settled, Instant now, ZoneId zone,
            boolean gathered) {
        return conversation.afterDelivery(rejection.withFollowUp(followUp.id(), f -> settled)
                .withHistory(HistoryEntry.reminder(now, followUp.kind(), followUp.to(),
                        gathered ? Conversation.GATHERED : null)), followUp, now, zone);
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
