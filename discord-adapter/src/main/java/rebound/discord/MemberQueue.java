package rebound.discord;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs slow work off JDA's event thread: one member's work in the order it came, different members'
 * work side by side.
 */
final class MemberQueue implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MemberQueue.class);

    private final ExecutorService pool;
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    MemberQueue(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "rebound-discord-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    void submit(String member, Runnable work) {
        CompletableFuture<Void> tail = tails.compute(member, (key, previous) ->
                (previous == null ? CompletableFuture.<Void>completedFuture(null) : previous)
                        .thenRunAsync(() -> run(member, work), pool));
        tail.whenComplete((done, failure) -> tails.remove(member, tail));
    }

    private static void run(String member, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("Handling an event of {} failed", member, e);
        }
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
