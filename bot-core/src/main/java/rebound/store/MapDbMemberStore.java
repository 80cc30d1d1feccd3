package rebound.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import javax.crypto.SecretKey;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.collect.Iterables;
import com.google.common.util.concurrent.Striped;
import org.mapdb.BTreeMap;
import org.mapdb.CC;
import org.mapdb.DB;
import org.mapdb.DBException;
import org.mapdb.Store;
import org.mapdb.StoreWAL;
import org.mapdb.volume.RandomAccessFileVol;
import org.mapdb.volume.VolumeFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mapdb.HTreeMap;
import org.mapdb.Serializer;
import rebound.conversation.MemberState;
import rebound.rejection.Rejection;

/**
 * Member state in one embedded MapDB file, with transactions on so a commit survives {@code kill -9}.
 * State is stored as JSON bytes, never Java serialization, so later versions can read old files, cut
 * into records of bounded size ({@link MemberRecords}); files of the earlier one-record layout open
 * and are migrated member by member as they write.
 *
 * <p>The store orders each member's updates itself (one lock per member, striped), and groups
 * commits ({@link GroupCommit}): members talking at once share one commit instead of queueing for
 * one each, while no update returns before a commit covering its write.
 */
public final class MapDbMemberStore implements MemberStore {

    private static final Logger LOG = LoggerFactory.getLogger(MapDbMemberStore.class);

    public static final String FILE = "rebound.db";
    private static final String LOCK_FILE = "rebound.lock";
    private static final int RECENT_MEMBERS = 2_048;
    private static final int LOCK_STRIPES = 1_024;

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final DB db;
    /** Layout 1: one JSON record per member. Read as they are; a member's next write moves them to layout 2. */
    private final HTreeMap<String, byte[]> legacy;
    /** Layout 2 ({@link MemberRecords}): each member's head record... */
    private final HTreeMap<String, byte[]> heads;
    /** ...and their other records (delivery ids, one per rejection), sorted so a member's are one range. */
    private final BTreeMap<String, byte[]> parts;
    private final NavigableSet<String> due;
    /** Members read from layout 1 and not written since. */
    private final Set<String> unmigrated = ConcurrentHashMap.newKeySet();

    private final GroupCommit commits;
    private final DiskGuard disk;
    private final MemberKeys keys;
    /** Why saving stopped for good in this process (a disk error), or null while it works. */
    private volatile RuntimeException stopped;
    /** One member's updates run one at a time; a fixed number of fair locks however many members there are. */
    private final Striped<Lock> locks = Striped.custom(LOCK_STRIPES, () -> new ReentrantLock(true));
    /** Updates between reading and writing right now: a commit lets them join it (group commit). */
    private final AtomicInteger writing = new AtomicInteger();
    /**
     * States of members heard from lately, exactly as stored, so their next turn need not read the
     * file. A member mid-intake writes every minute or so; states are immutable, so handing out the
     * kept instance is safe.
     */
    private final Cache<String, MemberState> recent = Caffeine.newBuilder().maximumSize(RECENT_MEMBERS).build();

    private MapDbMemberStore(Path dir, FileChannel lockChannel, FileLock lock, DB db, DiskGuard disk,
            MemberKeys keys) {
        this.dir = dir;
        this.disk = disk;
        this.keys = keys;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.db = db;
        this.legacy = db.hashMap("members", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
        this.heads = db.hashMap("heads", Serializer.STRING, TolerantBytes.INSTANCE).createOrOpen();
        this.parts = db.treeMap("parts", Serializer.STRING, TolerantBytes.INSTANCE).valuesOutsideNodesEnable()
                .createOrOpen();
        this.due = db.treeSet("due", Serializer.STRING).createOrOpen();
        this.commits = new GroupCommit(this::commitToFile);
    }

    /** Opens (or creates) the store in {@code dir}; refuses clearly when another process has it open. */
    public static MapDbMemberStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the data directory " + dir.toAbsolutePath(), e);
        }
        return open(dir, RandomAccessFileVol.FACTORY, DiskGuard.of(dir), new MemberKeys(dir));
    }

    static MapDbMemberStore open(Path dir, VolumeFactory volumes, DiskGuard disk) {
        return open(dir, volumes, disk, new MemberKeys(dir));
    }

    /**
     * Opens the store on MapDB volumes from {@code volumes} (tests: a disk that fills), guarded by
     * {@code disk}, sealing records with {@code keys} (compaction: the keys of the directory copied).
     */
    static MapDbMemberStore open(Path dir, VolumeFactory volumes, DiskGuard disk, MemberKeys keys) {
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DataDirInUse(dir);
            }
            try {
                // no mmap: with transactions, a memory-mapped file made each commit about three times
                // slower here (p50 5.8 ms against 1.9 ms for a bare put + commit). No FileChannel
                // either (0.1 ms faster per put): turns write and commit on the caller's thread, and
                // interrupting a thread in the middle of FileChannel I/O closes the channel for good.
                // what DBMaker.fileDB(file).transactionEnable().make() builds, with the volumes given
                String file = dir.resolve(FILE).toString();
                boolean exists = volumes.exists(file);
                Store store = StoreWAL.make(file, volumes, 0L, true, CC.STORE_DIRECT_CONC_SHIFT, 0L, 0L, false, false,
                        false, true, false);
                DB db = new DB(store, exists, true, MapDbMemberStore.class.getClassLoader(), 0);
                disk.makeReserve();
                return new MapDbMemberStore(dir, channel, lock, db, disk, keys);
            } catch (RuntimeException e) {
                lock.release();
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the data directory " + dir.toAbsolutePath(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    @Override
    public <R> R update(String member, Function<MemberState, Change<R>> change) {
        return apply(member, false, change);
    }

    @Override
    public MemberState read(String member) {
        return load(member);
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
                    before = load(member);
                } catch (UnreadableMember e) {
                    if (!evenUnreadable) {
                        throw e;
                    }
                    before = null;
                }
                decided = change.apply(before);
                try {
                    if (decided.forget()) {
                        delete(member, before);
                        keys.erase(member); // synced with the commit: no byte of theirs left anywhere reads again
                    } else if (!decided.state().equals(before)) {
                        write(member, before, decided.state());
                    } else {
                        wrote = false;
                    }
                } catch (RuntimeException e) {
                    throw stopOnDiskError(e);
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

    private void commitToFile() {
        refuseWhenStopped();
        try {
            keys.sync();
            db.commit();
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
                recent.invalidateAll();
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

    private MemberState load(String member) {
        MemberRecords.checkMember(member);
        MemberState known = recent.getIfPresent(member);
        if (known != null) {
            return known;
        }
        MemberState state;
        try {
            state = loadFromFile(member);
        } catch (RuntimeException e) {
            if (db.isClosed() || e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new UnreadableMember(member, e);
        }
        recent.put(member, state);
        return state;
    }

    /** The member's state as the file holds it, ignoring what memory kept. */
    MemberState loadFromFile(String member) {
        byte[] head = intact(heads.get(member));
        if (head == null) {
            byte[] old = intact(legacy.get(member));
            if (old == null) {
                return MemberState.empty();
            }
            MemberState state = StateJson.read(old);
            unmigrated.add(member);
            return state;
        }
        SecretKey key = keys.existing(member).orElseThrow(() -> new IllegalStateException("the member has no key"));
        MemberRecords.Head parsed = MemberRecords.readHead(keys.open(key, MemberRecords.headKey(member), head));
        List<Rejection> rejections = new ArrayList<>(parsed.rejections().size());
        for (String id : parsed.rejections()) {
            String recordKey = MemberRecords.rejectionKey(member, id);
            byte[] rejection = intact(parts.get(recordKey));
            if (rejection == null) {
                throw new IllegalStateException("the record of rejection " + id + " is missing");
            }
            rejections.add(MemberRecords.readRejection(keys.open(key, recordKey, rejection)));
        }
        String seenKey = MemberRecords.seenKey(member);
        byte[] seen = intact(parts.get(seenKey));
        return MemberRecords.assemble(parsed, rejections,
                seen == null ? List.of() : MemberRecords.readSeen(keys.open(key, seenKey, seen)));
    }

    private static byte[] intact(byte[] record) {
        if (record == TolerantBytes.DAMAGED) {
            throw new IllegalStateException("a record of the member is damaged");
        }
        return record;
    }

    /**
     * Writes a member's state without waiting for a commit: for offline tools (compaction, imports)
     * that write many members and then call {@link #commit()} once. Turns use {@link #update}.
     */
    public void save(String member, MemberState state) {
        MemberRecords.checkMember(member);
        MemberState before;
        try {
            before = load(member);
        } catch (UnreadableMember e) {
            before = null;
        }
        write(member, before, state);
    }

    /**
     * Writes the records of {@code state} that differ from {@code before} (null: unreadable, write
     * all). Every record is made and measured before the first is written, so a refused change
     * ({@link NotSaved}) writes nothing.
     */
    private void write(String member, MemberState before, MemberState wanted) {
        MemberState state = MemberRecords.trimSeen(wanted);
        // someone new (or someone whose head may be missing) gets every record written
        boolean all = before == null || before.equals(MemberState.empty()) || unmigrated.contains(member);
        SecretKey key = keys.ensure(member);
        byte[] head = all || !MemberRecords.sameHead(before, state)
                ? keys.seal(key, MemberRecords.headKey(member), MemberRecords.head(member, state)) : null;
        String seenKey = MemberRecords.seenKey(member);
        byte[] seen = all || !before.seen().equals(state.seen())
                ? keys.seal(key, seenKey, MemberRecords.seen(member, state.seen())) : null;
        Map<String, byte[]> changed = new LinkedHashMap<>();
        for (Rejection rejection : state.rejections()) {
            Rejection was = all ? null : before.rejection(rejection.id());
            if (!rejection.equals(was)) {
                String recordKey = MemberRecords.rejectionKey(member, rejection.id());
                changed.put(recordKey, keys.seal(key, recordKey, MemberRecords.rejection(member, rejection)));
            }
        }
        try {
            if (head != null) {
                heads.put(member, head);
            }
            if (seen != null) {
                parts.put(MemberRecords.seenKey(member), seen);
            }
            parts.putAll(changed);
            if (before != null) {
                for (Rejection gone : before.rejections()) {
                    if (state.rejection(gone.id()) == null) {
                        parts.remove(MemberRecords.rejectionKey(member, gone.id()));
                    }
                }
            }
            if (unmigrated.remove(member)) {
                legacy.remove(member);
            }
            reindex(member, before == null ? -2 : DueIndex.nextAttempt(before), DueIndex.nextAttempt(state));
        } catch (RuntimeException e) {
            recent.invalidate(member); // half a save: the next turn reads the file, not what memory kept
            throw e;
        }
        recent.put(member, state);
        commits.wrote();
    }

    /** Removes every record of the member and their due entry; {@code before} is null when unreadable. */
    private void delete(String member, MemberState before) {
        recent.invalidate(member);
        heads.remove(member);
        legacy.remove(member);
        unmigrated.remove(member);
        parts.subMap(MemberRecords.firstPartKey(member), MemberRecords.afterLastPartKey(member)).clear();
        reindex(member, before == null ? -2 : DueIndex.nextAttempt(before), -1);
        commits.wrote();
    }

    /**
     * Moves the member in the due index from {@code was} to {@code next} (-1: not there, -2: not
     * known). The old
     * time comes from the state being replaced, so a turn writes no index entry of its own unless the
     * member's next follow-up moved: most turns write one record.
     */
    private void reindex(String member, long was, long next) {
        if (was == next) {
            return;
        }
        if (was == -2) { // not known: the member's record could not be read
            due.removeIf(key -> DueIndex.member(key).equals(member)); // rare: a scan of the due index
            was = -1;
        }
        if (was >= 0) {
            due.remove(DueIndex.key(was, member));
        }
        if (next >= 0) {
            due.add(DueIndex.key(next, member));
        }
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
        List<String> found = new ArrayList<>();
        for (String key : due.headSet(DueIndex.upperBound(now), true)) {
            found.add(DueIndex.member(key));
        }
        return found;
    }

    @Override
    public long memberCount() {
        return heads.sizeLong() + legacy.sizeLong();
    }

    /** All member keys, for offline tools such as compaction. */
    public Iterable<String> memberKeys() {
        return Iterables.concat(heads.getKeys(), legacy.getKeys());
    }

    /** The size in bytes of every record kept for members, by key: what {@link MemberRecords#LARGEST_RECORD} bounds. */
    Map<String, Integer> recordSizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        heads.forEach((key, bytes) -> sizes.put("head " + key, bytes.length));
        legacy.forEach((key, bytes) -> sizes.put("layout-1 " + key, bytes.length));
        parts.forEach((key, bytes) -> sizes.put("part " + key.replace('\u0000', '/'), bytes.length));
        return sizes;
    }

    /** The member's head record as stored (null when none): tests look at it. */
    byte[] headRecord(String member) {
        return heads.get(member);
    }

    /** Replaces a member's head record with {@code bytes} as they are, uncommitted: tests damage a member with it. */
    void damage(String member, byte[] bytes) {
        recent.invalidate(member);
        heads.put(member, bytes);
        commits.wrote();
    }

    @Override
    public void close() {
        try {
            commits.close();
            if (!db.isClosed()) {
                db.close();
            }
            keys.close();
        } finally {
            try {
                lock.release();
                lockChannel.close();
            } catch (IOException e) {
                // the lock goes with the process anyway
            }
        }
    }
}
