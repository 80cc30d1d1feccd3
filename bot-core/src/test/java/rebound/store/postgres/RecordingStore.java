package rebound.store.postgres;

import java.util.function.Function;
import rebound.member.MemberState;
import rebound.store.Change;
import rebound.store.ForwardingStore;
import rebound.store.MemberStore;

/**
 * A store that tells {@code applied} each change it applies, in the order the store applied them:
 * the listener runs inside the update, so under the member's lock (for PostgreSQL, the row lock).
 */
final class RecordingStore extends ForwardingStore {

    /** Told of each applied change: the member, the state before, and what was decided. */
    interface Listener {
        void applied(String member, MemberState before, Change<?> decided);
    }

    private final Listener applied;

    RecordingStore(MemberStore store, Listener applied) {
        super(store);
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
}
