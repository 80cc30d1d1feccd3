package rebound.store;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import rebound.member.MemberState;

/**
 * Where member state lives. The one way to change a member is {@link #update}: the store serialises
 * updates of one member (another member's run alongside), and returns only once the change is
 * durable, so a reply must be sent only after {@code update} returned it. A store on a shared
 * database implements this with a row lock or a compare-and-set per update.
 */
public interface MemberStore extends AutoCloseable {

    /**
     * Reads the member's state (empty for someone new), applies {@code change} to it while no other
     * update of that member runs, makes the decision durable and returns its result.
     *
     * @throws UnreadableMember when the member's record cannot be read; nothing is changed
     * @throws IllegalStateException when the change could not be saved; nothing is changed
     */
    <R> R update(String member, Function<MemberState, Change<R>> change);

    /**
     * The member's latest state for a view (an overview, an export), without waiting for an update
     * under way: it may miss a change still being saved.
     *
     * @throws UnreadableMember when the member's record cannot be read
     */
    MemberState read(String member);

    /**
     * Checks that the store answers, for a readiness probe: a read that goes where every turn goes
     * (the data file, the database). Returns normally when it answered.
     *
     * @throws RuntimeException when it cannot answer now (a database that is down, say)
     */
    default void check() {
        memberCount();
    }

    /** Everything kept about the member, readable by a person: what {@code rejected export} returns. */
    default String export(String member) {
        return StateJson.pretty(read(member));
    }

    /**
     * Deletes everything kept about the member, durably, even when their record cannot be read.
     * Forgetting someone unknown does nothing.
     */
    void forget(String member);

    /**
     * Members with a follow-up to offer at or before {@code now}, earliest first. On a store shared
     * by several instances (PostgreSQL) this <em>claims</em> them: each returned member is withheld
     * from the other instances' calls for a lease (five minutes) or until the member's next update,
     * so each due follow-up is handed to one instance; a claim of an instance that died runs out and
     * the member is returned again. Such a store returns at most a batch per call (the rest at the next).
     */
    List<String> membersDueBy(Instant now);

    long memberCount();

    /**
     * The members whose key starts with {@code prefix} ({@code slack:T123:}, every member of one
     * workspace, for an app uninstalled from it), in no set order.
     *
     * @throws UnsupportedOperationException when this store cannot list its members
     */
    default List<String> membersStartingWith(String prefix) {
        throw new UnsupportedOperationException("this store cannot list its members");
    }

    @Override
    void close();
}
