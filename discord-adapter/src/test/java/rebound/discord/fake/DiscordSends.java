package rebound.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Payloads Discord sends that our first fakes never did (issue 20, "The fakes learn what the
 * platforms send"), each rewritten from a payload {@link Payloads} makes, as Discord's API
 * documentation shows them.
 */
public final class DiscordSends {

    private DiscordSends() {
    }

    /**
     * The interaction as in the documentation's own example of INTERACTION_CREATE: {@code channel_id}
     * only, no {@code channel} object (Discord documents {@code channel} as optional).
     */
    public static ObjectNode withoutChannel(ObjectNode interaction) {
        ObjectNode copy = interaction.deepCopy();
        copy.remove("channel");
        return copy;
    }
}
