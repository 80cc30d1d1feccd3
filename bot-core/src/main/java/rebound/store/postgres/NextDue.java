package rebound.store.postgres;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import rebound.member.MemberState;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

/**
 * The {@code next_due} column: the member's earliest pending follow-up ({@link FollowUp#nextAttempt},
 * the moment {@link FollowUp#isDue} turns true), at PostgreSQL's microsecond precision. A moment is
 * rounded up when stored and the time asked about rounded down, so a member is never offered early.
 */
final class NextDue {

    private NextDue() {
    }

    /** The earliest pending follow-up of {@code state}, rounded up to the microsecond; null when none. */
    static OffsetDateTime of(MemberState state) {
        Instant earliest = null;
        for (Rejection rejection : state.rejections()) {
            for (FollowUp followUp : rejection.followUps()) {
                Instant next = followUp.nextAttempt();
                if (next != null && (earliest == null || next.isBefore(earliest))) {
                    earliest = next;
                }
            }
        }
        if (earliest == null) {
            return null;
        }
        Instant down = earliest.truncatedTo(ChronoUnit.MICROS);
        return (down.equals(earliest) ? down : down.plus(1, ChronoUnit.MICROS)).atOffset(ZoneOffset.UTC);
    }

    /** {@code now} rounded down to the microsecond, for comparing with {@code next_due}. */
    static OffsetDateTime asked(Instant now) {
        return now.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
