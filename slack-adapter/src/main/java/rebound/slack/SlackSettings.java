package rebound.slack;

import java.util.Map;
import rebound.launch.Launch;

/**
 * How the Slack front door runs, from the environment: Socket Mode when {@code SLACK_APP_TOKEN} is
 * set, HTTP mode otherwise; one workspace with {@code SLACK_BOT_TOKEN}, or installed in many through
 * Slack's OAuth flow with {@code SLACK_CLIENT_ID} and {@code SLACK_CLIENT_SECRET} and no bot token
 * ({@link #installs()}, HTTP mode only). Tokens come from the environment only, never from arguments.
 */
record SlackSettings(String botToken, String signingSecret, String appToken, String bind, int port,
        String apiUrl, InstallSettings installs) {

    static final String BOT_TOKEN = "SLACK_BOT_TOKEN";
    static final String SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    static final String APP_TOKEN = "SLACK_APP_TOKEN";
    static final String PORT = "SLACK_PORT";
    static final String BIND = "SLACK_BIND";
    static final String API_URL = "SLACK_API_URL";
    static final int DEFAULT_PORT = 3000;
    static final String DEFAULT_BIND = "0.0.0.0";

    /** A setting that is missing or unusable; its message names the variable. */
    static final class Missing extends Launch.CannotStart {
        private static final long serialVersionUID = 1L;

        Missing(String message) {
            super(message);
        }
    }

    /** One workspace, with its bot token (the mode of every release before issue 20). */
    SlackSettings(String botToken, String signingSecret, String appToken, String bind, int port, String apiUrl) {
        this(botToken, signingSecret, appToken, bind, port, apiUrl, null);
    }

    /** Whether the app is installed in workspaces through the OAuth flow rather than run with one bot token. */
    boolean installMode() {
        return installs != null;
    }

    boolean socketMode() {
        return appToken != null;
    }

    static SlackSettings from(Map<String, String> env) {
        String appToken = optional(env, APP_TOKEN);
        InstallSettings installs = optional(env, BOT_TOKEN) == null ? installs(env, appToken) : null;
        String botToken = installs != null ? null
                : required(env, BOT_TOKEN, "the bot token (xoxb-...) from OAuth & Permissions (or "
                        + InstallSettings.CLIENT_ID + " and " + InstallSettings.CLIENT_SECRET + " to install in many workspaces)");
        String secret = appToken != null ? optional(env, SIGNING_SECRET)
                : required(env, SIGNING_SECRET, "the signing secret from Basic Information "
                        + "(or set SLACK_APP_TOKEN for Socket Mode)");
        String bind = optional(env, BIND);
        String apiUrl = optional(env, API_URL);
        if (apiUrl != null && !apiUrl.endsWith("/")) {
            apiUrl = apiUrl + "/";
        }
        return new SlackSettings(botToken, secret, appToken, bind == null ? DEFAULT_BIND : bind, port(env), apiUrl,
                installs);
    }

    /** The install mode's settings when the client id and secret are set, else null (one workspace). */
    private static InstallSettings installs(Map<String, String> env, String appToken) {
        String clientId = optional(env, InstallSettings.CLIENT_ID);
        if (clientId == null) {
            return null;
        }
        String clientSecret = required(env, InstallSettings.CLIENT_SECRET,
                "the client secret from Basic Information, to install in many workspaces with " + InstallSettings.CLIENT_ID);
        if (appToken != null) {
            throw new Missing(APP_TOKEN + " is set with " + InstallSettings.CLIENT_ID + ": installing in many workspaces "
                    + "runs in HTTP mode only (Slack sends installers to " + InstallSettings.REDIRECT_PATH
                    + "); unset " + APP_TOKEN + ", or set " + BOT_TOKEN + " for one workspace in Socket Mode");
        }
        return new InstallSettings(clientId, clientSecret, optional(env, InstallSettings.REDIRECT_URI));
    }

    private static int port(Map<String, String> env) {
        String value = optional(env, PORT);
        if (value == null) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new Missing(PORT + " must be a port number (0-65535), not \"" + value + "\"");
    }

    private static String required(Map<String, String> env, String name, String what) {
        String value = optional(env, name);
        if (value == null) {
            throw new Missing(name + " is not set: " + what);
        }
        return value;
    }

    private static String optional(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return "SlackSettings[mode=" + (socketMode() ? "socket" : "http") + (installMode() ? ", installs=" + installs : "")
                + ", bind=" + bind + ", port=" + port + ", apiUrl=" + apiUrl + "]";
    }
}
