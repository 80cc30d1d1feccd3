package rebound.discord;

import java.io.PrintStream;
import java.net.URI;
import java.util.Map;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import rebound.discord.transport.Shards;
import rebound.frontdoor.Bot;
import rebound.launch.Launch;

/**
 * {@code ./rebound discord}: Rebound as a Discord bot, configured from the environment. Broken
 * start-up input (a missing or malformed variable, the data directory, the playbook, Discord
 * unreachable or refusing the token) is one line on stderr and exit code
 * {@link Launch#CANNOT_START}, as on every front door.
 */
public final class DiscordMain {

    static final String NAME = "rebound discord";
    /** Discord's REST API when {@code DISCORD_REST_URL} is not set. */
    private static final URI DISCORD_API = URI.create("https://discord.com/api/v10/");

    private DiscordMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Launch.utf8Output();
        Launch.exit(run(System.getenv(), System.err));
    }

    /** Starts the bot and returns {@link Launch#RUNNING}, or prints one line and returns the exit code. */
    static int run(Map<String, String> env, PrintStream err) {
        return Launch.serve(NAME, env, err, DiscordSettings::fromEnvironment, DiscordMain::start);
    }

    private static Launch.Started start(DiscordSettings config, Bot bot) throws InterruptedException {
        if (config.shards() != null && !config.shards().runsEveryShard() && !bot.sharesState()) {
            // a member's server commands and DMs reach different instances: each would keep half of them
            throw new Launch.CannotStart(Shards.SHARDS + " runs part of the bot's shards, but the state is in this "
                    + "instance's data directory: set " + Launch.DATABASE_URL + " so every instance shares one "
                    + "PostgreSQL, or run every shard here (" + Shards.TOTAL + " alone)");
        }
        Launch.reachable("Discord", config.restUrl() == null ? DISCORD_API : URI.create(config.restUrl()),
                DiscordSettings.REST_URL);
        DiscordApp door;
        try {
            door = DiscordApp.start(config, bot, null);
        } catch (InvalidTokenException e) {
            throw new Launch.CannotStart("Discord refused the token in " + DiscordSettings.TOKEN
                    + "; copy the bot token of your application again.", e);
        } catch (ErrorResponseException e) {
            throw new Launch.CannotStart("Discord did not let the bot log in (" + e.getMessage() + ")", e);
        }
        return new Launch.Started(door::startReminders, door, "Rebound is connected to Discord as "
                + door.describe(), door::connected);
    }
}
