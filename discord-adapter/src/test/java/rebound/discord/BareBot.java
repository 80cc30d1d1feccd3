package rebound.discord;

import java.util.EnumSet;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import rebound.discord.transport.FixedGateway;

/**
 * Not a test: the baseline for {@link DiscordBenchmark}, a JDA bot configured like Rebound's that
 * only acknowledges (defers) each interaction and fills in a one-word reply, with no core, no
 * store and no rendering. What Rebound adds on top of JDA is the difference.
 */
final class BareBot extends ListenerAdapter implements AutoCloseable {

    private final JDA jda;

    BareBot(String token, String restUrl, String gatewayUrl) throws InterruptedException {
        jda = JDABuilder.createLight(token, EnumSet.of(GatewayIntent.DIRECT_MESSAGES))
                .setGatewayEncoding(GatewayEncoding.JSON)
                .setRestConfig(new RestConfig().setBaseUrl(restUrl))
                .setSessionController(new FixedGateway(gatewayUrl)).setCompression(Compression.NONE)
                .addEventListeners(this).build();
        jda.awaitReady();
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        answer(event);
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        answer(event);
    }

    private static void answer(IReplyCallback event) {
        event.deferReply(event.isFromGuild()).queue(hook -> hook.editOriginal("ok").queue());
    }

    @Override
    public void close() {
        jda.shutdownNow();
    }
}
