package rebound.discord;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import rebound.frontdoor.Threads;

/** The threads that run the core's turns off JDA's event thread; closing lets running turns finish. */
final class Workers implements AutoCloseable {

    private final ExecutorService pool;

    Workers(int threads) {
        this.pool = Threads.pool("rebound-discord", threads);
    }

    ExecutorService pool() {
        return pool;
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
