package rebound.store.postgres;

import java.util.ArrayList;
import java.util.List;
import rebound.member.MemberState;
import rebound.store.Change;
import rebound.store.MapDbMemberStore;
import rebound.store.MemberStore;
import rebound.store.UnreadableMember;

/**
 * {@code rebound migrate}: copies every member from one store to another (a data directory's MapDB
 * file and a PostgreSQL database, either way), then reads each one back from the target and compares
 * it with the source. Run with every bot on both stores stopped; the target must hold no member yet,
 * so nothing of it is overwritten.
 */
public final class Migration {

    /**
     * What a migration did: members copied, members whose source record could not be read (left
     * out), and members whose copy does not read back equal to the source.
     */
    public record Result(int copied, List<String> unreadable, List<String> different) {

        /** True when every readable member was copied and reads back the same. */
        public boolean whole() {
            return different.isEmpty();
        }
    }

    private Migration() {
    }

    /**
     * Copies every member of {@code from} into {@code to} and checks each copy.
     *
     * @throws IllegalArgumentException when {@code to} already holds members (nothing is copied)
     * @throws IllegalStateException when a write fails
     */
    public static Result copy(MemberStore from, MemberStore to) {
        long already = to.memberCount();
        if (already > 0) {
            throw new IllegalArgumentException("the target already holds " + already + " members; migrate into an"
                    + " empty data directory or database");
        }
        List<String> unreadable = new ArrayList<>();
        List<String> copied = new ArrayList<>();
        for (String member : members(from)) {
            MemberState state;
            try {
                state = from.read(member);
            } catch (UnreadableMember e) {
                unreadable.add(member);
                continue;
            }
            write(to, member, state);
            copied.add(member);
        }
        if (to instanceof MapDbMemberStore file) {
            file.commit();
        }
        List<String> different = new ArrayList<>();
        for (String member : copied) {
            if (!to.read(member).equals(from.read(member))) {
                different.add(member);
            }
        }
        return new Result(copied.size(), unreadable, different);
    }

    private static Iterable<String> members(MemberStore store) {
        if (store instanceof MapDbMemberStore file) {
            List<String> all = new ArrayList<>();
            file.memberKeys().forEach(all::add);
            return all;
        }
        if (store instanceof PostgresMemberStore database) {
            return database.members();
        }
        throw new IllegalArgumentException("cannot list the members of " + store.getClass().getSimpleName());
    }

    private static void write(MemberStore store, String member, MemberState state) {
        if (store instanceof MapDbMemberStore file) {
            file.save(member, state); // committed once at the end
        } else {
            store.update(member, before -> Change.keep(state, null));
        }
    }
}
