package rebound.discord;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.frontdoor.DoorWords;
import rebound.frontdoor.Event;
import rebound.frontdoor.Form;
import rebound.frontdoor.FrontDoor;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Member;
import rebound.frontdoor.Outbound;
import rebound.frontdoor.Pressed;
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
                        LOG.error("Answering {} failed; telling the member", Members.of(userId).logName(),
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
     * An ephemeral one-liner at once, with no turn of the conversation (an unknown command); {@code key}
     * names the line in the playbook's {@code frontdoor.txt}.
     */
    void refuse(IReplyCallback interaction, String key) {
        refuseWith(interaction, door.words().say(key));
    }

    /** The door's refusal ({@code not_yours}, {@code expired}) as an ephemeral line at once: nothing changed. */
    private static void refuseWith(IReplyCallback interaction, String words) {
        interaction.reply(Renderer.quiet().setContent(words).build()).setEphemeral(true).queue();
    }

    /** The front doors' own lines. */
    DoorWords words() {
        return door.words();
    }

    /**
     * A pressed button or picked menu entry ({@code id} its {@code custom_id}, {@code picked} the menu's
     * values): the door checks whose it is and takes it; a refusal is answered ephemerally at once, a
     * taken press is deferred and answered once committed, and a form button opens its form.
     */
    void press(IReplyCallback interaction, String id, List<String> picked, Consumer<Form> opensForm) {
        Pressed pressed = door.press(Members.of(interaction.getUser().getIdLong()), id, picked,
                "interaction:" + interaction.getId(), null, () -> deferred(interaction));
        answer(interaction, pressed, opensForm);
    }

    /** A submitted modal ({@code id} its {@code custom_id}): checked by the door as a press is, then taken. */
    void submit(IReplyCallback interaction, String id, Map<String, String> values) {
        Pressed pressed = door.submit(Members.of(interaction.getUser().getIdLong()), id, values,
                "interaction:" + interaction.getId(), null, () -> deferred(interaction));
        answer(interaction, pressed, form -> refuseWith(interaction, door.words().say("expired")));
    }

    private static void answer(IReplyCallback interaction, Pressed pressed, Consumer<Form> opensForm) {
        if (pressed instanceof Pressed.Refused refused) {
            refuseWith(interaction, refused.words());
        } else if (pressed instanceof Pressed.OpensForm form) {
            opensForm.accept(form.form());
        }
    }
}
