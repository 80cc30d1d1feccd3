package rebound.store;

import java.util.LinkedHashMap;
import java.util.Map;
import rebound.conversation.MemberState;

/**
 * The last stored state of the members heard from most recently, at most {@code capacity} of them.
 * A member mid-intake writes every minute or so; keeping their state spares each turn a read and a
 * JSON parse. States are immutable, so handing out the kept instance is safe.
 */
final class RecentStates {

    private final Map<String, MemberState> states;

    RecentStates(int capacity) {
        this.states = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, MemberState> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized MemberState get(String member) {
        return states.get(member);
    }

    synchronized void put(String member, MemberState state) {
        states.put(member, state);
    }

    synchronized void remove(String member) {
        states.remove(member);
    }
}
