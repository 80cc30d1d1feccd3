package rebound.discord;

import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import rebound.frontdoor.FrontDoor;
import rebound.frontdoor.ReplyChannel;
import rebound.conversation.Inbound;
import rebound.conversation.Outbound;

/**
 * A message a member typed in a DM with the bot answers the current step. Messages of bots (ours
 * included), system messages and anything outside DMs are ignored.
 */
final class DmHandler {

    private final FrontDoor door;
    private final Renderer renderer;

    DmHandler(FrontDoor door, Renderer renderer) {
        this.door = door;
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
        door.turn(inbound, new ReplyChannel() {
            @Override
            public void send(List<Outbound> answers) {
                for (Outbound answer : answers) {
                    for (MessageCreateData reply : renderer.render(answer)) {
                        channel.sendMessage(reply).complete();
                    }
                }
            }

            @Override
            public void fail(String words) {
                channel.sendMessage(Renderer.quiet().setContent(words).build()).complete();
            }
        });
    }
}
