package rebound.discord;

import java.util.List;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.MemberQueue;
import rebound.Rebound;
import rebound.conversation.Event;
import rebound.conversation.Inbound;
import rebound.conversation.Outbound;

/**
 * One interaction, one turn of the conversation: acknowledge at once (Discord allows 3 seconds), then
 * let the core handle the event on the member's queue and send its answer.
 */
final class InteractionTurns {

    private static final Logger LOG = LoggerFactory.getLogger(InteractionTurns.class);

    private final Rebound bot;
    private final MemberQueue queue;
    private final InteractionReplies replies;

    InteractionTurns(Rebound bot, MemberQueue queue, InteractionReplies replies) {
        this.bot = bot;
        this.queue = queue;
        this.replies = replies;
    }

    void take(IReplyCallback interaction, Event event) {
        long userId = interaction.getUser().getIdLong();
        Inbound inbound = new Inbound(Members.of(userId), event, "interaction:" + interaction.getId());
        take(interaction, inbound.member(), () -> bot.handle(inbound));
    }

    /** Defers the reply, then runs {@code work} for the member and sends what it answered. */
    void take(IReplyCallback interaction, String member, Answer work) {
        boolean inServer = interaction.isFromGuild();
        long userId = interaction.getUser().getIdLong();
        interaction.deferReply(inServer).queue();
        InteractionHook hook = interaction.getHook();
        queue.submit(member, () -> {
            try {
                replies.send(hook, inServer, userId, work.answer());
            } catch (RuntimeException e) {
                LOG.error("Answering an interaction of {} failed", member, e);
                replies.fail(hook);
            }
        });
    }

    /** Work that yields the core's answer. */
    @FunctionalInterface
    interface Answer {
        List<Outbound> answer();
    }

    /** An ephemeral one-liner at once, with no turn of the conversation (someone else's or an expired button). */
    static void refuse(IReplyCallback interaction, String text) {
        interaction.reply(MessageRenderer.quiet().setContent(text).build()).setEphemeral(true).queue();
    }
}
