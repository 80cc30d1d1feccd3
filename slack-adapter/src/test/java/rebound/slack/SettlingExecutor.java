package rebound.slack;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The executor the front door runs its after-ack work on, in tests: {@link #settle()} waits until
 * all of it (and the work it queued) is done, so a test asserts on the finished state instead of
 * on timing. The one-minute ceiling only turns a hang into a failure.
 */
final class SettlingExecutor extends ThreadPoolExecutor {

    private final Object lock = new Object();
    private int pending;

    SettlingExecutor() {
        this(4);
    }

    SettlingExecutor(int threads) {
        super(threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, "slack-test-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void execute(Runnable command) {
        synchronized (lock) {
            pending++;
        }
        try {
            super.execute(command);
        } catch (RuntimeException e) {
            done();
            throw e;
        }
    }

    @Override
    protected void afterExecute(Runnable r, Throwable t) {
        done();
    }

    private void done() {
        synchronized (lock) {
            pending--;
            lock.notifyAll();
        }
    }

    void settle() {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        synchronized (lock) {
            while (pending > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("the front door's work did not finish (hung?)");
                }
                try {
                    lock.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }
}
