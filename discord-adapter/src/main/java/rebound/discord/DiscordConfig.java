package rebound.discord;

import java.util.Map;

/**
 * How to reach Discord, read from the environment. Only the token is required; the URLs point JDA at
 * a REST proxy or at a fake Discord in tests, and a guild id registers the command on one server.
 */
public record DiscordConfig(String token, String restUrl, String gatewayUrl, String guildId) {

    public static final String TOKEN = "DISCORD_TOKEN";
    public static final String REST_URL = "DISCORD_REST_URL";
    public static final String GATEWAY_URL = "DISCORD_GATEWAY_URL";
    public static final String GUILD_ID = "DISCORD_GUILD_ID";

    public DiscordConfig {
        if (token == null || token.isBlank()) {
            throw new MissingToken();
        }
        restUrl = blankToNull(restUrl);
        gatewayUrl = blankToNull(gatewayUrl);
        guildId = blankToNull(guildId);
        if (restUrl != null && !restUrl.endsWith("/")) {
            restUrl = restUrl + "/";
        }
    }

    public static DiscordConfig fromEnvironment(Map<String, String> env) {
        return new DiscordConfig(env.get(TOKEN), env.get(REST_URL), env.get(GATEWAY_URL), env.get(GUILD_ID));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The bot cannot start without a token; the message names the variable to set. */
    public static final class MissingToken extends IllegalStateException {
        public MissingToken() {
            super(TOKEN + " is not set: put the bot token of your Discord application in the environment variable "
                    + TOKEN + ".");
        }
    }
}
