package rebound.store;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;

/**
 * Commits shared by every writer waiting at the same moment. MapDB serialises commits, so a commit
 * per turn caps throughput at the disk's sync rate. Here the first writer to wait while no commit
 * runs leads: it lets turns already under way finish their writes (at most {@link #GATHER_NANOS}),
 * then commits on its own thread for all of them; writers that arrive meanwhile wait for that
 * commit or lead the next one. A writer returns only once a commit covering its write has succeeded.
 *
 * <p>The leader commits on its own thread rather than handing over to a committer thread: one
 * member at a time, that hand-over (two thread wake-ups per turn) was pure added latency.
 */
final class GroupCommit implements AutoCloseable {

    static final long GATHER_NANOS = 2_000_000;

    private final Runnable commit;
    private final AtomicLong written = new AtomicLong();

    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled after each commit, and when the store closes. */
    private final Condition done = lock.newCondition();

    // guarded by lock
    private long committed;
    private long commits;
    private boolean committing;
    private long failedUpTo = -1;
    private RuntimeException failure;
    private boolean closed;

    GroupCommit(Runnable commit) {
        this.commit = commit;
    }

    /** Counts a write that the next commit must cover. */
    void wrote() {
        written.incrementAndGet();
    }

    long writes() {
        return written.get();
    }

    long commits() {
        lock.lock();
        try {
            return commits;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until every write counted so far is committed; {@code othersWriting} lets a commit gather. */
    void await(IntSupplier othersWriting) {
        long mine = written.get();
        lock.lock();
        try {
            while (committed < mine) {
                if (committing) {
                    done.awaitUninterruptibly(); // the answer must be saved before we return
                } else if (closed) {
                    throw new IllegalStateException("the store was closed before this change was saved");
                } else {
                    lead(othersWriting);
                }
            }
            if (failure != null && failedUpTo >= mine) {
                throw new IllegalStateException("saving to the data file failed", failure);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Called and returns with the lock held; commits without it, so followers can queue meanwhile. */
    private void lead(IntSupplier othersWriting) {
        committing = true;
        lock.unlock();
        long covering;
        RuntimeException error = null;
        try {
            long gathering = System.nanoTime() + GATHER_NANOS;
            while (othersWriting.getAsInt() > 0 && System.nanoTime() < gathering) {
                Thread.yield();
            }
            covering = written.get();
            try {
                commit.run();
            } catch (RuntimeException e) {
                error = e;
            }
        } finally {
            lock.lock();
            committing = false;
        }
        committed = covering;
        commits++;
        if (error != null) {
            failure = error;
            failedUpTo = covering;
        }
        done.signalAll();
    }

    /** Commits what is still pending; afterwards a write can no longer be made durable. */
    @Override
    public void close() {
        lock.lock();
        try {
            while (committing) {
                done.awaitUninterruptibly();
            }
            if (!closed && committed < written.get()) {
                lead(() -> 0);
            }
            closed = true;
            done.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
