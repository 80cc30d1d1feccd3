package rebound.store;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;

/**
 * One thread makes every commit, for all writers at once. MapDB serialises commits, so a commit per
 * turn caps throughput at the disk's sync rate; here each commit covers every write finished before
 * it starts, and waits up to {@link #GATHER_NANOS} for turns already under way to add theirs.
 * A writer returns only once a commit covering its write has succeeded.
 */
final class GroupCommit implements AutoCloseable {

    static final long GATHER_NANOS = 2_000_000;

    private final Runnable commit;
    private final Thread committer;
    private final AtomicLong written = new AtomicLong();
    private volatile IntSupplier inFlight = () -> 0;

    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when a write waits for a commit: wakes the committer only. */
    private final Condition pending = lock.newCondition();
    /** Signalled after each commit: wakes the writers only. */
    private final Condition done = lock.newCondition();

    // guarded by lock
    private long committed;
    private long commits;
    private long failedUpTo = -1;
    private RuntimeException failure;
    private boolean closed;

    GroupCommit(Runnable commit, String name) {
        this.commit = commit;
        this.committer = new Thread(this::run, name);
        this.committer.setDaemon(true);
        this.committer.start();
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
        inFlight = othersWriting;
        boolean interrupted = false;
        lock.lock();
        try {
            if (committed < mine) {
                pending.signal();
            }
            while (committed < mine) {
                if (closed) {
                    throw new IllegalStateException("the store was closed before this change was saved");
                }
                try {
                    done.await();
                } catch (InterruptedException e) {
                    interrupted = true; // the answer must still be saved before we return
                }
            }
            if (failure != null && failedUpTo >= mine) {
                throw new IllegalStateException("saving to the data file failed", failure);
            }
        } finally {
            lock.unlock();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (true) {
            lock.lock();
            try {
                while (!closed && written.get() <= committed) {
                    try {
                        pending.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed && written.get() <= committed) {
                    return;
                }
            } finally {
                lock.unlock();
            }
            long gathering = System.nanoTime() + GATHER_NANOS;
            while (inFlight.getAsInt() > 0 && System.nanoTime() < gathering) {
                Thread.yield();
            }
            long covering = written.get();
            RuntimeException error = null;
            try {
                commit.run();
            } catch (RuntimeException e) {
                error = e;
            }
            lock.lock();
            try {
                committed = covering;
                commits++;
                if (error != null) {
                    failure = error;
                    failedUpTo = covering;
                }
                done.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Commits what is still pending, then stops the committer. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            pending.signal();
            done.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            committer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
