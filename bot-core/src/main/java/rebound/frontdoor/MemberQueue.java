package rebound.frontdoor;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a front door's slow work off the platform's own thread: one member's work in arrival order,
 * different members' work side by side on the given executor. Shared by every front door.
 */
public final class MemberQueue {

    private static final Logger LOG = LoggerFactory.getLogger(MemberQueue.class);

    private final Executor executor;
    private final Map<Member, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    /** Per member, the work submitted and not finished; members with none are absent. */
    private final Map<Member, Integer> pending = new ConcurrentHashMap<>();

    public MemberQueue(Executor executor) {
        this.executor = executor;
    }

    /** Queues {@code work} after the member's earlier work; it runs on the executor. */
    public void submit(Member member, Runnable work) {
        submit(member, work, executor);
    }

    /**
     * Queues {@code work} after the member's earlier work, to run on {@code runner} instead of the queue's
     * executor: work that may wait on a platform (a reminder's send) holds this member's queue and a thread
     * of its own, never a worker the other members' turns need.
     */
    public void submit(Member member, Runnable work, Executor runner) {
        pending.merge(member, 1, Integer::sum);
        tails.compute(member, (key, tail) -> {
            CompletableFuture<Void> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
            CompletableFuture<Void> next = previous.thenRunAsync(() -> {
                try {
                    run(member, work);
                } finally {
                    pending.computeIfPresent(member, (k, n) -> n <= 1 ? null : n - 1);
                }
            }, runner);
            next.whenComplete((ok, failure) -> tails.remove(key, next));
            return next;
        });
    }

    /** How much of {@code member}'s work is queued or running (0 when none). */
    public int pending(Member member) {
        return pending.getOrDefault(member, 0);
    }

    /** The members whose keys start with {@code prefix} and who have work queued or running now. */
    public java.util.List<Member> busyStartingWith(String prefix) {
        return pending.keySet().stream().filter(member -> member.key().startsWith(prefix))
                .sorted(java.util.Comparator.comparing(Member::key)).toList();
    }

    private static void run(Member member, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("Handling an event of {} failed", member.logName(), e);
        }
    }
}
