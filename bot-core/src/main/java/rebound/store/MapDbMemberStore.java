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
import java.util.NavigableSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.concurrent.locks.ReentrantLock;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.HTreeMap;
import org.mapdb.Serializer;
import rebound.conversation.MemberState;

/**
 * Member state in one embedded MapDB file, with transactions on so a commit survives {@code kill -9}.
 * State is stored as JSON bytes, never Java serialization, so later versions can read old files.
 *
 * <p>Commits are grouped: MapDB serialises commits, so members talking at once share one commit
 * instead of queueing for one each, while no caller returns before a commit covering its write.
 */
public final class MapDbMemberStore implements MemberStore {

    public static final String FILE = "rebound.db";
    private static final String LOCK_FILE = "rebound.lock";

    /** How long a commit waits, at most, for turns already under way to add their writes to it. */
    private static final long GATHER_NANOS = 2_000_000;

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final DB db;
    private final HTreeMap<String, byte[]> members;
    private final HTreeMap<String, Long> nextAttempt;
    private final NavigableSet<String> due;

    private final AtomicLong written = new AtomicLong();
    private final ReentrantLock committing = new ReentrantLock();
    private volatile long committed;
    private final AtomicLong commits = new AtomicLong();

    private MapDbMemberStore(Path dir, FileChannel lockChannel, FileLock lock, DB db) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.db = db;
        this.members = db.hashMap("members", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
        this.nextAttempt = db.hashMap("next-attempt", Serializer.STRING, Serializer.LONG).createOrOpen();
        this.due = db.treeSet("due", Serializer.STRING).createOrOpen();
    }

    /** Opens (or creates) the store in {@code dir}; refuses clearly when another process has it open. */
    public static MapDbMemberStore open(Path dir) {
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
                DB db = DBMaker.fileDB(dir.resolve(FILE).toFile())
                        .transactionEnable()
                        .fileMmapEnableIfSupported()
                        .make();
                return new MapDbMemberStore(dir, channel, lock, db);
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
    public MemberState load(String member) {
        byte[] json = members.get(member);
        return json == null ? MemberState.empty() : StateJson.read(json);
    }

    @Override
    public void save(String member, MemberState state) {
        members.put(member, StateJson.write(state));
        reindex(member, DueIndex.nextAttempt(state));
        written.incrementAndGet();
    }

    @Override
    public void delete(String member) {
        members.remove(member);
        reindex(member, -1);
        written.incrementAndGet();
    }

    private void reindex(String member, long next) {
        Long previous = nextAttempt.get(member);
        if (previous != null && previous == next) {
            return;
        }
        if (previous != null) {
            due.remove(DueIndex.key(previous, member));
        }
        if (next < 0) {
            nextAttempt.remove(member);
        } else {
            nextAttempt.put(member, next);
            due.add(DueIndex.key(next, member));
        }
    }

    @Override
    public void commit() {
        commit(() -> 0);
    }

    @Override
    public void commit(IntSupplier othersWriting) {
        long mine = written.get();
        if (committed >= mine) {
            return;
        }
        committing.lock();
        try {
            if (committed >= mine) {
                return; // someone else's commit covered this write while we waited
            }
            long gathering = System.nanoTime() + GATHER_NANOS;
            while (othersWriting.getAsInt() > 0 && System.nanoTime() < gathering) {
                Thread.yield();
            }
            long covering = written.get();
            db.commit();
            commits.incrementAndGet();
            committed = covering;
        } finally {
            committing.unlock();
        }
    }

    /** How many MapDB commits this store made: with {@link #writes()}, how well commits are shared. */
    public long commits() {
        return commits.get();
    }

    public long writes() {
        return written.get();
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
        return members.sizeLong();
    }

    /** All member keys, for offline tools such as compaction. */
    public Iterable<String> memberKeys() {
        return members.getKeys();
    }

    byte[] raw(String member) {
        return members.get(member);
    }

    @Override
    public void close() {
        try {
            if (!db.isClosed()) {
                db.close();
            }
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
