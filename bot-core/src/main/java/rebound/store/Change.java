package rebound.store;

import java.util.Objects;
import rebound.member.MemberState;

/**
 * What one {@link MemberStore#update} decided for a member: keep {@code state} (written only when it
 * differs from the state read), or forget the member entirely; {@code result} goes back to the caller
 * once the decision is durable.
 *
 * @param <R> what the caller gets back, such as the replies of a turn
 */
public record Change<R>(MemberState state, boolean forget, R result) {

    public Change {
        if (!forget) {
            Objects.requireNonNull(state, "state");
        }
    }

    /** Keeps {@code state} (nothing is written when it equals the state read) and returns {@code result}. */
    public static <R> Change<R> keep(MemberState state, R result) {
        return new Change<>(state, false, result);
    }

    /** Deletes everything kept about the member and returns {@code result}. */
    public static <R> Change<R> forget(R result) {
        return new Change<>(null, true, result);
    }
}
