package rebound.discord;

import java.util.List;
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
 * One interaction, one turn of the conversation: acknowledge at once (Discord allows 3 seconds), then
 * let the core handle the event on the member's queue and send its answer.
 *
 * <p>The acknowledgement is a deferred reply: Discord shows the member "Rebound is thinking...", never
 * that their answer was taken. The answer itself is sent only once the turn is committed, so a crash
 * in between shows the member a failed interaction, not a silent loss. Waiting for the commit before
 * deferring was tried: under a burst of 50 members the deferral then waited on the disk's syncs
 * (median 113 ms against the bare JDA bot's 17 ms), for no gain the member could see.
 */
final class InteractionTurns {

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

    /** Defers the reply, then runs {@code work} for the member and sends what it answered. */
    void take(IReplyCallback interaction, String member, Answer work) {
        boolean inServer = interaction.isFromGuild();
        long userId = interaction.getUser().getIdLong();
        interaction.deferReply(inServer).queue();
        InteractionHook hook = interaction.getHook();
        door.run(member, work::answer, new ReplyChannel() {
            @Override
            public void send(List<Outbound> answers) {
                replies.send(hook, inServer, userId, answers);
            }

            @Override
            public void fail(String words) {
                replies.fail(hook, words);
            }
        });
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
