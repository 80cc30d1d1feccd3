package rebound.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.frontdoor.DmHandOff;
import rebound.frontdoor.DoorWords;
import rebound.frontdoor.Member;
import rebound.frontdoor.Outbound;

/**
 * Sends the core's answer to an interaction that was already deferred. In the member's DM with the bot
 * the answer goes right there. Anywhere else (a server; a DM or group DM with other people, where a
 * member who added Rebound to their account can use it and the bot is no member, issue 20) every
 * reply is ephemeral; an intake prompt moves to the member's DMs (with a link there), and other
 * answers carry a link to continue in DMs. When Discord will not let the bot DM the member, the
 * member is told why and what to do ({@link DmRefusal}), and the intake goes on here.
 *
 * <p>Nothing here waits for Discord on the caller's thread (the front door's turn workers, which
 * also run the commits): each REST call is submitted and the next chained on its answer, and one
 * member's answers are chained after each other ({@link InOrder}), so they arrive in the order of
 * the turns.
 */
final class Replies {

    private static final Logger LOG = LoggerFactory.getLogger(Replies.class);
    private static final int MAX_ROWS = 5;
    /**
     * Away from the bot's DM, as a place ({@link DmHandOff}): an ephemeral reply with follow-ups takes any
     * number of messages, files and drafts; a question handed off to the DM is not shown again here.
     */
    private static final DmHandOff.Place AWAY_FROM_BOT_DM = new DmHandOff.Place(Integer.MAX_VALUE, true, true, false);

    private final Renderer renderer;
    private final DoorWords words;
    private final InOrder inOrder;

    /** {@code inOrder}: the app's one chain of posts per member or channel. */
    Replies(Renderer renderer, DoorWords words, InOrder inOrder) {
        this.renderer = renderer;
        this.words = words;
        this.inOrder = inOrder;
    }

    /**
     * Starts sending {@code answer} for the member {@code userId}, after what is still being sent to
     * them; returns at once.
     *
     * @param awayFromBotDm true when the interaction came from anywhere but the member's DM with the bot
     *     (a server, or a DM or group DM of a member who added Rebound to their account): the answer is
     *     then for the member's eyes only, and an intake moves to their DM with the bot
     * @return completes once Discord took every message; fails with Discord's refusal
     */
    CompletableFuture<Void> send(InteractionHook hook, boolean awayFromBotDm, long userId, List<Outbound> answer) {
        List<MessageCreateData> messages = render(answer);
        return inOrder.after(userId, () -> awayFromBotDm ? awayFromBotDm(hook, userId, answer, messages)
                : post(hook, messages));
    }

    private CompletableFuture<Void> awayFromBotDm(InteractionHook hook, long userId, List<Outbound> answer,
            List<MessageCreateData> messages) {
        hook.setEphemeral(true);
        DmHandOff handOff = DmHandOff.of(answer, messages.size(), AWAY_FROM_BOT_DM);
        boolean inServer = hook.getInteraction().isFromGuild();
        return openDm(hook.getJDA(), userId).thenCompose(dm -> {
            if (handOff.toDm()) {
                CompletableFuture<Void> handedOff = dm.channel() == null ? CompletableFuture.failedFuture(dm.refusal())
                        : inDm(dm.channel(), messages).thenCompose(sent -> post(hook, List.of(withDmLink(
                                Renderer.quiet().setContent(words.say("continued_in_dms")).build(), dm.channel()))));
                return handedOff.exceptionallyCompose(failure -> {
                    String why = DmRefusal.wordsFor(cause(failure), inServer);
                    if (why == null) { // a DM Discord would not open for another reason: answered here, as before
                        return dm.channel() == null ? post(hook, messages) : CompletableFuture.failedFuture(cause(failure));
                    }
                    List<MessageCreateData> here = new ArrayList<>();
                    here.add(Renderer.quiet().setContent(words.say(why)).build());
                    here.addAll(messages);
                    return post(hook, here);
                });
            }
            List<MessageCreateData> linked = messages;
            if (dm.channel() != null && !messages.isEmpty()) {
                linked = new ArrayList<>(messages);
                int last = linked.size() - 1;
                linked.set(last, withDmLink(linked.get(last), dm.channel()));
            }
            return post(hook, linked);
        });
    }

    /** Replaces the deferred reply with {@code text} (the failure words), after what was being sent; never throws. */
    void fail(InteractionHook hook, long userId, String text) {
        inOrder.after(userId, () -> hook.editOriginal(MessageEditData.fromCreateData(
                Renderer.quiet().setContent(text).build())).submit().thenApply(edited -> (Void) null))
                .whenComplete((ok, failure) -> {
                    if (failure != null) {
                        LOG.error("Telling {} that the turn failed failed too ({})", Members.of(userId).logName(),
                                cause(failure).toString());
                    }
                });
    }

    private List<MessageCreateData> render(List<Outbound> answer) {
        List<MessageCreateData> messages = new ArrayList<>();
        answer.forEach(m -> messages.addAll(renderer.render(m)));
        return messages;
    }

    /** The messages in the DM, one after another. */
    private static CompletableFuture<Void> inDm(PrivateChannel dm, List<MessageCreateData> messages) {
        CompletableFuture<?> sent = CompletableFuture.completedFuture(null);
        for (MessageCreateData message : messages) {
            sent = sent.thenCompose(before -> dm.sendMessage(message).submit());
        }
        return sent.thenApply(last -> null);
    }

    /** The first message replaces the deferred reply, the others follow it; none at all removes it. */
    private static CompletableFuture<Void> post(InteractionHook hook, List<MessageCreateData> messages) {
        if (messages.isEmpty()) {
            return hook.deleteOriginal().submit();
        }
        CompletableFuture<?> sent = hook.editOriginal(MessageEditData.fromCreateData(messages.get(0))).submit();
        for (MessageCreateData message : messages.subList(1, messages.size())) {
            sent = sent.thenCompose(before -> hook.sendMessage(message).submit());
        }
        return sent.thenApply(last -> null);
    }

    /** The member's DM channel, or Discord's refusal to open it. */
    private static CompletableFuture<Dm> openDm(JDA jda, long userId) {
        return jda.openPrivateChannelById(userId).submit().thenApply(channel -> new Dm(channel, null))
                .exceptionallyCompose(failure -> cause(failure) instanceof ErrorResponseException refused
                        ? CompletableFuture.completedFuture(new Dm(null, refused))
                        : CompletableFuture.failedFuture(cause(failure)));
    }

    /** The member's DM with the bot ({@code channel}), or why Discord would not open it ({@code refusal}). */
    private record Dm(PrivateChannel channel, ErrorResponseException refusal) {
    }

    /** The failure itself, out of the wrapping a chained future adds. */
    static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private MessageCreateData withDmLink(MessageCreateData message, PrivateChannel dm) {
        if (message.getComponents().size() >= MAX_ROWS) {
            return message;
        }
        return MessageCreateBuilder.from(message)
                .addComponents(ActionRow.of(Button.link(
                        "https://discord.com/channels/@me/" + dm.getId(), words.say("open_dms"))))
                .setAllowedMentions(List.of())
                .build();
    }
}
