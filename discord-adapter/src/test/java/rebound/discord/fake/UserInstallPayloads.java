package rebound.discord.fake;

import static rebound.discord.fake.FakeDiscord.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * INTERACTION_CREATE as Discord sends it to an app a member added to their own account (issue 20),
 * shaped after Discord's "Receiving and Responding" page: {@code context} 1 (the DM with the bot) or
 * 2 (a DM or group DM with other people, which the bot is no member of), no {@code guild_id},
 * {@code authorizing_integration_owners} {@code {"1": user id}}, and {@code app_permissions} as
 * documented for (G)DMs ({@code ATTACH_FILES | EMBED_LINKS | MENTION_EVERYONE}, plus
 * {@code USE_EXTERNAL_EMOJIS} in the DM with the bot).
 *
 * <p>Strict as Discord: a command is only offered where its registration allows it, so building one
 * for a context or installation the registered command does not list throws.
 */
public final class UserInstallPayloads {

    /** Where the member used the app. */
    public enum Where {
        /** The member's DM with the bot (context 1). */
        BOT_DM,
        /** A DM between the member and a friend (context 2, channel type 1). */
        DM_WITH_FRIEND,
        /** A group DM of the member and friends (context 2, channel type 3). */
        GROUP_DM,
        /** A channel of a server the bot is not in (context 0, a guild JDA sees as detached). */
        SERVER_WITHOUT_BOT
    }

    /** The server of {@link Where#SERVER_WITHOUT_BOT}: the bot is not in it. */
    public static final String OTHER_SERVER = "800000000000000091";

    private static final String IN_PRIVATE_CHANNELS = Long.toString((1L << 15) | (1L << 14) | (1L << 17));
    private static final String IN_BOT_DM = Long.toString((1L << 15) | (1L << 14) | (1L << 17) | (1L << 18));
    public static final String FRIEND = "100000000000009991";

    private final FakeDiscord discord;

    public UserInstallPayloads(FakeDiscord discord) {
        this.discord = discord;
    }

    /** {@code /rejected <sub>} used by {@code userId}, who has the app on their account, {@code where}. */
    public ObjectNode slashCommand(String userId, String subcommand, Where where) {
        JsonNode registered = discord.installs().command("rejected");
        if (registered == null) {
            throw new IllegalStateException("Discord offers no /rejected: it was never registered");
        }
        int context = where == Where.BOT_DM ? 1 : where == Where.SERVER_WITHOUT_BOT ? 0 : 2;
        if (!has(registered.path("integration_types"), UserInstalls.USER_INSTALL)
                || !has(registered.path("contexts"), context)) {
            throw new IllegalStateException("Discord would not offer /rejected to a user install in context " + context
                    + ": registered as " + registered);
        }
        ObjectNode interaction = interaction(userId, 2, where);
        ObjectNode data = interaction.putObject("data").put("id", registered.path("id").asText()).put("name", "rejected")
                .put("type", 1);
        ArrayNode options = data.putArray("options");
        if (subcommand != null) {
            options.addObject().put("name", subcommand).put("type", 1).putArray("options");
        }
        return interaction;
    }

    /** A button of an ephemeral answer pressed by {@code userId} {@code where}. */
    public ObjectNode button(String userId, String customId, Where where) {
        ObjectNode interaction = interaction(userId, 3, where);
        interaction.putObject("data").put("custom_id", customId).put("component_type", 2);
        interaction.putObject("message").put("id", discord.nextId()).put("flags", where == Where.BOT_DM ? 0 : 64);
        return interaction;
    }

    private ObjectNode interaction(String userId, int type, Where where) {
        String id = discord.nextId();
        String token = "itoken-" + id;
        ObjectNode interaction = NODES.objectNode().put("id", id).put("application_id", FakeDiscord.APP_ID)
                .put("type", type).put("token", token).put("version", 1).put("locale", "en-US")
                .put("app_permissions", where == Where.BOT_DM ? IN_BOT_DM : IN_PRIVATE_CHANNELS)
                .put("context", where == Where.BOT_DM ? 1 : where == Where.SERVER_WITHOUT_BOT ? 0 : 2);
        interaction.putArray("entitlements");
        interaction.putObject("authorizing_integration_owners").put("1", userId);
        ObjectNode user = FakeDiscord.user(userId, "member" + userId);
        if (where == Where.SERVER_WITHOUT_BOT) {
            interaction.put("guild_id", OTHER_SERVER).put("guild_locale", "en-US");
            interaction.putObject("guild").put("id", OTHER_SERVER).put("locale", "en-US").putArray("features");
            ObjectNode member = interaction.putObject("member").put("joined_at", "2024-01-01T00:00:00.000000+00:00")
                    .put("deaf", false).put("mute", false).put("flags", 0).put("permissions", "2248473465835073")
                    .putNull("nick").putNull("avatar");
            member.set("user", user);
            member.putArray("roles");
        } else {
            interaction.set("user", user);
        }
        String channelId = where == Where.BOT_DM ? FakeDiscord.dmChannelOf(userId) : discord.nextId();
        interaction.put("channel_id", channelId);
        ObjectNode friend = FakeDiscord.user(FRIEND, "friend");
        switch (where) {
            case BOT_DM -> interaction.set("channel", FakeDiscord.dmChannel(channelId, FakeDiscord.botUser()).put("flags", 0));
            case DM_WITH_FRIEND -> interaction.set("channel", FakeDiscord.dmChannel(channelId, friend).put("flags", 0));
            case GROUP_DM -> {
                ObjectNode group = NODES.objectNode().put("id", channelId).put("type", 3).put("name", "job hunt club")
                        .put("owner_id", FRIEND).putNull("icon").putNull("last_message_id").put("flags", 0);
                group.putArray("recipients").add(friend).add(FakeDiscord.user("100000000000009992", "friend2"));
                interaction.set("channel", group);
            }
            case SERVER_WITHOUT_BOT -> interaction.putObject("channel").put("id", channelId).put("type", 0)
                    .put("guild_id", OTHER_SERVER).put("name", "general").put("position", 0).put("nsfw", false)
                    .putNull("parent_id").put("permissions", "2248473465835073").put("rate_limit_per_user", 0)
                    .put("flags", 0);
            default -> throw new IllegalArgumentException(where.toString());
        }
        if (where != Where.BOT_DM) {
            discord.installs().notTheBots(channelId);
        }
        discord.installs().userOnly(token);
        return interaction;
    }

    private static boolean has(JsonNode values, int value) {
        for (JsonNode v : values) {
            if (v.asInt(-1) == value) {
                return true;
            }
        }
        return false;
    }
}
