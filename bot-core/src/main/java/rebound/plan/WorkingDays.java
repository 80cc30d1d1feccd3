package rebound.plan;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The days of the week a follow-up may fall on, on the member's own calendar (plan.txt's
 * {@code notes go out}, Monday to Friday unless set): a note to a recruiter or a hiring manager is a work
 * e-mail, so one due on another day comes on the next of these. The one rule for it: the plan's light touch
 * reckons with it ({@code LightTouch}), and the member's clock dates every stored follow-up by it
 * ({@code MemberClock}).
 *
 * @param days at least one day of the week
 * @throws IllegalArgumentException when {@code days} is empty
 */
public record WorkingDays(Set<DayOfWeek> days) {

    /** Monday to Friday: the default when plan.txt names no days. */
    public static final WorkingDays MONDAY_TO_FRIDAY = new WorkingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    public WorkingDays {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("no day for notes to go out");
        }
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    /** {@code day} when notes go out on it, else the next day they do (a Saturday or Sunday: the Monday after). */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate at = day;
        while (!days.contains(at.getDayOfWeek())) {
            at = at.plusDays(1);
        }
        return at;
    }

    /** {@code at}, or whole days later, at the same local time, when its day in {@code zone} is not one of these. */
    public Instant onOrAfter(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return local.plusDays(local.toLocalDate().until(onOrAfter(local.toLocalDate())).getDays()).toInstant();
    }
}
