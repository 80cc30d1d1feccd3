package rebound.discord;

import java.util.List;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import rebound.frontdoor.Messenger;
import rebound.frontdoor.Outbound;

/**
 * Delivers a reminder as a DM with its draft and outcome buttons. When Discord will not take the DM
 * (the member closed DMs or blocked the bot, 50007; or shares no server with it and has not added
 * Rebound to their account, 50278, see {@link DmRefusal}), the core is told so and keeps the reminder
 * pending, tried again later, not in a loop. A member who added Rebound to their own account is sent
 * reminders like any other (issue 20).
 *
 * <p>A reminder can take more than one message (Discord's 2,000 characters). Each carries a nonce
 * made from the reminder and its place ({@code enforce_nonce}, so Discord returns the message it
 * already has for a repeat within minutes), and the parts delivered are remembered until the
 * whole reminder is, so when a later part is refused and the core tries again, the member does
 * not see the first part twice.
 */
final class DiscordMessenger implements Messenger {

    /** Reminder parts remembered as delivered (by nonce); old ones fall out first. */
    private static final int REMEMBERED = 10_000;

    private final Supplier<JDA> jda;
    private final Renderer renderer;
    private final java.util.Set<String> delivered = java.util.Collections.newSetFromMap(
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(256, 0.75f, false) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED;
                }
            }));

    /** {@code jda}: a logged-in JDA for the REST calls (any shard of this instance). */
    DiscordMessenger(Supplier<JDA> jda, Renderer renderer) {
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
            PrivateChannel dm = jda.get().openPrivateChannelById(userId).complete();
            List<MessageCreateData> parts = renderer.render(message);
            String reminder = Integer.toHexString(java.util.Objects.hash(message.member(), message.text(),
                    message.drafts(), message.followups()));
            for (int i = 0; i < parts.size(); i++) {
                String nonce = reminder + "-" + i; // Discord: at most 25 characters
                if (!delivered.contains(nonce)) {
                    dm.sendMessage(parts.get(i)).setNonce(nonce).complete();
                    delivered.add(nonce);
                }
            }
            // whole: the same reminder shown again later (a snooze) is a new delivery
            for (int i = 0; i < parts.size(); i++) {
                delivered.remove(reminder + "-" + i);
            }
        } catch (ErrorResponseException e) {
            String reason = e.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER
                    ? "Discord refused the DM (" + e.getErrorCode() + ": DMs closed or bot blocked)"
                    : e.getErrorCode() == DmRefusal.NO_MUTUAL_SERVER
                    ? "Discord refused the DM (" + e.getErrorCode() + ": no shared server, and the app is not on the"
                            + " member's account)"
                    : "Discord answered " + e.getErrorCode() + " " + e.getMeaning();
            throw new DeliveryRefused(reason, 0);
        }
    }
}
