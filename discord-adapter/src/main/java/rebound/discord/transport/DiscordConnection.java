package rebound.discord.transport;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import rebound.launch.Launch;

/**
 * This instance's login to Discord: one unsharded JDA ({@link SingleConnection}) or the shards JDA's
 * ShardManager runs for it ({@link ShardedConnection}). The rest of the door sees only this. It carries
 * events and REST calls and knows no member (each adapter's {@code AdapterArchitectureTest}).
 */
public interface DiscordConnection extends AutoCloseable {

    /**
     * Starts logging in; {@link #awaitReady()} waits until every session is READY.
     *
     * @param token the bot token
     * @param restUrl the REST base ending in {@code /}, or null for Discord's own
     * @param gatewayUrl a fixed gateway address ({@code ws://...}, a proxy or a fake Discord), or null
     *     for the one Discord gives
     * @param shards the shards this instance runs, or null for one unsharded connection
     * @param listener JDA's listener for every event of every session
     * @return the connection, logging in
     */
    static DiscordConnection open(String token, String restUrl, String gatewayUrl, Shards shards, Object listener) {
        return shards == null ? SingleConnection.open(token, restUrl, gatewayUrl, listener)
                : ShardedConnection.open(token, restUrl, gatewayUrl, shards, listener);
    }

    /**
     * Waits until every gateway session of this instance has said READY.
     *
     * @throws Launch.CannotStart when Discord closed a session for good (an invalid shard, 4010, or
     *     sharding required, 4011), naming the variable to fix
     */
    void awaitReady() throws InterruptedException;

    /**
     * A logged-in JDA for REST calls (opening DMs, sending reminders, registering commands): REST does
     * not go through a gateway session, so any shard of this instance will do.
     */
    JDA rest();

    /** True when every gateway session of this instance is connected now (for the readiness probe). */
    boolean connected();

    /** The server with this id when one of this instance's sessions holds it, else null. */
    Guild guild(String id);

    /**
     * Whether this instance registers {@code /rejected} (one instance of all does; see
     * {@link Shards#registersCommands(String)}).
     */
    boolean registersCommands(String guildId);

    /** What this instance runs, for the start-up banner: empty, or " (shards 0-1 of 4)". */
    String describe();

    /** Logs out: closes every session, waiting a few seconds for each before cutting it. */
    @Override
    void close();

    /** The close reason JDA gives when Discord refused the shard settings (4010 or 4011). */
    static boolean refusedShards(IllegalStateException e) {
        return String.valueOf(e.getMessage()).contains("Invalid shard configuration");
    }

    /** The one line for a session Discord refused for its shard settings. */
    static Launch.CannotStart shardsRefused(String what, IllegalStateException e) {
        return new Launch.CannotStart("Discord refused " + what + " (close code 4010 invalid shard or 4011 sharding"
                + " required): set " + Shards.TOTAL + " to the shard count all instances share, at least the one"
                + " Discord recommends for this bot, and " + Shards.SHARDS + " to this instance's part", e);
    }
}
