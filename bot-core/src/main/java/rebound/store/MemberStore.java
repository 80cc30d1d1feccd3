package rebound.store;

import java.time.Instant;
import java.util.List;
import java.util.function.IntSupplier;
import rebound.conversation.MemberState;

/**
 * Where member state lives. {@link #save} and {@link #delete} are made durable by the next
 * {@link #commit}; a reply must not be sent before the commit that holds its answer.
 */
public interface MemberStore extends AutoCloseable {

    /** The member's state, or an empty state for someone new. */
    MemberState load(String member);

    void save(String member, MemberState state);

    void delete(String member);

    /**
     * Makes every save and delete that finished before this call durable. Calls that arrive while
     * another commit is running are served together by the next commit (group commit).
     */
    void commit();

    /**
     * Like {@link #commit()}, but the commit that serves this call first lets the writes of other
     * turns in flight ({@code othersWriting} above zero) land, briefly, so they share the commit.
     */
    default void commit(IntSupplier othersWriting) {
        commit();
    }

    /** Members with a follow-up to offer at or before {@code now}. */
    List<String> membersDueBy(Instant now);

    long memberCount();

    @Override
    void close();
}
