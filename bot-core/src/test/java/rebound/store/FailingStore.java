package rebound.store;

import java.util.function.Function;
import rebound.member.MemberState;

/**
 * A store for front-door tests whose updates can be made to fail with an unexpected error, as a bug
 * in a turn would: the front door must still answer the member. Until {@link #fail()}, and after
 * {@link #heal()}, it is the store it wraps.
 */
public final class FailingStore extends ForwardingStore {

    private volatile boolean failing;

    public FailingStore(MemberStore store) {
        super(store);
    }

    /** From now on every update throws. */
    public void fail() {
        failing = true;
    }

    /** From now on updates work again, as the store it wraps. */
    public void heal() {
        failing = false;
    }

    @Override
    public <R> R update(String member, Function<MemberState, Change<R>> change) {
        if (failing) {
            throw new IllegalArgumentException("a turn failed (test)");
        }
        return store.update(member, change);
    }
}
