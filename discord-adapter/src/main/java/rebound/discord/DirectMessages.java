package rebound.discord;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import rebound.MemberQueue;
import rebound.Rebound;
import rebound.conversation.Inbound;
import rebound.conversation.Outbound;

/**
 * A message a member typed in a DM with the bot answers the current step. Messages of bots (ours
 * included), system messages and anything outside DMs are ignored.
 */
final class DirectMessages {

    private final Rebound bot;
    private final MemberQueue queue;
    private final MessageRenderer renderer;

    DirectMessages(Rebound bot, MemberQueue queue, MessageRenderer renderer) {
        this.bot = bot;
        this.queue = queue;
        this.renderer = renderer;
    }

    void receive(MessageReceivedEvent event) {
        Message message = event.getMessage();
        if (!event.isFromType(ChannelType.PRIVATE) || event.getAuthor().isBot() || event.getAuthor().isSystem()
                || event.isWebhookMessage() || message.getType().isSystem()) {
            return;
        }
        String member = Members.of(event.getAuthor().getIdLong());
        Inbound inbound = Inbound.text(member, message.getContentRaw()).withDeliveryId("message:" + message.getId());
        MessageChannel channel = event.getChannel();
        queue.submit(member, () -> {
            for (Outbound answer : bot.handle(inbound)) {
                for (MessageCreateData reply : renderer.render(answer)) {
                    channel.sendMessage(reply).complete();
                }
            }
        });
    }
}
