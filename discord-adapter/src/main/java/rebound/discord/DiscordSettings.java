package rebound.discord;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import rebound.discord.transport.Shards;
import rebound.launch.Launch;

/**
 * How to reach Discord, read from the environment. Only the token is required; the URLs point JDA at
 * a REST proxy or at a fake Discord in tests, a guild id registers the command on one server, and
 * {@code shards} (null: one unsharded connection) are the {@link Shards} this instance runs.
 */
public record DiscordSettings(String token, String restUrl, String gatewayUrl, String guildId, Shards shards) {

    public static final String TOKEN = "DISCORD_TOKEN";
    public static final String REST_URL = "DISCORD_REST_URL";
    public static final String GATEWAY_URL = "DISCORD_GATEWAY_URL";
    public static final String GUILD_ID = "DISCORD_GUILD_ID";

    /** Settings for one unsharded connection. */
    public DiscordSettings(String token, String restUrl, String gatewayUrl, String guildId) {
        this(token, restUrl, gatewayUrl, guildId, null);
    }

    public DiscordSettings {
        if (token == null || token.isBlank()) {
            throw new MissingToken();
        }
        restUrl = blankToNull(restUrl);
        gatewayUrl = blankToNull(gatewayUrl);
        guildId = blankToNull(guildId);
        if (restUrl != null && !restUrl.endsWith("/")) {
            restUrl = restUrl + "/";
        }
        check(REST_URL, restUrl, "http");
        check(GATEWAY_URL, gatewayUrl, "ws");
        if (guildId != null && !guildId.matches("\\d{1,20}")) {
            throw new Launch.CannotStart(GUILD_ID + " must be a server id (digits only, from Copy Server ID), not \""
                    + guildId + "\"");
        }
    }

    /** A malformed address is named on one line (the scheme must start with {@code prefix}). */
    private static void check(String variable, String value, String prefix) {
        if (value == null) {
            return;
        }
        try {
            URI uri = new URI(value);
            if (uri.getScheme() != null && uri.getScheme().startsWith(prefix) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException malformed) {
            // named below
        }
        throw new Launch.CannotStart(variable + " must be an address like " + prefix + "s://host/, not \"" + value
                + "\"");
    }

    /** The settings from the environment's variables; a missing or malformed one is a {@link Launch.CannotStart}. */
    public static DiscordSettings fromEnvironment(Map<String, String> env) {
        Shards shards = Shards.parse(env.get(Shards.SHARDS), env.get(Shards.TOTAL));
        return new DiscordSettings(env.get(TOKEN), env.get(REST_URL), env.get(GATEWAY_URL), env.get(GUILD_ID), shards);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The bot cannot start without a token; the message names the variable to set. */
    public static final class MissingToken extends Launch.CannotStart {
        private static final long serialVersionUID = 1L;

        public MissingToken() {
            super(TOKEN + " is not set: put the bot token of your Discord application in the environment variable "
                    + TOKEN + ".");
        }
    }
}
