package rebound.member;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import rebound.intake.IntakeProgress;
import rebound.rejection.Rejection;

/**
 * Everything Rebound keeps about one member: their rejections, the intake under way (or null), what
 * the bot is waiting for outside the intake (such as a confirmation to forget; kept as the string
 * of {@link Awaiting#stored()}, read with {@link #awaits()}), the delivery ids already processed with
 * when each was (epoch seconds in {@code seenAt}, aligned with the end of {@code seen}; a state written
 * before times were kept has fewer, and its oldest ids count as long past), a counter for ids, and
 * the member's time zone ({@code timeZone}, a {@link ZoneId} id, empty while unknown; read it with
 * {@link #zone()}; a state written before zones were kept reads as unknown; {@code zoneChosen} is true
 * once the member chose it themselves, over the zone their platform gives).
 *
 * <p>A delivery id is remembered for at least {@link #SEEN_FOR} and always among the member's latest
 * {@link #SEEN_KEPT}; at most {@link #SEEN_MOST} are kept (the store may keep fewer: MapDB keeps the
 * latest that fit in its record).
 */
public record MemberState(
        int version,
        List<Rejection> rejections,
        IntakeProgress intake,
        String awaiting,
        List<String> seen,
        List<Long> seenAt,
        int counter,
        String timeZone,
        boolean zoneChosen) {

    public static final int VERSION = 1;
    /** Delivery ids always remembered, however old. */
    public static final int SEEN_KEPT = 200;
    /** How long a delivery id is remembered at least, however many came after it. */
    public static final Duration SEEN_FOR = Duration.ofHours(24);
    /** Delivery ids remembered at most: past it the oldest go, even within {@link #SEEN_FOR}. */
    public static final int SEEN_MOST = 1_000;

    public MemberState {
        rejections = rejections == null ? List.of() : List.copyOf(rejections);
        seen = seen == null ? List.of() : List.copyOf(seen);
        seenAt = seenAt == null ? List.of() : List.copyOf(seenAt.subList(Math.max(0, seenAt.size() - seen.size()),
                seenAt.size()));
        awaiting = awaiting == null ? "" : awaiting;
        timeZone = timeZone == null ? "" : timeZone.strip();
    }

    /** The state as kept before the member's zone was (issue 21): the zone unknown. */
    public MemberState(int version, List<Rejection> rejections, IntakeProgress intake, String awaiting,
            List<String> seen, List<Long> seenAt, int counter) {
        this(version, rejections, intake, awaiting, seen, seenAt, counter, "", false);
    }

    /** The state as kept before the member could choose their zone over their platform's. */
    public MemberState(int version, List<Rejection> rejections, IntakeProgress intake, String awaiting,
            List<String> seen, List<Long> seenAt, int counter, String timeZone) {
        this(version, rejections, intake, awaiting, seen, seenAt, counter, timeZone, false);
    }

    /** The state as kept before delivery times were: {@code seen} with no times. */
    public MemberState(int version, List<Rejection> rejections, IntakeProgress intake, String awaiting,
            List<String> seen, int counter) {
        this(version, rejections, intake, awaiting, seen, List.of(), counter, "", false);
    }

    public static MemberState empty() {
        return new MemberState(VERSION, List.of(), null, "", List.of(), List.of(), 0, "", false);
    }

    public boolean hasSeen(String deliveryId) {
        return deliveryId != null && seen.contains(deliveryId);
    }

    /** The state that remembers {@code deliveryId} as seen at {@code now}, forgetting what is past keeping. */
    public MemberState seen(String deliveryId, Instant now) {
        if (deliveryId == null) {
            return this;
        }
        List<String> ids = new ArrayList<>(seen);
        List<Long> at = new ArrayList<>(seenAt);
        while (at.size() < ids.size()) {
            at.add(0, Long.MIN_VALUE); // kept before times were: long past
        }
        ids.add(deliveryId);
        at.add(now.getEpochSecond());
        long oldestKept = now.minus(SEEN_FOR).getEpochSecond();
        int drop = 0;
        while (ids.size() - drop > SEEN_MOST || ids.size() - drop > SEEN_KEPT && at.get(drop) < oldestKept) {
            drop++;
        }
        return new MemberState(VERSION, rejections, intake, awaiting, ids.subList(drop, ids.size()),
                at.subList(drop, at.size()), counter, timeZone, zoneChosen);
    }

    public MemberState withIntake(IntakeProgress progress) {
        return new MemberState(VERSION, rejections, progress, "", seen, seenAt, counter, timeZone, zoneChosen);
    }

    /** What the bot waits for outside the intake. */
    public Awaiting awaits() {
        return Awaiting.read(awaiting);
    }

    public MemberState awaiting(Awaiting what) {
        return new MemberState(VERSION, rejections, intake, what.stored(), seen, seenAt, counter, timeZone, zoneChosen);
    }

    public MemberState withRejection(Rejection rejection) {
        List<Rejection> more = new ArrayList<>(rejections);
        more.add(rejection);
        return new MemberState(VERSION, more, null, "", seen, seenAt, counter, timeZone, zoneChosen);
    }

    public MemberState withRejections(List<Rejection> changed) {
        return new MemberState(VERSION, changed, intake, awaiting, seen, seenAt, counter, timeZone, zoneChosen);
    }

    public MemberState changeRejection(String id, UnaryOperator<Rejection> change) {
        List<Rejection> changed = new ArrayList<>(rejections.size());
        for (Rejection rejection : rejections) {
            changed.add(rejection.id().equals(id) ? change.apply(rejection) : rejection);
        }
        return withRejections(changed);
    }

    /** A fresh id, such as {@code r3}, and the state that remembers it was used. */
    public MemberState nextId() {
        return new MemberState(VERSION, rejections, intake, awaiting, seen, seenAt, counter + 1, timeZone, zoneChosen);
    }

    /**
     * The member's time zone (issue 21): what Slack's {@code users.info} says, what a Discord member
     * told, the system's on the terminal. UTC while it is unknown ({@link #zoneKnown()} is false).
     */
    public ZoneId zone() {
        if (timeZone.isEmpty()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC; // a zone id this Java no longer knows: UTC rather than no reminders
        }
    }

    /** True once the member's zone is known (told, or given by their platform). */
    public boolean zoneKnown() {
        return !timeZone.isEmpty();
    }

    /** The state in {@code zone} (null: unknown again), its follow-ups unchanged; chosen or not as before. */
    public MemberState withZone(ZoneId zone) {
        return new MemberState(VERSION, rejections, intake, awaiting, seen, seenAt, counter,
                zone == null ? "" : zone.getId(), zoneChosen);
    }

    /**
     * The state whose zone the member chose themselves ({@code /rejected settings}, or their answer when
     * asked): from then on a zone their platform gives with an event no longer moves them (issue 21).
     */
    public MemberState zoneChosenByMember() {
        return new MemberState(VERSION, rejections, intake, awaiting, seen, seenAt, counter, timeZone, true);
    }

    public Rejection rejection(String id) {
        return rejections.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }
}
