package rebound.discord;

import javax.annotation.Nonnull;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/** Sends JDA to one gateway address (a proxy or a fake Discord) instead of Discord's own. */
final class FixedGateway extends SessionControllerAdapter {

    private final String url;

    FixedGateway(String url) {
        this.url = url;
    }

    @Nonnull
    @Override
    public String getGateway() {
        return url;
    }

    @Nonnull
    @Override
    public ShardedGateway getShardedGateway(@Nonnull JDA api) {
        return new ShardedGateway(url, 1);
    }
}
