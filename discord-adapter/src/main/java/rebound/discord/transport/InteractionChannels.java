package rebound.discord.transport;

import java.util.Map;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.internal.JDAImpl;
import net.dv8tion.jda.internal.handle.SocketHandler;
import net.dv8tion.jda.internal.requests.WebSocketClient;

/**
 * Lets JDA read an interaction that comes without its {@code channel} object. Discord documents that
 * object as optional, and the documentation's own INTERACTION_CREATE example has only
 * {@code channel_id}; JDA (6.5.0, and every version since it began reading the field) requires it, and
 * drops such an interaction with a parse error, so the member's command or press gets no answer.
 *
 * <p>Before JDA reads an INTERACTION_CREATE that lacks it, the object is built from what the
 * interaction does carry: in a server a text channel with the member's permissions there
 * ({@code member.permissions}, which Discord computes for that channel); outside a server
 * ({@code context} 1) the member's DM with the bot; in a DM or group DM of a member who added Rebound to
 * their account ({@code context} 2, a channel the bot is not in) a group DM with that id, since the
 * interaction does not say which of the two it is and Rebound answers there only through the
 * interaction (issue 20). Anything else is left to JDA as it is. Rebound
 * answers through the interaction's token, so the channel's name and position (not sent) matter to
 * nothing it does.
 *
 * <p>JDA offers no hook before its own parsing, so this wraps JDA's handler for the event (an
 * internal class: check it when the pinned JDA version changes). It is put in place when a session
 * connects, before Discord can send any event, and stays for the connection's life.
 */
final class InteractionChannels implements EventListener {

    static final String EVENT = "INTERACTION_CREATE";
    private static final int GUILD_TEXT = 0;
    private static final int DM = 1;
    private static final int GROUP_DM = 3;
    private static final String BOT_DM_CONTEXT = "1";
    private static final String PRIVATE_CHANNEL_CONTEXT = "2";

    @Override
    public void onEvent(GenericEvent event) {
        if (event instanceof StatusChangeEvent && event.getJDA() instanceof JDAImpl jda) {
            WebSocketClient client = jda.getClient();
            if (client != null) {
                Map<String, SocketHandler> handlers = client.getHandlers();
                SocketHandler jdas = handlers.get(EVENT);
                if (jdas != null && !(jdas instanceof Filling)) {
                    handlers.put(EVENT, new Filling(jda, jdas));
                }
            }
        }
    }

    /**
     * The {@code channel} object of an interaction that has none, or null when it has one or when
     * what it carries does not say which channel it is.
     *
     * @param interaction the {@code d} of an INTERACTION_CREATE
     * @param botId the bot's own user id (the other side of a DM with it)
     */
    static DataObject missingChannel(DataObject interaction, long botId) {
        if (interaction.hasKey("channel") || !interaction.hasKey("channel_id")) {
            return null;
        }
        String id = interaction.getString("channel_id");
        if (interaction.hasKey("guild_id")) {
            String permissions = interaction.optObject("member").map(m -> m.getString("permissions", null))
                    .orElse(interaction.getString("app_permissions", "0"));
            return DataObject.empty().put("id", id).put("type", GUILD_TEXT)
                    .put("guild_id", interaction.getString("guild_id")).put("name", "").put("position", 0)
                    .put("nsfw", false).put("permissions", permissions == null ? "0" : permissions);
        }
        if (BOT_DM_CONTEXT.equals(interaction.getString("context", BOT_DM_CONTEXT))) {
            return DataObject.empty().put("id", id).put("type", DM)
                    .put("recipients", DataArray.empty().add(DataObject.empty().put("id", Long.toUnsignedString(botId))));
        }
        if (PRIVATE_CHANNEL_CONTEXT.equals(interaction.getString("context", ""))) {
            return DataObject.empty().put("id", id).put("type", GROUP_DM).put("name", "").put("owner_id", "0")
                    .put("recipients", DataArray.empty());
        }
        return null;
    }

    /** JDA's handler, given the channel object first when the interaction lacks it. */
    private static final class Filling extends SocketHandler {

        private final SocketHandler jdas;

        Filling(JDAImpl jda, SocketHandler jdas) {
            super(jda);
            this.jdas = jdas;
        }

        @Override
        protected Long handleInternally(DataObject content) {
            DataObject channel = missingChannel(content, getJDA().getSelfUser().getIdLong());
            if (channel != null) {
                content.put("channel", channel);
            }
            jdas.handle(responseNumber, allContent);
            return null;
        }
    }
}
