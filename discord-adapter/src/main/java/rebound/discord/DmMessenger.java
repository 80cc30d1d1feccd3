package rebound.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import rebound.conversation.Outbound;
import rebound.reminder.Messenger;

/**
 * Delivers a reminder as a DM with its draft and outcome buttons. When Discord will not take the DM
 * (the member closed DMs or blocked the bot), the core is told so and keeps the reminder pending.
 */
final class DmMessenger implements Messenger {

    private final JDA jda;
    private final MessageRenderer renderer;

    DmMessenger(JDA jda, MessageRenderer renderer) {
        this.jda = jda;
        this.renderer = renderer;
    }

    @Override
    public void deliver(Outbound message) throws DeliveryRefused {
        long userId = Members.userId(message.member());
        if (userId < 0) {
            throw new DeliveryRefused(message.member() + " is not a Discord member", 0);
        }
        try {
            PrivateChannel dm = jda.openPrivateChannelById(userId).complete();
            for (MessageCreateData part : renderer.render(message)) {
                dm.sendMessage(part).complete();
            }
        } catch (ErrorResponseException e) {
            String reason = e.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER
                    ? "Discord refused the DM (" + e.getErrorCode() + ": DMs closed or bot blocked)"
                    : "Discord answered " + e.getErrorCode() + " " + e.getMeaning();
            throw new DeliveryRefused(reason, 0);
        }
    }
}
