package rebound.frontdoor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The door's reminders (issue 19, "due reminders, each in member order"): asks the {@link Bot} which members
 * have reminders due and queues one piece of work per member in their {@link MemberQueue} (claim, send,
 * mark: {@link Bot#remind}), so a reminder is never sent beside the member's own turn on this instance
 * and is rendered from the state their earlier turns left. Each member's send runs on a thread of the
 * reminders ({@code sends}), never on the workers that take turns: a slow platform holds only that
 * member's queue. A member whose reminders already wait in their queue is not queued again.
 */
final class DueReminders {

    private static final Logger LOG = LoggerFactory.getLogger(DueReminders.class);

    /**
     * Members whose reminders are sent at once, at most, by a door's own reminder threads: a few slow
     * platform answers wait side by side, and a round of hundreds of members does not start hundreds of
     * threads (the platforms pace a bot's DMs anyway).
     */
    static final int SENDERS = 8;

    private final Bot bot;
    private final MemberQueue queue;
    private final Executor sends;
    private final Set<Member> waiting = ConcurrentHashMap.newKeySet();

    /** Reminders of {@code bot}'s members, queued in {@code queue}, sent on {@code sends}. */
    DueReminders(Bot bot, MemberQueue queue, Executor sends) {
        this.bot = bot;
        this.queue = queue;
        this.sends = sends;
    }

    /** {@link #SENDERS} daemon threads of a door's reminders, started when first needed and ended when idle. */
    static Executor senders() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(SENDERS, SENDERS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), Threads.daemons("rebound-reminder"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * Queues the reminders due now of every member, each in that member's order, through {@code messenger}.
     *
     * @return completes once every one queued has been sent and marked, with how many follow-ups the
     *     platform confirmed
     */
    CompletableFuture<Integer> queueDue(Messenger messenger) {
        List<CompletableFuture<Integer>> queued = new ArrayList<>();
        for (Member member : bot.membersWithRemindersDue()) {
            if (waiting.add(member)) { // else their reminders already wait in their queue
                queued.add(queue(member, messenger));
            }
        }
        return CompletableFuture.allOf(queued.toArray(CompletableFuture[]::new))
                .thenApply(all -> queued.stream().mapToInt(CompletableFuture::join).sum());
    }

    private CompletableFuture<Integer> queue(Member member, Messenger messenger) {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        queue.submit(member, () -> {
            int confirmed = 0;
            try {
                confirmed = bot.remind(member, messenger);
            } catch (RuntimeException e) {
                LOG.error("The reminders of {} failed; the other members' go on", member.logName(), e);
            } finally {
                waiting.remove(member);
                done.complete(confirmed);
            }
        }, sends);
        return done;
    }

    /** Queues the due reminders every {@code every}, from now until the returned handle is closed. */
    AutoCloseable every(Messenger messenger, Duration every) {
        ScheduledExecutorService timer = Threads.timer("rebound-reminders");
        timer.scheduleWithFixedDelay(() -> {
            try {
                queueDue(messenger);
            } catch (RuntimeException e) {
                LOG.error("Finding the due reminders failed; trying again in {}", every, e);
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return timer::shutdownNow;
    }
}
