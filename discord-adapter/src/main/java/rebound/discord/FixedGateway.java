package rebound.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/** Sends JDA to one gateway address (a proxy or a fake Discord) instead of Discord's own. */
final class FixedGateway extends SessionControllerAdapter {

    private final String url;

    FixedGateway(String url) {
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
