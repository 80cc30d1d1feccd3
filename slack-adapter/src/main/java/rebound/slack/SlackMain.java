package rebound.slack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.util.Map;
import rebound.frontdoor.Bot;
import rebound.launch.Launch;
import rebound.slack.transport.HttpTransport;
import rebound.slack.transport.SocketModeTransport;

/**
 * {@code ./rebound slack}: Rebound as a Slack app, configured from the environment (see
 * {@code docs/slack.md}). Broken start-up input (a missing or malformed variable, the data
 * directory, the playbook, Slack unreachable or refusing the token) is one line on stderr and exit
 * code {@link Launch#CANNOT_START}, as on every front door.
 *
 * <p>What the readiness probe says of Slack (issue 22, {@code platform:} on {@code GET /ready}): in
 * HTTP mode with one bot token, ready while serving and Slack takes the token ({@link TokenStanding}:
 * a refused token is not ready, a 5xx or 429 changes nothing); in Socket Mode, ready while its
 * websocket answers a ping and Slack takes the token; installed in many workspaces (no single token),
 * ready while serving.
 */
public final class SlackMain {

    static final String NAME = "rebound slack";
    /** Slack's Web API when {@code SLACK_API_URL} is not set. */
    private static final URI SLACK_API = URI.create("https://slack.com/api/");

    private SlackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Launch.utf8Output();
        Launch.exit(run(System.getenv(), System.err));
    }

    /** Starts the app and returns {@link Launch#RUNNING}, or prints one line and returns the exit code. */
    static int run(Map<String, String> env, PrintStream err) {
        return Launch.serve(NAME, env, err, SlackSettings::from, SlackMain::start);
    }

    private static Launch.Started start(SlackSettings settings, Bot bot) throws Exception {
        Launch.reachable("Slack", settings.apiUrl() == null ? SLACK_API : URI.create(settings.apiUrl()),
                SlackSettings.API_URL);
        SlackApp door;
        try {
            door = new SlackApp(settings, bot);
        } catch (IllegalArgumentException badToken) {
            throw new Launch.CannotStart(SlackSettings.BOT_TOKEN + " was refused by Slack (" + badToken.getMessage()
                    + ")", badToken);
        }
        AutoCloseable transport;
        String where;
        Launch.Platform platform = door.tokenReadiness();
        try {
            if (settings.socketMode()) {
                SocketModeTransport socketMode = new SocketModeTransport(door.app(), settings.appToken()).start();
                transport = socketMode;
                Launch.Platform token = platform;
                platform = () -> socketMode.connected() ? token.problem() : "Socket Mode is not connected to Slack";
                where = "(Socket Mode)";
            } else {
                HttpTransport http = new HttpTransport(door.app(), settings.bind(), settings.port()).start();
                transport = http;
                where = "(HTTP, " + settings.bind() + ":" + http.port() + HttpTransport.EVENTS
                        + (settings.installMode() ? ", install at " + HttpTransport.INSTALL : "") + ")";
            }
        } catch (IOException e) {
            door.close();
            throw new Launch.CannotStart("cannot listen on " + settings.bind() + ":" + settings.port() + " ("
                    + e.getMessage() + "); set " + SlackSettings.PORT + " or " + SlackSettings.BIND, e);
        } catch (Exception | Error e) {
            door.close();
            throw e;
        }
        AutoCloseable running = () -> {
            try {
                transport.close();
            } finally {
                door.close();
            }
        };
        return new Launch.Started(door::startReminders, running, "Rebound is listening on Slack " + where, platform);
    }
}
