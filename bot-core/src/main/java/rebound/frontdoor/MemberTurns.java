package rebound.frontdoor;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each member's turns through the door ({@link FrontDoor#turn}): in their order ({@link MemberQueue}), at
 * their pace ({@link MemberRate}, at most {@link FrontDoor#MOST_WAITING} waiting), each committed by the
 * {@link Bot} before its answers go to the {@link ReplyChannel}, or, when any of that fails, answered with
 * the playbook's {@code failed} line, so a member is never left in silence.
 */
final class MemberTurns {

    private static final Logger LOG = LoggerFactory.getLogger(MemberTurns.class);

    private final Bot bot;
    private final Executor executor;
    private final MemberQueue queue;
    private final DoorWords words;
    private final MemberRate rate;

    /**
     * Turns of {@code bot}'s members, each member's in order in {@code queue}, taken at {@code rate}; the
     * {@code slow_down} line is sent on {@code executor} and {@code words} are the front doors' own lines.
     */
    MemberTurns(Bot bot, Executor executor, MemberQueue queue, DoorWords words, MemberRate rate) {
        this.bot = bot;
        this.executor = executor;
        this.queue = queue;
        this.words = words;
        this.rate = rate;
    }

    /**
     * Queues one turn of the member's conversation, as {@link FrontDoor#turn}: the future completes once
     * the turn is committed (or has failed), before its answers are sent; at once when the event is not
     * taken ({@link #taken}).
     */
    CompletableFuture<Void> turn(Inbound inbound, ReplyChannel channel) {
        if (!taken(inbound.member(), channel)) {
            return CompletableFuture.completedFuture(null);
        }
        return run(inbound.member(), () -> bot.handle(inbound), channel);
    }

    /**
     * Whether the member's event is within their pace (and {@link FrontDoor#MOST_WAITING}); when it is the
     * first past it, they are told, with the {@code slow_down} line.
     */
    boolean taken(Member member, ReplyChannel channel) {
        MemberRate.Pace pace = rate.take(member, queue.pending(member) >= FrontDoor.MOST_WAITING);
        if (pace == MemberRate.Pace.SLOW_DOWN) {
            LOG.info("{} sent more than their pace; the events past it are set aside, and they are told once",
                    member.logName());
            // not in the member's queue: that queue is what is full
            executor.execute(() -> {
                try {
                    channel.send(List.of(Outbound.say(member, words.say("slow_down"))));
                } catch (Exception e) {
                    LOG.warn("Telling {} to slow down failed ({})", member.logName(), e.toString());
                }
            });
        }
        return pace == MemberRate.Pace.TAKEN;
    }

    /**
     * Queues other work for the member (its answers go to {@code channel}), under the same rules.
     *
     * @return completes once {@code work} has returned (or failed), before its answers are sent
     */
    CompletableFuture<Void> run(Member member, Supplier<List<Outbound>> work, ReplyChannel channel) {
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
                LOG.error("A turn of {} failed; telling the member", member.logName(), e);
                try {
                    channel.fail(words.say("failed"));
                } catch (Exception unreachable) {
                    LOG.error("Telling {} that the turn failed failed too", member.logName(), unreachable);
                }
            }
        });
        return handled;
    }
}
