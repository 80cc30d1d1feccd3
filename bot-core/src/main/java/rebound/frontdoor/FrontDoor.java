package rebound.frontdoor;

import java.util.List;
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

    /** Queues one turn of the member's conversation; its answers go to {@code channel}. */
    public void turn(Inbound inbound, ReplyChannel channel) {
        run(inbound.member(), () -> bot.handle(inbound), channel);
    }

    /** Queues other work for the member (its answers go to {@code channel}), under the same rules. */
    public void run(String member, Supplier<List<Outbound>> work, ReplyChannel channel) {
        queue.submit(member, () -> {
            try {
                channel.send(work.get());
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
