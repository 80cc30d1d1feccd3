package rebound.slack;

import java.util.Map;
import rebound.launch.Launch;

/**
 * How the Slack front door runs, from the environment: Socket Mode when {@code SLACK_APP_TOKEN} is
 * set, HTTP mode otherwise. Tokens come from the environment only, never from arguments.
 */
record SlackSettings(String botToken, String signingSecret, String appToken, String bind, int port,
        String apiUrl) {

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

    boolean socketMode() {
        return appToken != null;
    }

    static SlackSettings from(Map<String, String> env) {
        String appToken = optional(env, APP_TOKEN);
        String botToken = required(env, BOT_TOKEN, "the bot token (xoxb-...) from OAuth & Permissions");
        String secret = appToken != null ? optional(env, SIGNING_SECRET)
                : required(env, SIGNING_SECRET, "the signing secret from Basic Information "
                        + "(or set SLACK_APP_TOKEN for Socket Mode)");
        String bind = optional(env, BIND);
        String apiUrl = optional(env, API_URL);
        if (apiUrl != null && !apiUrl.endsWith("/")) {
            apiUrl = apiUrl + "/";
        }
        return new SlackSettings(botToken, secret, appToken, bind == null ? DEFAULT_BIND : bind, port(env), apiUrl);
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
        return "SlackSettings[mode=" + (socketMode() ? "socket" : "http") + ", bind=" + bind + ", port=" + port
                + ", apiUrl=" + apiUrl + "]";
    }
}
