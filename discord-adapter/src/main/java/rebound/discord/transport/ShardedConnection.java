package rebound.discord.transport;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import rebound.launch.Launch;

/**
 * The shards this instance runs ({@code DISCORD_SHARDS} of {@code DISCORD_SHARD_TOTAL}), through JDA's
 * own {@link ShardManager}. Discord sends each server's events to its shard and every DM to shard 0,
 * so only the instance running shard 0 receives DMs; REST calls (a reminder's DM) go out from any.
 */
final class ShardedConnection implements DiscordConnection {

    /** How long JDA may take to build a shard's client before the IDENTIFY (not the IDENTIFY itself). */
    private static final Duration BUILT = Duration.ofSeconds(30);
    /** How long closing waits for all sessions before cutting them. */
    private static final Duration CLOSING = Duration.ofSeconds(5);

    private final ShardManager manager;
    private final Shards shards;

    private ShardedConnection(ShardManager manager, Shards shards) {
        this.manager = manager;
        this.shards = shards;
    }

    /**
     * Starts logging in {@code shards} (the first one here, the others on JDA's worker, paced as
     * Discord allows) with {@code listener} on every event.
     */
    static ShardedConnection open(String token, String restUrl, String gatewayUrl, Shards shards, Object listener) {
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder
                .createLight(token, EnumSet.of(GatewayIntent.DIRECT_MESSAGES))
                .setShardsTotal(shards.total())
                .setShards(shards.ids())
                .setGatewayEncoding(GatewayEncoding.JSON)
                // as for one JDA: Launch stops the turns first, then the shards
                .setEnableShutdownHook(false)
                .setSessionController(new ShardGateway(gatewayUrl, shards))
                .setHttpClientBuilder(DiscordCalls.httpClient())
                .addEventListeners(listener, new InteractionChannels());
        if (restUrl != null) {
            builder.setRestConfig(new RestConfig().setBaseUrl(restUrl));
        }
        if (gatewayUrl != null) {
            builder.setCompression(Compression.NONE);
        }
        return new ShardedConnection(builder.build(), shards);
    }

    @Override
    public void awaitReady() throws InterruptedException {
        for (int id : shards.ids()) {
            JDA shard = built(id);
            try {
                shard.awaitReady();
            } catch (IllegalStateException e) {
                throw DiscordConnection.refusedShards(e)
                        ? DiscordConnection.shardsRefused("shard " + id + " of " + shards.total(), e) : e;
            }
        }
    }

    private JDA built(int id) throws InterruptedException {
        Instant deadline = Instant.now().plus(BUILT);
        JDA shard;
        while ((shard = manager.getShardById(id)) == null) {
            if (Instant.now().isAfter(deadline)) {
                throw new Launch.CannotStart("JDA did not start shard " + id + " of " + shards.total() + " within "
                        + BUILT.toSeconds() + " s; see the log above");
            }
            Thread.sleep(20);
        }
        return shard;
    }

    @Override
    public JDA rest() {
        return manager.getShardById(shards.ids().get(0));
    }

    @Override
    public Guild guild(String id) {
        return manager.getGuildById(id);
    }

    @Override
    public boolean registersCommands(String guildId) {
        return shards.registersCommands(guildId);
    }

    @Override
    public String describe() {
        return " (" + shards + ")";
    }

    @Override
    public boolean connected() {
        return !manager.getShards().isEmpty()
                && manager.getShards().stream().allMatch(jda -> jda.getStatus() == net.dv8tion.jda.api.JDA.Status.CONNECTED);
    }

    @Override
    public void close() {
        List<JDA> running = manager.getShards();
        manager.shutdown();
        Instant deadline = Instant.now().plus(CLOSING);
        try {
            for (JDA shard : running) {
                Duration left = Duration.between(Instant.now(), deadline);
                if (left.toMillis() <= 0 || !shard.awaitShutdown(left)) {
                    shard.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            running.forEach(JDA::shutdownNow);
            Thread.currentThread().interrupt();
        }
    }
}
