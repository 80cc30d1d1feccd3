package rebound;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.text.LogName;

/**
 * Runs a front door's slow work off the platform's own thread: one member's work in arrival order,
 * different members' work side by side on the given executor. Shared by every front door.
 */
public final class MemberQueue {

    private static final Logger LOG = LoggerFactory.getLogger(MemberQueue.class);

    private final Executor executor;
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    public MemberQueue(Executor executor) {
        this.executor = executor;
    }

    public void submit(String member, Runnable work) {
        tails.compute(member, (key, tail) -> {
            CompletableFuture<Void> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
            CompletableFuture<Void> next = previous.thenRunAsync(() -> run(member, work), executor);
            next.whenComplete((ok, failure) -> tails.remove(key, next));
            return next;
        });
    }

    private static void run(String member, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("Handling an event of {} failed", LogName.of(member), e);
        }
    }
}
