package rebound.discord;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import rebound.frontdoor.DoorWords;
import rebound.frontdoor.FrontDoor;
import rebound.frontdoor.ReplyChannel;
import rebound.conversation.Event;
import rebound.conversation.Inbound;
import rebound.conversation.Outbound;

/**
 * One interaction, one turn of the conversation: the core handles the event on the member's queue,
 * the interaction is acknowledged once that turn is committed (within Discord's 3 seconds), then the
 * answer is sent.
 */
final class InteractionTurns {

    /** When an interaction is acknowledged even though its turn is not committed yet: Discord allows 3 s. */
    static final Duration ACK_DEADLINE = Duration.ofMillis(2_000);

    private final FrontDoor door;
    private final Replies replies;

    InteractionTurns(FrontDoor door, Replies replies) {
        this.door = door;
        this.replies = replies;
    }

    void take(IReplyCallback interaction, Event event) {
        long userId = interaction.getUser().getIdLong();
        Inbound inbound = new Inbound(Members.of(userId), event, "interaction:" + interaction.getId());
        take(interaction, inbound.member(), () -> door.bot().handle(inbound));
    }

    /**
     * Runs {@code work} for the member, acknowledges the interaction (a deferred reply) once the turn
     * is committed, and sends what it answered. Discord never delivers an interaction twice, so it is
     * acknowledged only when what the member did is on disk, or at {@link #ACK_DEADLINE} when the
     * member's queue is slower than that (Discord drops an interaction not acknowledged within 3 s).
     */
    void take(IReplyCallback interaction, String member, Answer work) {
        boolean inServer = interaction.isFromGuild();
        long userId = interaction.getUser().getIdLong();
        InteractionHook hook = interaction.getHook();
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        CompletableFuture<Void> handled = door.run(member, work::answer, new ReplyChannel() {
            @Override
            public void send(List<Outbound> answers) {
                acknowledged.join();
                replies.send(hook, inServer, userId, answers);
            }

            @Override
            public void fail(String words) {
                acknowledged.join();
                replies.fail(hook, words);
            }
        });
        handled.completeOnTimeout(null, ACK_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((done, failed) -> interaction.deferReply(inServer)
                        .queue(ok -> acknowledged.complete(null), acknowledged::completeExceptionally));
    }

    /** Work that yields the core's answer. */
    @FunctionalInterface
    interface Answer {
        List<Outbound> answer();
    }

    /**
     * An ephemeral one-liner at once, with no turn of the conversation (someone else's or an expired
     * button); {@code key} names the line in the playbook's {@code frontdoor.txt}.
     */
    void refuse(IReplyCallback interaction, String key) {
        interaction.reply(Renderer.quiet().setContent(door.words().say(key)).build()).setEphemeral(true).queue();
    }

    /** The front doors' own lines. */
    DoorWords words() {
        return door.words();
    }

    /** The component's id when it is ours and pressed by its owner; otherwise answers and returns empty. */
    Optional<ComponentId> ours(IReplyCallback event, String customId) {
        Optional<ComponentId> id = ComponentId.parse(customId);
        if (id.isEmpty()) {
            refuse(event, "expired");
            return Optional.empty();
        }
        if (!FrontDoor.ownedBy(Members.of(id.get().owner()), Members.of(event.getUser().getIdLong()))) {
            refuse(event, "not_yours");
            return Optional.empty();
        }
        return id;
    }
}
