package rebound.store.postgres;

import com.google.common.util.concurrent.Striped;
import com.zaxxer.hikari.HikariDataSource;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import rebound.member.MemberState;
import rebound.store.Change;
import rebound.store.MemberParts;
import rebound.store.MemberStore;
import rebound.store.NotSaved;
import rebound.store.UnreadableMember;

/**
 * Member state in PostgreSQL, shared by any number of Rebound instances (issue 14). One row per
 * member holds their lock, key id and next follow-up; their state is cut into parts as the MapDB store
 * cuts it ({@link MemberParts}: a head, the delivery ids, one per rejection), one row each in
 * {@code rebound_member_parts}, so a turn writes only the parts it changed (issue 22). Each part is
 * sealed with the member's own key ({@link MemberSeal}), which lives outside the database in the {@link KeyFolder} every instance
 * shares, so forget erases it for good ({@link KeyErasure}); every update is one transaction that locks that row first
 * ({@link MemberRows#lock}), so updates of one member run one after another across instances while
 * other members' run alongside, and the delivery-id check of a turn happens under the same lock. An
 * update returns once its transaction committed (PostgreSQL's {@code synchronous_commit}, on by
 * default, makes that durable). {@link #membersDueBy} claims the members it returns ({@link DueClaims}).
 *
 * <p>While the database is down or unreachable an update throws {@link NotSaved} after at most
 * {@link DatabasePool#CONNECTION_TIMEOUT} and nothing changes; the pool reconnects once it is back.
 */
public final class PostgresMemberStore implements MemberStore {

    /** How long a claim from {@link #membersDueBy} keeps other instances away from a member. */
    public static final Duration LEASE = Duration.ofMinutes(5);
    /** The most members one {@link #membersDueBy} claims; the rest are handed out at the next call. */
    public static final int CLAIM_BATCH = 500;
    private static final int LOCK_STRIPES = 1_024;

    private final rebound.store.CommitMeter commits = new rebound.store.CommitMeter("postgres");
    private final HikariDataSource pool;
    private final DatabaseAddress address;
    private final Duration lease;
    private final int batch;
    private final MemberSeal seal = new MemberSeal();
    private final KeyFolder keys;
    private final KeyErasure erasure;
    private final Vacuum vacuum;
    /** This instance's own turns of a member queue here, so they wait without holding a connection. */
    private final Striped<Lock> locks = Striped.custom(LOCK_STRIPES, () -> new ReentrantLock(true));

    private PostgresMemberStore(HikariDataSource pool, DatabaseAddress address, KeyFolder keys, Duration lease,
            int batch) {
        this.pool = pool;
        this.address = address;
        this.keys = keys;
        this.lease = lease;
        this.batch = batch;
        this.erasure = new KeyErasure(pool, keys);
        this.vacuum = new Vacuum(pool, erasure::sweep);
        erasure.pending();
    }

    /**
     * Connects to the database at {@code address}, brings its tables to this version, and checks that
     * {@code keyFolder} (created when missing) is the folder of its members' keys.
     *
     * @throws DatabaseUnusable when that fails: the message is the one line to show
     */
    public static PostgresMemberStore open(DatabaseAddress address, Path keyFolder) {
        return open(address, keyFolder, LEASE, CLAIM_BATCH);
    }

    /** As {@link #open(DatabaseAddress, Path)}, with claims lasting {@code lease} and at most {@code batch} per call. */
    public static PostgresMemberStore open(DatabaseAddress address, Path keyFolder, Duration lease, int batch) {
        HikariDataSource pool = DatabasePool.open(address);
        try {
            KeyFolder keys = new KeyFolder(keyFolder); // once the database answered: a typo makes no folder
            Schema.migrate(pool, address, keys);
            return new PostgresMemberStore(pool, address, keys, lease, batch);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    @Override
    public <R> R update(String member, Function<MemberState, Change<R>> change) {
        Lock lock = locks.get(member);
        lock.lock();
        try {
            return inTransaction(member, connection -> {
                MemberRows.Locked row = MemberRows.lock(connection, member);
                Map<String, byte[]> stored = MemberPartRows.read(connection, member);
                MemberState before = stored.isEmpty() ? MemberState.empty() : open(member, stored, row.keyId());
                Change<R> decided = change.apply(before);
                if (decided.forget()) {
                    commitForget(connection, MemberRows.delete(connection, member));
                } else if (!decided.state().equals(before)) {
                    boolean whole = stored.containsKey(MemberSeal.WHOLE);
                    // cut and measured first: a refused change makes no key file
                    MemberParts.Changes changes = MemberParts.between(member, whole ? null : before, decided.state());
                    String keyId = row.keyId() != null ? row.keyId() : newKey(member);
                    write(connection, member, row, keyId, changes, whole);
                    commits.time(connection::commit);
                } else if (row.claimed()) {
                    MemberRows.release(connection, member);
                    connection.commit();
                } else {
                    connection.rollback(); // nothing changed; also drops the row just made for someone new
                }
                return decided.result();
            });
        } finally {
            lock.unlock();
        }
    }

    @Override
    public MemberState read(String member) {
        MemberPartRows.Stored stored = reading(connection -> MemberPartRows.readUnlocked(connection, member));
        return stored.parts().isEmpty() ? MemberState.empty() : open(member, stored.parts(), stored.keyId());
    }

    /**
     * Deletes the member's row, even when their state cannot be read, then erases their key from the
     * key folder; a VACUUM of the member table follows within {@link Vacuum#EVERY}.
     */
    @Override
    public void forget(String member) {
        Lock lock = locks.get(member);
        lock.lock();
        try {
            inTransaction(member, connection -> {
                commitForget(connection, MemberRows.delete(connection, member));
                return null;
            });
        } finally {
            lock.unlock();
        }
    }

    /**
     * Claims the members with a follow-up due at {@code now} that no other instance has claimed (at
     * most {@link #CLAIM_BATCH}), for the lease, and returns them earliest first. A claimed member's
     * next write clears the claim.
     */
    @Override
    public List<String> membersDueBy(Instant now) {
        return inTransaction("(due follow-ups)", connection -> {
            List<String> claimed = DueClaims.claim(connection, now, lease, batch);
            connection.commit();
            return claimed;
        });
    }

    @Override
    public long memberCount() {
        return reading(MemberRows::count);
    }

    /** How many key erasures after a forget failed and were left for later (tests: none should). */
    long deferredErasures() {
        return erasure.deferred();
    }

    /** Keys a sweep after forgets erased because their own erasure had stopped (not one under way). */
    long sweptErasures() {
        return erasure.leftBehind();
    }

    /**
     * The installations of an app serving many workspaces, in this database (migration V4), sealed with
     * keys of this store's key folder; closing them leaves this store open.
     */
    public rebound.store.Installations installations() {
        return new PostgresInstallations(pool, keys);
    }

    @Override
    public List<String> membersStartingWith(String prefix) {
        return members().stream().filter(m -> m.startsWith(prefix)).toList();
    }

    /** Every member kept, in the order of their keys: for offline tools such as {@code migrate}. */
    public List<String> members() {
        return reading(MemberRows::all);
    }

    @Override
    public void close() {
        try {
            vacuum.close();
        } finally {
            pool.close();
        }
    }

    private MemberState open(String member, Map<String, byte[]> parts, String keyId) {
        try {
            return seal.open(keyId == null ? null : keys.read(keyId), member, parts);
        } catch (RuntimeException e) {
            throw new UnreadableMember(member, e);
        }
    }

    /**
     * Writes the parts {@code changes} names, deletes those of rejections gone (and a
     * {@link MemberSeal#WHOLE} state when {@code dropWhole}), and the row when its key id, next due
     * moment or claim must change: a turn writes what it changed (issue 22). Every part is sealed
     * before the first statement.
     */
    private void write(Connection connection, String member, MemberRows.Locked row, String keyId,
            MemberParts.Changes changes, boolean dropWhole) throws SQLException {
        Map<String, byte[]> sealed = seal.seal(keys.read(keyId), member, changes.written());
        List<String> removed = new ArrayList<>(changes.removed());
        if (dropWhole) {
            removed.add(MemberSeal.WHOLE);
        }
        MemberPartRows.write(connection, member, sealed);
        MemberPartRows.delete(connection, member, removed);
        OffsetDateTime due = NextDue.of(changes.stored());
        if (!row.says(keyId, due)) {
            MemberRows.write(connection, member, keyId, due);
        }
    }

    /** A new key for the member, synced in the key folder; a failure to write it is {@link NotSaved}. */
    private String newKey(String member) {
        try {
            return keys.create();
        } catch (UncheckedIOException e) {
            throw new NotSaved("cannot save the key of " + rebound.text.LogName.of(member) + " in the key folder " + keys.root()
                    + " (" + e.getCause().getMessage() + "); nothing was saved", e);
        }
    }

    /**
     * Commits a deletion, then erases the member's key ({@code keyId}, null for none) and asks for a
     * VACUUM of the member table (within {@link Vacuum#EVERY}).
     */
    private void commitForget(Connection connection, String keyId) throws SQLException {
        commits.time(connection::commit);
        if (keyId != null) {
            erasure.erase(connection, keyId);
        }
        vacuum.afterForget();
    }

    /** Work on one connection in one transaction; a database failure is {@link NotSaved} and nothing changed. */
    private <T> T inTransaction(String member, Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            boolean ended = false;
            try {
                T result = work.run(connection);
                ended = true;
                return result;
            } finally {
                if (!ended) {
                    rollbackQuietly(connection);
                }
            }
        } catch (SQLException e) {
            throw new NotSaved("the database at " + address + " failed or cannot be reached ("
                    + DatabasePool.firstLine(e.getMessage()) + "); nothing of " + rebound.text.LogName.of(member) + " was saved",
                    e);
        }
    }

    /** A read on one connection; a database failure is an {@link IllegalStateException} naming the database. */
    private <T> T reading(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            try {
                return work.run(connection);
            } finally {
                rollbackQuietly(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read from the database at " + address + " ("
                    + DatabasePool.firstLine(e.getMessage()) + ")", e);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the connection is broken; the pool drops it
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
