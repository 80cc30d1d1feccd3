package rebound.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.frontdoor.DoorWords;
import rebound.frontdoor.FrontDoor;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import rebound.conversation.Outbound;
import rebound.frontdoor.MemberKey;

/**
 * Sends the core's answer to an interaction that was already deferred. In a DM the answer goes right
 * there. In a server every reply is ephemeral; an intake prompt moves to the member's DMs (with a
 * link there), and other answers carry a link to continue in DMs.
 *
 * <p>Nothing here waits for Discord on the caller's thread (the front door's turn workers, which
 * also run the commits): each REST call is submitted and the next chained on its answer, and one
 * member's answers are chained after each other ({@link InOrder}), so they arrive in the order of
 * the turns.
 */
final class Replies {

    private static final Logger LOG = LoggerFactory.getLogger(Replies.class);
    private static final int MAX_ROWS = 5;

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
     * @return completes once Discord took every message; fails with Discord's refusal
     */
    CompletableFuture<Void> send(InteractionHook hook, boolean inServer, long userId, List<Outbound> answer) {
        List<MessageCreateData> messages = render(answer);
        return inOrder.after(userId, () -> inServer ? inServer(hook, userId, answer, messages) : post(hook, messages));
    }

    private CompletableFuture<Void> inServer(InteractionHook hook, long userId, List<Outbound> answer,
            List<MessageCreateData> messages) {
        hook.setEphemeral(true);
        boolean prompt = FrontDoor.handsOffToDm(answer);
        return openDm(hook.getJDA(), userId).thenCompose(dm -> {
            if (dm != null && prompt) {
                return inDm(dm, messages)
                        .thenCompose(sent -> post(hook, List.of(withDmLink(Renderer.quiet()
                                .setContent(words.say("continued_in_dms")).build(), dm))))
                        .exceptionallyCompose(failure -> {
                            if (!(cause(failure) instanceof ErrorResponseException e)
                                    || e.getErrorResponse() != ErrorResponse.CANNOT_SEND_TO_USER) {
                                return CompletableFuture.failedFuture(cause(failure));
                            }
                            List<MessageCreateData> here = new ArrayList<>();
                            here.add(Renderer.quiet().setContent(words.say("dms_closed")).build());
                            here.addAll(messages);
                            return post(hook, here);
                        });
            }
            List<MessageCreateData> linked = messages;
            if (dm != null && !messages.isEmpty()) {
                linked = new ArrayList<>(messages);
                int last = linked.size() - 1;
                linked.set(last, withDmLink(linked.get(last), dm));
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
                        LOG.error("Telling {} that the turn failed failed too ({})", MemberKey.logName(Members.of(userId)),
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

    /** The member's DM channel, or null when Discord will not open it. */
    private static CompletableFuture<PrivateChannel> openDm(JDA jda, long userId) {
        return jda.openPrivateChannelById(userId).submit().exceptionallyCompose(failure ->
                cause(failure) instanceof ErrorResponseException ? CompletableFuture.completedFuture(null)
                        : CompletableFuture.failedFuture(cause(failure)));
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
