package rebound.discord;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import rebound.Rebound;
import rebound.Settings;
import rebound.store.DataDirInUse;

/** {@code ./rebound discord}: Rebound as a Discord bot, configured from the environment. */
public final class DiscordMain {

    /** Exit code for a configuration the bot cannot start with (missing or refused token). */
    static final int BAD_CONFIG = 2;
    static final int RUNNING = -1;
    private static final Duration REMINDER_CHECK = Duration.ofMinutes(1);

    private DiscordMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int code = run(System.getenv(), System.err);
        if (code != RUNNING) {
            System.exit(code);
        }
    }

    /** Starts the bot and returns {@link #RUNNING}, or prints one line and returns an exit code. */
    static int run(Map<String, String> env, PrintStream err) throws InterruptedException {
        DiscordConfig config;
        try {
            config = DiscordConfig.fromEnvironment(env);
        } catch (DiscordConfig.MissingToken e) {
            err.println("rebound discord: " + e.getMessage());
            return BAD_CONFIG;
        }
        Rebound bot;
        try {
            bot = Rebound.open(Settings.fromEnvironment(env));
        } catch (DataDirInUse e) {
            err.println("rebound discord: " + e.getMessage());
            return 1;
        }
        DiscordFrontDoor door;
        try {
            door = DiscordFrontDoor.start(config, bot, REMINDER_CHECK);
        } catch (InvalidTokenException e) {
            bot.close();
            err.println("rebound discord: Discord refused the token in " + DiscordConfig.TOKEN
                    + "; copy the bot token of your application again.");
            return BAD_CONFIG;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            door.close();
            bot.close();
        }, "rebound-discord-shutdown"));
        return RUNNING;
    }
}
