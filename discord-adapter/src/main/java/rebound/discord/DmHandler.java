package rebound.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.frontdoor.FrontDoor;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Member;
import rebound.frontdoor.Outbound;
import rebound.frontdoor.ReplyChannel;

/**
 * A message a member typed in a DM with the bot answers the current step. Messages of bots (ours
 * included), system messages and anything outside DMs are ignored. Each DM is noted in
 * {@link DmsInFlight} until it is answered, so one that a crash cut short is taken again at the next
 * start ({@link #catchUp}). Answers are submitted to Discord and chained per DM channel
 * ({@link InOrder}); no turn worker waits for Discord.
 */
final class DmHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DmHandler.class);

    private final FrontDoor door;
    private final Renderer renderer;
    private final DmsInFlight inFlight;
    /** Each DM channel's answers in the order of its turns, sent without waiting on the turn workers. */
    private final InOrder inOrder;

    /** {@code inOrder}: the app's one chain of posts per member or channel. */
    DmHandler(FrontDoor door, Renderer renderer, DmsInFlight inFlight, InOrder inOrder) {
        this.door = door;
        this.renderer = renderer;
        this.inFlight = inFlight;
        this.inOrder = inOrder;
    }

    void receive(MessageReceivedEvent event) {
        Message message = event.getMessage();
        if (!event.isFromType(ChannelType.PRIVATE) || event.getAuthor().isBot() || event.getAuthor().isSystem()
                || event.isWebhookMessage() || message.getType().isSystem()) {
            return;
        }
        take(message, event.getChannel());
    }

    /**
     * A message the member edited in the DM (MESSAGE_UPDATE with {@code edited_timestamp}): the answer
     * stays what was first sent, since the conversation has moved on, and the member is told so and
     * how to change it ({@code edit_not_taken}, frontdoor.txt), never met with silence. An update
     * without an edit time (Discord adding an embed, say) is no edit of the member's and gets nothing.
     */
    void edited(MessageUpdateEvent event) {
        Message message = event.getMessage();
        if (!event.isFromType(ChannelType.PRIVATE) || event.getAuthor().isBot() || event.getAuthor().isSystem()
                || message.getTimeEdited() == null) {
            return;
        }
        Member member = Members.of(event.getAuthor().getIdLong());
        MessageChannel channel = event.getChannel();
        inOrder.after(channel.getIdLong(), () -> channel.sendMessage(Renderer.quiet()
                .setContent(door.words().say("edit_not_taken")).build()).submit().thenApply(sent -> (Void) null))
                .whenComplete((sent, failure) -> {
                    if (failure != null) {
                        LOG.warn("Telling {} that an edit is not taken failed ({})", member.logName(),
                                Replies.cause(failure).toString());
                    }
                });
    }

    /**
     * Takes again the DMs a previous run received and never answered, fetched from Discord by id
     * (the core ignores those it already saved). Run once, after login, by the instance that gets DMs.
     */
    void catchUp(JDA discord) {
        List<DmsInFlight.Dm> leftOver = inFlight.leftOver();
        inFlight.forgetLeftOver();
        if (!leftOver.isEmpty()) {
            LOG.info("Taking again {} DM(s) that the last run received and did not answer", leftOver.size());
        }
        for (DmsInFlight.Dm dm : leftOver) {
            discord.openPrivateChannelById(dm.userId())
                    .flatMap(channel -> channel.retrieveMessageById(dm.messageId()))
                    .queue(message -> take(message, message.getChannel()),
                            gone -> LOG.warn("A DM the last run did not answer could not be fetched again ({})",
                                    gone.toString()));
        }
    }

    private void take(Message message, MessageChannel channel) {
        long messageId = message.getIdLong();
        Member member = Members.of(message.getAuthor().getIdLong());
        inFlight.received(new DmsInFlight.Dm(message.getAuthor().getIdLong(), channel.getIdLong(), messageId));
        Inbound inbound = Inbound.text(member, message.getContentRaw()).withDeliveryId("message:" + message.getId());
        door.turn(inbound, new ReplyChannel() {
            @Override
            public void send(List<Outbound> answers) {
                List<MessageCreateData> replies = new ArrayList<>();
                answers.forEach(answer -> replies.addAll(renderer.render(answer)));
                inOrder.after(channel.getIdLong(), () -> {
                    CompletableFuture<?> sent = CompletableFuture.completedFuture(null);
                    for (MessageCreateData reply : replies) {
                        sent = sent.thenCompose(before -> channel.sendMessage(reply).submit());
                    }
                    return sent.thenApply(last -> (Void) null);
                }).whenComplete((sent, failure) -> {
                    if (failure != null && DmRefusal.wordsFor(Replies.cause(failure), false) != null) {
                        // Discord will not let the bot DM them (50007, 50278): telling them "failed" there would be
                        // refused too. The turn is saved; /rejected (an interaction) tells them why.
                        LOG.warn("Discord refused the answer to {}'s DM ({})", member.logName(),
                                Replies.cause(failure).getMessage());
                        inFlight.answered(messageId);
                    } else if (failure != null) {
                        LOG.error("Answering {} failed; telling the member", member.logName(), Replies.cause(failure));
                        fail(door.words().say("failed"));
                    } else {
                        inFlight.answered(messageId);
                    }
                });
            }

            @Override
            public void fail(String words) {
                inOrder.after(channel.getIdLong(), () -> channel.sendMessage(Renderer.quiet().setContent(words).build())
                        .submit().thenApply(sent -> (Void) null)).whenComplete((sent, failure) -> {
                            if (failure != null) {
                                LOG.error("Telling {} that the turn failed failed too ({})", member.logName(),
                                        Replies.cause(failure).toString());
                            }
                            inFlight.answered(messageId);
                        });
            }
        });
    }
}
