package rebound.discord.transport;

import java.time.Duration;
import java.util.EnumSet;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;

/** One unsharded JDA: a bot in fewer servers than Discord puts on one shard (2,500), the default. */
final class SingleConnection implements DiscordConnection {

    private final JDA jda;

    private SingleConnection(JDA jda) {
        this.jda = jda;
    }

    /** Starts logging in with {@code listener} on every event; {@link #awaitReady()} waits for READY. */
    static SingleConnection open(String token, String restUrl, String gatewayUrl, Object listener) {
        JDABuilder builder = JDABuilder.createLight(token, EnumSet.of(GatewayIntent.DIRECT_MESSAGES))
                .setGatewayEncoding(GatewayEncoding.JSON)
                // Launch stops everything in order (turns finish, then JDA); JDA's own hook would stop
                // its requester under turns still answering.
                .setEnableShutdownHook(false)
                .setHttpClientBuilder(DiscordCalls.httpClient())
                .addEventListeners(listener, new InteractionChannels());
        if (restUrl != null) {
            builder.setRestConfig(new RestConfig().setBaseUrl(restUrl));
        }
        if (gatewayUrl != null) {
            builder.setSessionController(new FixedGateway(gatewayUrl)).setCompression(Compression.NONE);
        }
        return new SingleConnection(builder.build());
    }

    @Override
    public void awaitReady() throws InterruptedException {
        try {
            jda.awaitReady();
        } catch (IllegalStateException e) {
            throw DiscordConnection.refusedShards(e) ? DiscordConnection.shardsRefused("one unsharded session", e) : e;
        }
    }

    @Override
    public JDA rest() {
        return jda;
    }

    @Override
    public Guild guild(String id) {
        return jda.getGuildById(id);
    }

    @Override
    public boolean registersCommands(String guildId) {
        return true;
    }

    @Override
    public String describe() {
        return "";
    }

    @Override
    public boolean connected() {
        return jda.getStatus() == JDA.Status.CONNECTED;
    }

    @Override
    public void close() {
        jda.shutdown();
        try {
            if (!jda.awaitShutdown(Duration.ofSeconds(5))) {
                jda.shutdownNow();
            }
        } catch (InterruptedException e) {
            jda.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
