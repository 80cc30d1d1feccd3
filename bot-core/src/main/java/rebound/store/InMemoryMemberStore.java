package rebound.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import rebound.conversation.MemberState;

/** A store that forgets everything when the process ends: for tests and the engine benchmark. */
public final class InMemoryMemberStore implements MemberStore {

    private final Map<String, byte[]> members = new ConcurrentHashMap<>();

    @Override
    public MemberState load(String member) {
        byte[] json = members.get(member);
        return json == null ? MemberState.empty() : StateJson.read(json);
    }

    @Override
    public void save(String member, MemberState state) {
        members.put(member, StateJson.write(state));
    }

    @Override
    public void delete(String member) {
        members.remove(member);
    }

    @Override
    public void commit() {
        // nothing to make durable
    }

    @Override
    public List<String> membersDueBy(Instant now) {
        List<String> due = new ArrayList<>();
        members.forEach((member, json) -> {
            long next = DueIndex.nextAttempt(StateJson.read(json));
            if (next >= 0 && next <= now.toEpochMilli()) {
                due.add(member);
            }
        });
        return due;
    }

    @Override
    public long memberCount() {
        return members.size();
    }

    @Override
    public void close() {
        members.clear();
    }
}
