package rebound.store;

import java.time.Instant;
import rebound.member.MemberState;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

/** The moment a member next has a follow-up to offer, so the store can find due members without reading them all. */
final class DueIndex {

    private DueIndex() {
    }

    /** Epoch milliseconds of the member's earliest pending follow-up, or -1 when there is none. */
    static long nextAttempt(MemberState state) {
        long earliest = Long.MAX_VALUE;
        for (Rejection rejection : state.rejections()) {
            for (FollowUp followUp : rejection.followUps()) {
                Instant next = followUp.nextAttempt();
                if (next != null) {
                    earliest = Math.min(earliest, next.toEpochMilli());
                }
            }
        }
        return earliest == Long.MAX_VALUE ? -1 : earliest;
    }

    /** A key that sorts by time first: {@code 0000001764000000000|member}. */
    static String key(long epochMillis, String member) {
        return String.format("%019d|%s", epochMillis, member);
    }

    static String upperBound(Instant now) {
        return String.format("%019d|\uffff", now.toEpochMilli());
    }

    static String member(String key) {
        return key.substring(key.indexOf('|') + 1);
    }
}
