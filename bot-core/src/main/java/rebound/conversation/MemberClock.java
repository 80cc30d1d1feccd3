package rebound.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rebound.member.MemberState;
import rebound.plan.WorkingDays;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

/**
 * The member's clock (issue 21): a follow-up comes in the member's morning ({@code reminder_morning}
 * of words.txt, 09:00) on its own day in their zone, not at whatever UTC moment the plan was made.
 * The playbook plans in days ({@code now + N days}) and knows no zone; this is the one place that
 * turns its due moments into mornings, applied to every follow-up a turn stores or moves (the plan,
 * those added after an outcome, a snooze) and to the next repeat after a delivery.
 *
 * <p>The rule: a follow-up due on a day comes at that day's morning, the member's time. When that
 * morning has already passed as it is stored (a follow-up for today, stored at 15:00; or one whose
 * day is already over), it comes at once: still on the day it was planned for, never dropped, and
 * the date the member was shown stays true. A member whose zone is unknown is in UTC.
 *
 * <p>The days notes go out (plan.txt's {@code notes go out}, Monday to Friday unless set): a follow-up is
 * a work e-mail to a recruiter or a hiring manager, so one whose day in the member's zone is not one of
 * them (a Saturday, a Sunday) comes on the next day that is, in its morning. Only follow-ups a turn stores
 * or moves are dated so: dates already stored by an earlier version stay where they are, and a move to
 * another zone keeps each follow-up's day.
 */
public final class MemberClock {

    private final LocalTime morning;
    private final WorkingDays workingDays;

    /**
     * The clock that brings reminders at {@code morning}, local time (from words.txt's {@code reminder_morning}),
     * and dates follow-ups on {@code workingDays} only (plan.txt's {@code notes go out}).
     */
    public MemberClock(LocalTime morning, WorkingDays workingDays) {
        this.morning = morning;
        this.workingDays = workingDays;
    }

    /**
     * When a follow-up planned for {@code due} comes to a member in {@code zone}, stored at {@code now}:
     * the morning of its local date, or of the next day notes go out when that date is not one (a
     * Saturday's comes on Monday); {@code now} when that morning is past.
     */
    public Instant morningOf(Instant due, ZoneId zone, Instant now) {
        return onDay(workingDays.onOrAfter(due.atZone(zone).toLocalDate()), zone, now);
    }

    /** The member's morning of the day after {@code now}'s in {@code zone}: when a follow-up past the day's reminders comes. */
    public Instant nextMorning(ZoneId zone, Instant now) {
        return onDay(now.atZone(zone).toLocalDate().plusDays(1), zone, now);
    }

    private Instant onDay(LocalDate day, ZoneId zone, Instant now) {
        // a morning that falls in a daylight-saving gap moves forward by the gap's length (ZonedDateTime.of)
        Instant at = day.atTime(morning).atZone(zone).toInstant();
        return at.isBefore(now) ? now : at;
    }

    /**
     * {@code followUps} as they will be stored for a member in {@code zone} at {@code now}: each pending
     * one in its morning (what a message shows before the turn's end stores them, {@link #settle}).
     */
    public List<FollowUp> inMorning(List<FollowUp> followUps, ZoneId zone, Instant now) {
        return followUps.stream().map(f -> movable(f) ? f.rescheduled(morningOf(f.due(), zone, now)) : f).toList();
    }

    /**
     * {@code after} with each pending follow-up that {@code before} did not hold with the same due
     * moment (planned, added or moved in this turn) put in the member's morning. Follow-ups already
     * stored are left as they are, so applying it twice changes nothing.
     */
    public MemberState settle(MemberState before, MemberState after, Instant now) {
        if (after.rejections() == before.rejections()) {
            return after; // most turns (an intake's answers) change no rejection: nothing to look at
        }
        Set<String> kept = new HashSet<>();
        for (Rejection rejection : before.rejections()) {
            for (FollowUp followUp : rejection.followUps()) {
                kept.add(key(rejection, followUp));
            }
        }
        ZoneId zone = after.zone();
        List<Rejection> settled = new ArrayList<>(after.rejections().size());
        boolean changed = false;
        for (Rejection rejection : after.rejections()) {
            Rejection timed = timed(rejection, f -> !kept.contains(key(rejection, f)), zone, now);
            changed |= timed != rejection;
            settled.add(timed);
        }
        return changed ? after.withRejections(settled) : after;
    }

    /**
     * {@code after}, the rejection once {@code delivered} was delivered, with the follow-ups it did not
     * have before (the next repeat) in the member's morning.
     */
    public Rejection settle(Rejection before, Rejection after, ZoneId zone, Instant now) {
        Set<String> kept = new HashSet<>();
        before.followUps().forEach(f -> kept.add(key(before, f)));
        return timed(after, f -> !kept.contains(key(after, f)), zone, now);
    }

    /**
     * A member who moves to {@code zone}: the state in that zone, each pending follow-up (not one being
     * sent) on the same local date as before, at that date's morning in the new zone (or at once when
     * that morning is past). Nothing is dropped or added, so nothing comes twice.
     */
    public MemberState moveTo(MemberState state, ZoneId zone, Instant now) {
        ZoneId from = state.zone();
        List<Rejection> moved = new ArrayList<>(state.rejections().size());
        for (Rejection rejection : state.rejections()) {
            List<FollowUp> followUps = new ArrayList<>(rejection.followUps().size());
            for (FollowUp followUp : rejection.followUps()) {
                followUps.add(movable(followUp)
                        ? followUp.rescheduled(onDay(followUp.due().atZone(from).toLocalDate(), zone, now))
                        : followUp);
            }
            moved.add(rejection.withFollowUps(followUps));
        }
        return state.withRejections(moved).withZone(zone);
    }

    private Rejection timed(Rejection rejection, java.util.function.Predicate<FollowUp> fresh, ZoneId zone,
            Instant now) {
        List<FollowUp> followUps = new ArrayList<>(rejection.followUps().size());
        boolean changed = false;
        for (FollowUp followUp : rejection.followUps()) {
            if (movable(followUp) && fresh.test(followUp)) {
                Instant at = morningOf(followUp.due(), zone, now);
                if (!at.equals(followUp.due())) {
                    followUp = followUp.rescheduled(at);
                    changed = true;
                }
            }
            followUps.add(followUp);
        }
        return changed ? rejection.withFollowUps(followUps) : rejection;
    }

    private static boolean movable(FollowUp followUp) {
        return followUp.isPending() && !followUp.isSending();
    }

    private static String key(Rejection rejection, FollowUp followUp) {
        return rejection.id() + '\u0000' + followUp.id() + '\u0000' + followUp.due();
    }
}
