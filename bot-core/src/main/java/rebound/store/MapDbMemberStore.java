package rebound.store;

import com.google.common.util.concurrent.Striped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.mapdb.DB;
import org.mapdb.DBException;
import org.mapdb.volume.RandomAccessFileVol;
import org.mapdb.volume.VolumeFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.member.MemberState;

/**
 * Member state in one embedded MapDB file, with transactions on so a commit survives {@code kill -9}.
 * State is stored as JSON bytes, never Java serialization, so later versions can read old files, cut
 * into records of bounded size ({@link MemberRecords}); files of the earlier one-record layout open
 * and are migrated member by member as they write ({@link MemberFile}). The directory is held by one
 * process at a time ({@link LockedDataDir}) and kept away from a full disk ({@link DiskGuard}).
 *
 * <p>The store orders each member's updates itself (one lock per member, striped), and groups
 * commits ({@link GroupCommit}): members talking at once share one commit instead of queueing for
 * one each, while no update returns before a commit covering its write.
 */
public final class MapDbMemberStore implements MemberStore {

    private static final Logger LOG = LoggerFactory.getLogger(MapDbMemberStore.class);

    public static final String FILE = "rebound.db";
    private static final int LOCK_STRIPES = 1_024;

    private final CommitMeter commitMeter = new CommitMeter("mapdb");
    private final Path dir;
    private final LockedDataDir held;
    private final DB db;
    private final MemberFile records;
    private final GroupCommit commits;
    private final DiskGuard disk;
    private final MemberKeys keys;
    /** Why saving stopped for good in this process (a disk error), or null while it works. */
    private volatile RuntimeException stopped;
    /** One member's updates run one at a time; a fixed number of fair locks however many members there are. */
    private final Striped<Lock> locks = Striped.custom(LOCK_STRIPES, () -> new ReentrantLock(true));
    /** Members whose records a written but not yet committed change deletes: their keys go after the commit. */
    private final Queue<String> forgotten = new ConcurrentLinkedQueue<>();
    /**
     * Held shared while a member's records are written, exclusively by a commit: a commit holds a
     * member's change whole or not at all (head, rejections and delivery ids together), never half of it.
     */
    private final ReadWriteLock wholeChanges = new ReentrantReadWriteLock();
    /** Updates between reading and writing right now: a commit lets them join it (group commit). */
    private final AtomicInteger writing = new AtomicInteger();

    private MapDbMemberStore(Path dir, LockedDataDir held, DB db, DiskGuard disk, MemberKeys keys) {
        this.dir = dir;
        this.disk = disk;
        this.keys = keys;
        this.held = held;
        this.db = db;
        this.records = new MemberFile(db, keys);
        this.commits = new GroupCommit(this::commitToFile);
    }

    /** Opens (or creates) the store in {@code dir}; refuses clearly when another process has it open. */
    public static MapDbMemberStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the data directory " + dir.toAbsolutePath(), e);
        }
        return open(dir, RandomAccessFileVol.FACTORY, DiskGuard.of(dir));
    }

    /**
     * Opens the store with the keys of its own directory, erasing first any key whose member has no
     * record in the file (see {@link #commitToFile}: a crash can leave one behind, never the reverse).
     */
    static MapDbMemberStore open(Path dir, VolumeFactory volumes, DiskGuard disk) {
        MapDbMemberStore store = open(dir, volumes, disk, new MemberKeys(dir));
        store.keys.keepOnly(store.records.memberKeys());
        return store;
    }

    /**
     * Opens the store on MapDB volumes from {@code volumes} (tests: a disk that fills), guarded by
     * {@code disk}, sealing records with {@code keys} (compaction: the keys of the directory copied).
     */
    static MapDbMemberStore open(Path dir, VolumeFactory volumes, DiskGuard disk, MemberKeys keys) {
        LockedDataDir held;
        try {
            held = LockedDataDir.lock(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the data directory " + dir.toAbsolutePath(), e);
        }
        try {
            DB db = held.openDb(FILE, volumes);
            disk.makeReserve();
            return new MapDbMemberStore(dir, held, db, disk, keys);
        } catch (RuntimeException e) {
            held.release();
            throw e;
        }
    }

    @Override
    public <R> R update(String member, Function<MemberState, Change<R>> change) {
        return apply(member, false, change);
    }

    @Override
    public MemberState read(String member) {
        return records.load(member);
    }

    @Override
    public void forget(String member) {
        apply(member, true, state -> Change.forget(null)); // even unreadable: the one thing such a member can do
    }

    /** One update under the member's lock; {@code evenUnreadable} hands the change a null state instead of failing. */
    private <R> R apply(String member, boolean evenUnreadable, Function<MemberState, Change<R>> change) {
        MemberRecords.checkMember(member);
        Lock lock = locks.get(member);
        lock.lock();
        try {
            refuseWhenStopped();
            disk.check();
            boolean wrote = true;
            R result;
            Change<R> decided;
            writing.incrementAndGet();
            try {
                MemberState before;
                try {
                    before = records.load(member);
                } catch (UnreadableMember e) {
                    if (!evenUnreadable) {
                        throw e;
                    }
                    before = null;
                }
                decided = change.apply(before);
                wholeChanges.readLock().lock();
                try {
                    if (decided.forget()) {
                        records.delete(member, before);
                        commits.wrote();
                        forgotten.add(member); // the key goes once the deletion is durable: see commitToFile
                    } else if (!decided.state().equals(before)) {
                        records.write(member, before, decided.state());
                        commits.wrote();
                    } else {
                        wrote = false;
                    }
                } catch (RuntimeException e) {
                    throw stopOnDiskError(e);
                } finally {
                    wholeChanges.readLock().unlock();
                }
                result = decided.result();
            } finally {
                writing.decrementAndGet();
            }
            if (wrote) {
                try {
                    commits.await(writing::get);
                } catch (NotSaved e) {
                    throw e;
                } catch (IllegalStateException e) {
                    throw new NotSaved("saving to the data file failed; nothing was saved", e);
                }
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Keys made for this commit's records are synced before it; the keys of members it forgets are
     * erased only after it (synced with the next commit, or on close), so a crash in between leaves a
     * key without records (erased when the store next opens), never records without their key. One
     * sync of the keys per commit at most: a forget no longer costs a sync of its own.
     */
    private void commitToFile() {
        refuseWhenStopped();
        try {
            List<String> erase = new ArrayList<>();
            for (String member = forgotten.poll(); member != null; member = forgotten.poll()) {
                erase.add(member); // their deletion was written before now, so this commit holds it
            }
            keys.sync();
            wholeChanges.writeLock().lock();
            try {
                commitMeter.time(db::commit);
            } finally {
                wholeChanges.writeLock().unlock();
            }
            // zeros over the keys now; the next commit's keys.sync() (or close) makes them durable. kill -9
            // keeps written pages; after a power cut the open erases keys whose records are gone (keepOnly)
            erase.forEach(keys::erase);
        } catch (RuntimeException e) {
            throw stopOnDiskError(e);
        }
    }

    private void refuseWhenStopped() {
        if (stopped != null) {
            throw new NotSaved("saving stopped after a disk error (" + stopped + "); restart Rebound once the data "
                    + "disk has room", stopped);
        }
    }

    /**
     * After a disk error MapDB may be half-way through a write: nothing more is written or committed
     * in this process (committed turns are safe in the file and its log, replayed on the next open),
     * the reserve is freed for that restart, and the operator reads one line saying so.
     */
    private RuntimeException stopOnDiskError(RuntimeException e) {
        if (!isDiskError(e)) {
            return e;
        }
        synchronized (this) {
            if (stopped == null) {
                stopped = e;
                records.forgetRecent();
                disk.release();
                LOG.error("Saving to {} failed ({}): Rebound saves nothing more until it is restarted with room on "
                        + "the data disk; every turn answered before is in the file", dir.resolve(FILE), String.valueOf(diskCause(e)));
            }
        }
        return new NotSaved("the data disk failed (" + diskCause(e) + "); nothing was saved", e);
    }

    private static boolean isDiskError(Throwable e) {
        return diskCause(e) != null;
    }

    private static Throwable diskCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof DBException.VolumeIOError) {
                return t.getCause() instanceof IOException io ? io : t;
            }
        }
        return null;
    }

    /** The member's state as the file holds it, ignoring what memory kept. */
    MemberState loadFromFile(String member) {
        return records.loadFromFile(member);
    }

    /**
     * Writes a member's state without waiting for a commit: for offline tools (compaction, imports)
     * that write many members and then call {@link #commit()} once. Turns use {@link #update}.
     */
    public void save(String member, MemberState state) {
        MemberRecords.checkMember(member);
        MemberState before;
        try {
            before = records.load(member);
        } catch (UnreadableMember e) {
            before = null;
        }
        wholeChanges.readLock().lock();
        try {
            records.write(member, before, state);
        } finally {
            wholeChanges.readLock().unlock();
        }
        commits.wrote();
    }

    /** Makes every {@link #save} so far durable (offline tools; {@link #update} commits by itself). */
    public void commit() {
        commits.await(() -> 0);
    }

    /** How many MapDB commits this store made: with {@link #writes()}, how well commits are shared. */
    public long commits() {
        return commits.commits();
    }

    public long writes() {
        return commits.writes();
    }

    @Override
    public List<String> membersDueBy(Instant now) {
        return records.membersDueBy(now);
    }

    @Override
    public long memberCount() {
        return records.memberCount();
    }

    /** All member keys, for offline tools such as compaction. */
    @Override
    public List<String> membersStartingWith(String prefix) {
        List<String> found = new java.util.ArrayList<>();
        memberKeys().forEach(member -> {
            if (member.startsWith(prefix)) {
                found.add(member);
            }
        });
        return found;
    }

    public Iterable<String> memberKeys() {
        return records.memberKeys();
    }

    /** The size in bytes of every record kept for members, by key: what {@link MemberRecords#LARGEST_RECORD} bounds. */
    Map<String, Integer> recordSizes() {
        return records.recordSizes();
    }

    /** The member's head record as stored (null when none): tests look at it. */
    byte[] headRecord(String member) {
        return records.headRecord(member);
    }

    /** Replaces a member's head record with {@code bytes} as they are, uncommitted: tests damage a member with it. */
    void damage(String member, byte[] bytes) {
        records.damage(member, bytes);
        commits.wrote();
    }

    @Override
    public void close() {
        try {
            commits.close();
            if (!db.isClosed()) {
                db.close();
            }
            try {
                keys.sync();
            } catch (UncheckedIOException e) {
                LOG.warn("Could not sync the members' keys on close ({}); keys of forgotten members are erased when "
                        + "the store next opens", e.getCause() == null ? e.toString() : e.getCause().toString());
            }
            keys.close();
        } finally {
            held.releaseQuietly();
        }
    }
}
