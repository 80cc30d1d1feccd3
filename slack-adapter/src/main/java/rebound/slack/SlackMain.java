package rebound.slack;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import rebound.Rebound;
import rebound.Settings;
import rebound.store.DataDirInUse;

/**
 * {@code ./rebound slack}: Rebound as a Slack app, configured from the environment (see
 * {@code docs/slack.md}). A missing variable is named on one line and the exit code is 2.
 */
public final class SlackMain {

    static final int BAD_SETTINGS = 2;

    private SlackMain() {
    }

    public static void main(String[] args) throws Exception {
        int code = run(System.getenv(), System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    static int run(Map<String, String> env, PrintStream err) throws Exception {
        SlackSettings settings;
        try {
            settings = SlackSettings.from(env);
        } catch (SlackSettings.Missing missing) {
            err.println("rebound slack: " + missing.getMessage());
            return BAD_SETTINGS;
        }
        Rebound bot;
        try {
            bot = Rebound.open(Settings.fromEnvironment(env));
        } catch (DataDirInUse inUse) {
            err.println("rebound slack: " + inUse.getMessage());
            return BAD_SETTINGS;
        }
        SlackFrontDoor door;
        try {
            door = new SlackFrontDoor(settings, bot);
        } catch (IllegalArgumentException badToken) {
            err.println("rebound slack: " + SlackSettings.BOT_TOKEN + " was refused by Slack ("
                    + badToken.getMessage() + ")");
            bot.close();
            return BAD_SETTINGS;
        }
        AutoCloseable transport = settings.socketMode()
                ? new SocketModeTransport(door.app(), settings.appToken()).start()
                : new HttpTransport(door.app(), settings.bind(), settings.port()).start();
        AutoCloseable reminders = bot.startReminders(door.messenger(), SlackFrontDoor.reminderInterval());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeQuietly(reminders);
            closeQuietly(transport);
            closeQuietly(door);
            closeQuietly(bot);
            stopped.countDown();
        }, "rebound-slack-stop"));
        err.println("Rebound is listening on Slack " + (settings.socketMode() ? "(Socket Mode)"
                : "(HTTP, " + settings.bind() + ":" + ((HttpTransport) transport).port() + HttpTransport.EVENTS + ")"));
        stopped.await();
        return 0;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("rebound slack: stopping: " + e.getMessage());
        }
    }
}
