package rebound.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import rebound.intake.IntakeProgress;
import rebound.rejection.Rejection;

/**
 * Everything Rebound keeps about one member: their rejections, the intake under way (or null), what
 * the bot is waiting for outside the intake (such as a confirmation to forget; kept as the string
 * of {@link Awaiting#stored()}, read with {@link #awaits()}), the delivery ids already processed, and
 * a counter for ids.
 */
public record MemberState(
        int version,
        List<Rejection> rejections,
        IntakeProgress intake,
        String awaiting,
        List<String> seen,
        int counter) {

    public static final int VERSION = 1;
    static final int SEEN_KEPT = 200;

    public MemberState {
        rejections = rejections == null ? List.of() : List.copyOf(rejections);
        seen = seen == null ? List.of() : List.copyOf(seen);
        awaiting = awaiting == null ? "" : awaiting;
    }

    public static MemberState empty() {
        return new MemberState(VERSION, List.of(), null, "", List.of(), 0);
    }

    public boolean hasSeen(String deliveryId) {
        return deliveryId != null && seen.contains(deliveryId);
    }

    public MemberState seen(String deliveryId) {
        if (deliveryId == null) {
            return this;
        }
        List<String> kept = new ArrayList<>(seen);
        kept.add(deliveryId);
        if (kept.size() > SEEN_KEPT) {
            kept.subList(0, kept.size() - SEEN_KEPT).clear();
        }
        return new MemberState(VERSION, rejections, intake, awaiting, kept, counter);
    }

    public MemberState withIntake(IntakeProgress progress) {
        return new MemberState(VERSION, rejections, progress, "", seen, counter);
    }

    /** What the bot waits for outside the intake. */
    public Awaiting awaits() {
        return Awaiting.read(awaiting);
    }

    public MemberState awaiting(Awaiting what) {
        return new MemberState(VERSION, rejections, intake, what.stored(), seen, counter);
    }

    public MemberState withRejection(Rejection rejection) {
        List<Rejection> more = new ArrayList<>(rejections);
        more.add(rejection);
        return new MemberState(VERSION, more, null, "", seen, counter);
    }

    public MemberState withRejections(List<Rejection> changed) {
        return new MemberState(VERSION, changed, intake, awaiting, seen, counter);
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
        return new MemberState(VERSION, rejections, intake, awaiting, seen, counter + 1);
    }

    public Rejection rejection(String id) {
        return rejections.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }
}
