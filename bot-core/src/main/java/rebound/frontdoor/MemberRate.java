package rebound.frontdoor;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;

/**
 * How fast one member may talk to the bot on Slack and Discord (issue 22: no member can flood it; 1,000
 * DMs in 4.5 s were all taken, and their answers held the platform's pacing for 20 minutes while
 * others waited). Each member has a token bucket: {@code burst} events at once, refilled at
 * {@code burst} per {@code refill}. An event past it is not taken; the first such event since the member
 * was last taken is told to slow down ({@link Pace#SLOW_DOWN}), the rest are set aside in silence
 * ({@link Pace#SET_ASIDE}), so a flood is answered once, not once per message.
 *
 * <p>The default ({@link #forMembers}) lets a member answer as fast as anyone types or presses buttons,
 * paste a list split into a dozen messages, and no more: 30 at once, 30 a minute after that. Buckets of
 * members quiet for longer than the refill are forgotten (they are full again by then), so the memory
 * this takes is bounded by the members active in the last {@code refill}.
 */
public final class MemberRate {

    /** What happens to one event of a member. */
    public enum Pace {
        /** Within the member's pace: the turn is taken. */
        TAKEN,
        /** The first event past the pace: not taken, and the member is told to slow down. */
        SLOW_DOWN,
        /** Past the pace, the member already told: not taken, nothing said. */
        SET_ASIDE
    }

    /** Events a member may send at once. */
    public static final int BURST = 30;
    /** How long the bucket takes to fill again from empty. */
    public static final Duration REFILL = Duration.ofMinutes(1);

    private final boolean unlimited;
    private final int burst;
    private final Duration refill;
    private final TimeMeter time;
    /** Per member: their bucket, and whether they were told to slow down since their last taken event. */
    private final Cache<Member, Allowance> members;

    private static final class Allowance {
        final Bucket bucket;
        /** Told to slow down since their last taken event; guarded by this. */
        boolean told;

        Allowance(Bucket bucket) {
            this.bucket = bucket;
        }
    }

    /**
     * A pace of {@code burst} events at once, refilled at {@code burst} per {@code refill}, measured on
     * {@code clock}.
     *
     * @throws IllegalArgumentException when {@code burst} is under 1 or {@code refill} is not positive
     */
    public MemberRate(int burst, Duration refill, Clock clock) {
        this(false, burst, refill, clock);
    }

    private MemberRate(boolean unlimited, int burst, Duration refill, Clock clock) {
        if (burst < 1 || refill.isZero() || refill.isNegative()) {
            throw new IllegalArgumentException("a member's pace needs a burst of 1 or more and a positive refill");
        }
        this.unlimited = unlimited;
        this.burst = burst;
        this.refill = refill;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return Math.multiplyExact(clock.millis(), 1_000_000L);
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.members = Caffeine.newBuilder().expireAfterAccess(refill.multipliedBy(2)).build();
    }

    /** The default pace ({@link #BURST} at once, refilled over {@link #REFILL}) on {@code clock}. */
    public static MemberRate forMembers(Clock clock) {
        return new MemberRate(BURST, REFILL, clock);
    }

    /**
     * No pace at all: the terminal and JSON lines, where one reader types or a script of the operator's
     * own runs, and nobody else waits.
     */
    public static MemberRate unlimited() {
        return new MemberRate(true, 1, REFILL, Clock.systemUTC());
    }

    /**
     * Takes one event of {@code member} against their pace.
     *
     * @param backlogFull whether the member's earlier events still wait past the door's bound: the event
     *     is then not taken whatever the bucket holds (and costs it nothing)
     */
    public Pace take(Member member, boolean backlogFull) {
        if (unlimited) {
            return Pace.TAKEN;
        }
        Allowance m = members.get(member, key -> new Allowance(Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(burst, refill).build())
                .withCustomTimePrecision(time).build()));
        synchronized (m) {
            if (!backlogFull && m.bucket.tryConsume(1)) {
                m.told = false;
                return Pace.TAKEN;
            }
            if (m.told) {
                return Pace.SET_ASIDE;
            }
            m.told = true;
            return Pace.SLOW_DOWN;
        }
    }
}
