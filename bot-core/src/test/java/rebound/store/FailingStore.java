package rebound.store;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import rebound.conversation.MemberState;

/**
 * A store for front-door tests whose updates can be made to fail with an unexpected error, as a bug
 * in a turn would: the front door must still answer the member. Until {@link #fail()} it is the store
 * it wraps.
 */
public final class FailingStore implements MemberStore {

    private final MemberStore store;
    private volatile boolean failing;

    public FailingStore(MemberStore store) {
        this.store = store;
    }

    /** From now on every update throws. */
    public void fail() {
        failing = true;
    }

    @Override
    public <R> R update(String member, Function<MemberState, Change<R>> change) {
        if (failing) {
            throw new IllegalArgumentException("a turn failed (test)");
        }
        return store.update(member, change);
    }

    @Override
    public MemberState read(String member) {
        return store.read(member);
    }

    @Override
    public String export(String member) {
        return store.export(member);
    }

    @Override
    public void forget(String member) {
        store.forget(member);
    }

    @Override
    public List<String> membersDueBy(Instant now) {
        return store.membersDueBy(now);
    }

    @Override
    public long memberCount() {
        return store.memberCount();
    }

    @Override
    public void close() {
        store.close();
    }
}
