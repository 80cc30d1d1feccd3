package rebound.discord.transport;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Sends JDA to one gateway address (a proxy or a fake Discord) instead of Discord's own, as one
 * unsharded session ({@code DISCORD_GATEWAY_URL}).
 */
public final class FixedGateway extends SessionControllerAdapter {

    private final String url;

    /** @param url the gateway address, such as {@code ws://127.0.0.1:9999/} */
    public FixedGateway(String url) {
        this.url = url;
    }

    @Override
    public String getGateway() {
        return url;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        return new ShardedGateway(url, 1);
    }
}
