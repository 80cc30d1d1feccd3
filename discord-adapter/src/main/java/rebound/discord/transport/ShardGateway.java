package rebound.discord.transport;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session controller of a sharded instance: JDA's own (IDENTIFYs paced by Discord's
 * {@code max_concurrency} from {@code GET /gateway/bot}), told to connect to a fixed gateway address
 * when one is set (a proxy or a fake Discord), and warning when Discord recommends more shards
 * than {@code DISCORD_SHARD_TOTAL}.
 */
final class ShardGateway extends ConcurrentSessionController {

    private static final Logger LOG = LoggerFactory.getLogger(ShardGateway.class);

    private final String url;
    private final Shards shards;

    /** {@code url} null: the address Discord gives. */
    ShardGateway(String url, Shards shards) {
        this.url = url;
        this.shards = shards;
    }

    @Override
    public String getGateway() {
        return url == null ? super.getGateway() : url;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway discord = super.getShardedGateway(api);
        if (discord.getShardTotal() > shards.total()) {
            LOG.warn("Discord recommends {} shards for this bot; {}={} (Discord closes a shard with too many servers,"
                    + " 4011)", discord.getShardTotal(), Shards.TOTAL, shards.total());
        }
        return url == null ? discord : new ShardedGateway(url, discord.getShardTotal(), discord.getConcurrency());
    }
}
