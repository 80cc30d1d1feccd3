package rebound.store;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

/**
 * The store's commits as metrics (Micrometer's global registry, which the probe port's
 * {@code /metrics} page reads): {@code rebound.store.commits}, a timer tagged with the store
 * ({@code mapdb}, {@code postgres}) and the outcome ({@code ok}, {@code failed}). No member in any tag.
 */
public final class CommitMeter {

    /** A commit: runs once, may fail with {@code E}. */
    @FunctionalInterface
    public interface Commit<E extends Exception> {
        void run() throws E;
    }

    private final Timer ok;
    private final Timer failed;

    /** @param store the store's name in the {@code store} tag */
    public CommitMeter(String store) {
        ok = timer(store, "ok");
        failed = timer(store, "failed");
    }

    private static Timer timer(String store, String outcome) {
        return Timer.builder("rebound.store.commits").description("Commits of the member store and how long each took")
                .tag("store", store).tag("outcome", outcome).register(Metrics.globalRegistry);
    }

    /** Runs the commit and records how long it took and whether it failed; rethrows what it threw. */
    public <E extends Exception> void time(Commit<E> commit) throws E {
        long start = System.nanoTime();
        boolean done = false;
        try {
            commit.run();
            done = true;
        } finally {
            (done ? ok : failed).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }
}
