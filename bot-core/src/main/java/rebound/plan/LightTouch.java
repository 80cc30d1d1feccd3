package rebound.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import rebound.frontdoor.Draft;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;

/**
 * The light touch (issue 21; seeds 000, 002, 004: occasional, never a chase), read from plan.txt's
 * settings, and the one place a follow-up is dated: when the plan is made, after an outcome, when a
 * repeating one comes back and when the member snoozes one. A follow-up to a person moves a week later
 * ({@link #MOVE_BY}) while any of these holds:
 * <ul>
 *   <li>another follow-up to that person is within {@link #APART} of it;</li>
 *   <li>it is an ask ({@code one ask at a time:}) and another ask to that person is open: written or
 *       due less than {@code quietMonth} before or after it and not answered since (an answer is any
 *       outcome the member told about that person). It then moves to the end of that quiet month;</li>
 *   <li>it would make more than {@code mostFollowUps} follow-ups to that person within {@code within}
 *       (the notes written when the plan is made, and the replies to what someone said, are not
 *       follow-ups: the thank-you does not count).</li>
 * </ul>
 *
 * @param asks          the follow-up kinds that ask something of a person, the one that matters most first
 * @param quietMonth    how long an unanswered ask stays open, in days
 * @param mostFollowUps how many follow-ups one person gets at most within {@code within}
 * @param within        the span of that limit, in days
 * @param zone          the member's zone, whose calendar says which day a moment falls on; null: none known
 *                      here, and a follow-up may fall on any day (the member's clock still moves it, MemberClock)
 * @param workingDays   the days a follow-up may fall on in {@code zone} (plan.txt: notes go out): one due on
 *                      another day is reckoned on the next of these, so the limits above hold for the day it
 *                      truly comes
 */
record LightTouch(List<String> asks, Duration quietMonth, int mostFollowUps, Duration within, ZoneId zone,
                  WorkingDays workingDays) {

    /** Two follow-ups to one person closer than this are one too many: the later one moves. */
    static final Duration APART = Duration.ofDays(3);
    /** How far such a follow-up moves. */
    static final Duration MOVE_BY = Duration.ofDays(7);
    /** A follow-up never moves more often than this (a year of weeks): the limits always leave room by then. */
    private static final int MOST_MOVES = 52;

    LightTouch {
        asks = List.copyOf(asks);
    }

    /** The light touch with no zone known: any day may do (the member's clock moves it to a working day). */
    LightTouch(List<String> asks, Duration quietMonth, int mostFollowUps, Duration within, WorkingDays workingDays) {
        this(asks, quietMonth, mostFollowUps, within, null, workingDays);
    }

    /** The same light touch, reckoning days on the calendar of a member in {@code zone}. */
    LightTouch inZone(ZoneId zone) {
        return new LightTouch(asks, quietMonth, mostFollowUps, within, zone, workingDays);
    }

    /** {@code at}, or whole days later when its day in the member's zone is not a working day (a Saturday: Monday). */
    Instant onWorkingDay(Instant at) {
        return zone == null ? at : workingDays.onOrAfter(at, zone);
    }

    /**
     * The moment a follow-up of {@code kind} to {@code to} may come, at {@code wanted} or later, given the
     * rejection's follow-ups and drafts, those in {@code planned} (being planned now, not yet in the
     * rejection) and the asks written at {@code now} in {@code askedNow} (the people asked).
     * {@code skip} is left out of the reckoning (the follow-up being moved), null for none.
     */
    Instant date(Rejection rejection, List<FollowUp> planned, List<String> askedNow, Instant now, String kind,
                 String to, Instant wanted, String skip) {
        List<FollowUp> others = new ArrayList<>();
        for (FollowUp f : rejection.followUps()) {
            if (f.to().equals(to) && !f.id().equals(skip) && f.status() != FollowUp.Status.STOPPED) {
                others.add(f);
            }
        }
        planned.stream().filter(f -> f.to().equals(to) && !f.id().equals(skip)).forEach(others::add);
        List<Instant> openAsks = asks.contains(kind) ? openAsks(rejection, others, askedNow, now, to) : List.of();
        Instant at = wanted;
        for (int moves = 0; moves < MOST_MOVES; moves++) {
            // a note is a work e-mail: reckoned on the day it truly comes (plan.txt: notes go out)
            Instant candidate = onWorkingDay(at);
            at = candidate;
            Instant open = openAsks.stream().filter(t -> Duration.between(t, candidate).abs().compareTo(quietMonth) < 0)
                    .max(Instant::compareTo).orElse(null);
            if (open != null) {
                at = open.plus(quietMonth);
            } else if (others.stream().anyMatch(f -> Duration.between(when(f), candidate).abs().compareTo(APART) < 0)
                    || tooMany(others, candidate)) {
                at = at.plus(MOVE_BY);
            } else {
                return at;
            }
        }
        return onWorkingDay(at);
    }

    /** When a follow-up reaches the person: when it is due while pending (a snoozed one too), else when it was delivered. */
    private static Instant when(FollowUp f) {
        return f.isPending() || f.deliveredAt() == null ? f.due() : f.deliveredAt();
    }

    /**
     * Whether some span of {@link #within} holding {@code candidate} holds more than the most follow-ups.
     * Counted in whole days: the member's clock puts each follow-up in their morning, so an hour's
     * difference between when a follow-up was planned and its morning never decides the count.
     */
    private boolean tooMany(List<FollowUp> others, Instant wanted) {
        if (within.isZero()) {
            return false;
        }
        Instant candidate = wanted.truncatedTo(ChronoUnit.DAYS);
        List<Instant> times = new ArrayList<>(others.stream().map(f -> when(f).truncatedTo(ChronoUnit.DAYS)).toList());
        times.add(candidate);
        for (Instant start : times) {
            if (start.isAfter(candidate) || !start.plus(within).isAfter(candidate)) {
                continue;
            }
            long inSpan = times.stream().filter(t -> !t.isBefore(start) && t.isBefore(start.plus(within))).count();
            if (inSpan > mostFollowUps) {
                return true;
            }
        }
        return false;
    }

    /**
     * The moments the asks to {@code to} not answered yet were made or will be: pending ask follow-ups,
     * delivered ones with no outcome about the person since, asks drafted when the plan was made (at the
     * rejection's creation) or now.
     */
    private List<Instant> openAsks(Rejection rejection, List<FollowUp> others, List<String> askedNow, Instant now,
                                   String to) {
        List<Instant> open = new ArrayList<>();
        for (FollowUp f : others) {
            if (asks.contains(f.kind()) && (f.isPending() || !answeredSince(rejection, to, when(f)))) {
                open.add(when(f));
            }
        }
        for (Draft d : rejection.drafts()) {
            if (asks.contains(d.kind()) && d.to().equals(to) && !answeredSince(rejection, to, rejection.createdAt())) {
                open.add(rejection.createdAt());
            }
        }
        if (askedNow.contains(to)) {
            open.add(now);
        }
        return open;
    }

    /** Whether the member told an outcome about {@code to} at {@code since} or later. */
    static boolean answeredSince(Rejection rejection, String to, Instant since) {
        for (HistoryEntry entry : rejection.history()) {
            if (entry.is(HistoryEntry.Type.OUTCOME) && entry.to().equals(to) && !entry.at().isBefore(since)) {
                return true;
            }
        }
        return false;
    }
}
