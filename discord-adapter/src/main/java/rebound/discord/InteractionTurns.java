package rebound.discord;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.frontdoor.DoorWords;
import rebound.frontdoor.Event;
import rebound.frontdoor.FormErrors;
import rebound.frontdoor.FrontDoor;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.MemberKey;
import rebound.frontdoor.Outbound;
import rebound.frontdoor.ReplyChannel;

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

    private static final Logger LOG = LoggerFactory.getLogger(InteractionTurns.class);

    private final FrontDoor door;
    private final Replies replies;

    InteractionTurns(FrontDoor door, Replies replies) {
        this.door = door;
        this.replies = replies;
    }

    /** Defers the reply, then takes {@code event} as one turn of the presser's conversation and sends its answer. */
    void take(IReplyCallback interaction, Event event) {
        Inbound inbound = new Inbound(Members.of(interaction.getUser().getIdLong()), event,
                "interaction:" + interaction.getId());
        door.turn(inbound, deferred(interaction));
    }

    /**
     * Defers the reply, then has the door check the submitted form ({@code values} by field id) and take
     * it; a form with errors is answered by the door with them and a button to open the form again (a
     * Discord modal cannot be answered with errors).
     */
    void submit(IReplyCallback interaction, String formId, Map<String, String> values) {
        Inbound inbound = new Inbound(Members.of(interaction.getUser().getIdLong()),
                new Event.FormSubmit(formId, values), "interaction:" + interaction.getId());
        door.submit(inbound, deferred(interaction), FormErrors.Shown.IN_CHAT);
    }

    /** Acknowledges the interaction at once ("thinking...") and returns where its answer goes. */
    private ReplyChannel deferred(IReplyCallback interaction) {
        boolean awayFromBotDm = awayFromBotDm(interaction);
        long userId = interaction.getUser().getIdLong();
        interaction.deferReply(awayFromBotDm).queue();
        InteractionHook hook = interaction.getHook();
        return new ReplyChannel() {
            @Override
            public void send(List<Outbound> answers) {
                replies.send(hook, awayFromBotDm, userId, answers).whenComplete((sent, failure) -> {
                    if (failure != null) {
                        LOG.error("Answering {} failed; telling the member", MemberKey.logName(Members.of(userId)),
                                Replies.cause(failure));
                        replies.fail(hook, userId, door.words().say("failed"));
                    }
                });
            }

            @Override
            public void fail(String words) {
                replies.fail(hook, userId, words);
            }
        };
    }

    /**
     * True when the interaction came from anywhere but the member's DM with the bot: a server, or a DM
     * or group DM with other people ({@code PRIVATE_CHANNEL}), where a member who added Rebound to their
     * account can use it (issue 20). Answers there are for the member's eyes only: the others in that
     * channel must not see a rejection, and the bot, no member of such a channel, could not post there.
     */
    static boolean awayFromBotDm(IReplyCallback interaction) {
        return interaction.isFromGuild() || interaction.getContext() != InteractionContextType.BOT_DM;
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
