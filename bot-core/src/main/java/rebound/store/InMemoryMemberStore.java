package rebound.store;

import com.google.common.util.concurrent.Striped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import rebound.member.MemberState;

/**
 * The store's twin in memory, for tests: the same contract as {@link MapDbMemberStore} (one update
 * of a member at a time, forget, the due index), nothing on disk, so "durable" means "kept until
 * closed".
 */
public final class InMemoryMemberStore implements MemberStore {

    private final Map<String, MemberState> members = new ConcurrentHashMap<>();
    private final Striped<Lock> locks = Striped.lock(64);

    @Override
    public <R> R update(String member, Function<MemberState, Change<R>> change) {
        Lock lock = locks.get(member);
        lock.lock();
        try {
            MemberState before = read(member);
            Change<R> decided = change.apply(before);
            if (decided.forget()) {
                members.remove(member);
            } else if (!decided.state().equals(before)) {
                members.put(member, decided.state());
            }
            return decided.result();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public MemberState read(String member) {
        return members.getOrDefault(member, MemberState.empty());
    }

    @Override
    public void forget(String member) {
        update(member, state -> Change.forget(null));
    }

    @Override
    public List<String> membersDueBy(Instant now) {
        String upTo = DueIndex.upperBound(now);
        return members.entrySet().stream()
                .filter(e -> DueIndex.nextAttempt(e.getValue()) >= 0)
                .map(e -> DueIndex.key(DueIndex.nextAttempt(e.getValue()), e.getKey()))
                .filter(key -> key.compareTo(upTo) <= 0)
                .sorted()
                .map(DueIndex::member)
                .toList();
    }

    @Override
    public List<String> membersStartingWith(String prefix) {
        return members.keySet().stream().filter(m -> m.startsWith(prefix)).toList();
    }

    @Override
    public long memberCount() {
        return members.size();
    }

    @Override
    public void close() {
        // nothing to release
    }
}
