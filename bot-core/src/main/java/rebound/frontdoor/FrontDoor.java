package rebound.frontdoor;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.MemberQueue;
import rebound.Rebound;
import rebound.conversation.Inbound;
import rebound.conversation.Outbound;

/**
 * The one turn pipeline every platform adapter calls after acknowledging the platform: the
 * member's events in arrival order, {@link Rebound#handle} (committed before anything is sent),
 * then the answers through a {@link ReplyChannel}, or, when any of that fails, the playbook's
 * {@code failed} line, so a member is never left in silence. It also holds the product rules the
 * adapters share: whose button it is, and that the intake runs in the member's DM.
 */
public final class FrontDoor {

    private static final Logger LOG = LoggerFactory.getLogger(FrontDoor.class);

    private final Rebound bot;
    private final MemberQueue queue;
    private final DoorWords words;

    /**
     * @param executor runs the turns (one member's in order, different members' side by side)
     * @param words the front doors' own lines ({@code frontdoor.txt})
     */
    public FrontDoor(Rebound bot, Executor executor, DoorWords words) {
        this.bot = bot;
        this.queue = new MemberQueue(executor);
        this.words = words;
    }

    public Rebound bot() {
        return bot;
    }

    public DoorWords words() {
        return words;
    }

    /**
     * Queues one turn of the member's conversation; its answers go to {@code channel}. The returned
     * future completes once the turn is committed (or has failed), before its answers are sent: a
     * front door that can wait before acknowledging the platform ({@link #awaitDurable}) acknowledges
     * only what is on disk.
     */
    public CompletableFuture<Void> turn(Inbound inbound, ReplyChannel channel) {
        return run(inbound.member(), () -> bot.handle(inbound), channel);
    }

    /**
     * Waits until {@code handled} (from {@link #turn}) completes, at most {@code max}, so the
     * platform is acknowledged after the commit; past {@code max} (the platform's ack window is
     * near) it returns anyway, and a platform retry is answered with nothing by the core.
     */
    public static void awaitDurable(CompletableFuture<Void> handled, Duration max) {
        try {
            handled.get(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException late) {
            LOG.warn("Acknowledging before the turn was committed ({})", late.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Queues other work for the member (its answers go to {@code channel}), under the same rules. */
    public CompletableFuture<Void> run(String member, Supplier<List<Outbound>> work, ReplyChannel channel) {
        CompletableFuture<Void> handled = new CompletableFuture<>();
        queue.submit(member, () -> {
            try {
                List<Outbound> answers;
                try {
                    answers = work.get();
                } finally {
                    handled.complete(null);
                }
                channel.send(answers);
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Exception | Error e) { // MapDB reports a closed store as an Error: still answered
                LOG.error("A turn of {} failed; telling the member", member, e);
                try {
                    channel.fail(words.say("failed"));
                } catch (Exception unreachable) {
                    LOG.error("Telling {} that the turn failed failed too", member, unreachable);
                }
            }
        });
        return handled;
    }

    /** Queues work that answers nothing (a home tab refresh), in the member's order. */
    public void later(String member, Runnable work) {
        queue.submit(member, work);
    }

    /**
     * Whether a button or menu may be used by {@code presser}: only the member whose conversation
     * it belongs to ({@code owner}) may press it. A button with no owner is nobody's.
     */
    public static boolean ownedBy(String owner, String presser) {
        return owner != null && !owner.isEmpty() && owner.equals(presser);
    }

    /**
     * The hand-off rule: answers that ask an intake step go on in the member's DM with the bot,
     * where typed answers reach it; asked elsewhere (a channel, a server), the place they were asked
     * gets a short pointer to the DM.
     */
    public static boolean handsOffToDm(List<Outbound> answers) {
        return answers.stream().anyMatch(a -> a.step() != null);
    }
}
