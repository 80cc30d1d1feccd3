package rebound.store;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import rebound.member.MemberState;

/**
 * A store that passes every call to the one it wraps: the base of the tests' stores that change one
 * thing (fail on demand, hold commits, record what was applied). Override what differs.
 */
public abstract class ForwardingStore implements MemberStore {

    /** The store every call goes to. */
    protected final MemberStore store;

    protected ForwardingStore(MemberStore store) {
        this.store = store;
    }

    @Override
    public <R> R update(String member, Function<MemberState, Change<R>> change) {
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
    public java.util.List<String> membersStartingWith(String prefix) {
        return store.membersStartingWith(prefix);
    }

    @Override
    public void close() {
        store.close();
    }
}
