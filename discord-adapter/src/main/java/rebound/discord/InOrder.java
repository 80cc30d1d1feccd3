package rebound.discord;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Keeps the posts to one place (a member's DM, a member's interactions) in the order they were
 * handed over, without blocking a thread: each piece of work starts when the one before it for the
 * same key has finished, failed or not. Keys with nothing under way hold no memory.
 */
final class InOrder {

    private final Map<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    /**
     * Runs {@code work} (which starts its REST calls and returns when they are under way) after the
     * work queued before for {@code key}.
     *
     * @return completes when the work's calls have; fails as they fail
     */
    CompletableFuture<Void> after(long key, Supplier<CompletableFuture<Void>> work) {
        @SuppressWarnings("unchecked")
        CompletableFuture<Void>[] mine = new CompletableFuture[1];
        tails.compute(key, (k, tail) -> {
            CompletableFuture<Void> before = tail == null ? CompletableFuture.completedFuture(null) : tail;
            mine[0] = before.handle((ok, failed) -> null).thenCompose(ignored -> work.get());
            return mine[0];
        });
        CompletableFuture<Void> done = mine[0];
        done.whenComplete((ok, failed) -> tails.remove(key, done));
        return done;
    }

    /** Waits, at most {@code max}, until the work queued so far has finished (closing the app lets answers out). */
    void awaitDrained(java.time.Duration max) {
        try {
            CompletableFuture.allOf(tails.values().toArray(CompletableFuture[]::new))
                    .get(max.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException givenUp) {
            // a failed post was told to the member already; one still under way is given up with the app
        }
    }
}
