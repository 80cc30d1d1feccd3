package rebound.store.postgres;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import rebound.conversation.MemberState;
import rebound.store.Change;
import rebound.store.MemberStore;

/**
 * A store that tells {@code applied} each change it applies, in the order the store applied them:
 * the listener runs inside the update, so under the member's lock (for PostgreSQL, the row lock).
 */
final class RecordingStore implements MemberStore {

    /** Told of each applied change: the member, the state before, and what was decided. */
    interface Listener {
        void applied(String member, MemberState before, Change<?> decided);
    }

    private final MemberStore store;
    private final Listener applied;

    RecordingStore(MemberStore store, Listener applied) {
        this.store = store;
        this.applied = applied;
    }

    @Override
    public <R> R update(String member, Function<MemberState, Change<R>> change) {
        return store.update(member, before -> {
            Change<R> decided = change.apply(before);
            applied.applied(member, before, decided);
            return decided;
        });
    }

    @Override
    public MemberState read(String member) {
        return store.read(member);
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
