package rebound.discord.fake;

import static rebound.discord.fake.FakeDiscord.NODES;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;

/**
 * Gateway events shaped like Discord's documented payloads: INTERACTION_CREATE for a slash command,
 * a button, a select menu and a modal submit, in a DM or in a server; MESSAGE_CREATE for a DM.
 */
public final class Payloads {

    public static final String GUILD_ID = "800000000000000001";
    public static final String GUILD_CHANNEL_ID = "800000000000000002";
    private static final String ALL_PERMISSIONS = "2248473465835073";

    private final FakeDiscord discord;

    public Payloads(FakeDiscord discord) {
        this.discord = discord;
    }

    /** {@code /rejected <sub>} used in a DM with the bot, or in a server channel. */
    public ObjectNode slashCommand(String userId, String subcommand, boolean inServer) {
        return slashCommand(userId, subcommand, inServer ? GUILD_ID : null);
    }

    /** {@code /rejected <sub>} used in a channel of the server {@code guildId} (null: in a DM). */
    public ObjectNode slashCommand(String userId, String subcommand, String guildId) {
        ObjectNode interaction = interaction(userId, 2, guildId);
        ObjectNode data = interaction.putObject("data").put("id", "700000000000000001").put("name", "rejected")
                .put("type", 1);
        ArrayNode options = data.putArray("options");
        if (subcommand != null) {
            options.addObject().put("name", subcommand).put("type", 1).putArray("options");
        }
        return interaction;
    }

    public ObjectNode button(String userId, String customId, boolean inServer) {
        ObjectNode interaction = interaction(userId, 3, inServer);
        interaction.putObject("data").put("custom_id", customId).put("component_type", 2);
        interaction.putObject("message").put("id", discord.nextId()).put("flags", inServer ? 64 : 0);
        return interaction;
    }

    public ObjectNode select(String userId, String customId, boolean inServer, String... values) {
        ObjectNode interaction = interaction(userId, 3, inServer);
        ObjectNode data = interaction.putObject("data").put("custom_id", customId).put("component_type", 3);
        ArrayNode picked = data.putArray("values");
        for (String value : values) {
            picked.add(value);
        }
        interaction.putObject("message").put("id", discord.nextId()).put("flags", inServer ? 64 : 0);
        return interaction;
    }

    /** A submitted modal whose text inputs (inside labels) carry these values. */
    public ObjectNode modalSubmit(String userId, String customId, Map<String, String> values, boolean inServer) {
        ObjectNode interaction = interaction(userId, 5, inServer);
        ObjectNode data = interaction.putObject("data").put("custom_id", customId);
        ArrayNode components = data.putArray("components");
        int id = 1;
        for (Map.Entry<String, String> field : values.entrySet()) {
            ObjectNode label = components.addObject().put("type", 18).put("id", id++);
            label.putObject("component").put("type", 4).put("id", id++).put("custom_id", field.getKey())
                    .put("value", field.getValue());
        }
        return interaction;
    }

    /** A message a user typed in their DM with the bot. */
    public ObjectNode directMessage(String userId, String text) {
        return message(userId, FakeDiscord.user(userId, "member" + userId), text);
    }

    /** A message in the DM written by the given author (a bot, for instance). */
    public ObjectNode message(String dmUserId, ObjectNode author, String text) {
        ObjectNode message = NODES.objectNode().put("id", discord.nextId())
                .put("channel_id", FakeDiscord.dmChannelOf(dmUserId)).put("type", 0).put("content", text)
                .put("timestamp", Instant.now().toString()).put("edited_timestamp", (String) null)
                .put("tts", false).put("mention_everyone", false).put("pinned", false).put("flags", 0);
        message.set("author", author);
        message.putArray("mentions");
        message.putArray("mention_roles");
        message.putArray("attachments");
        message.putArray("embeds");
        message.putArray("components");
        discord.remember(message);
        return message;
    }

    /**
     * A server id (a snowflake of 2024) whose events Discord sends to shard {@code shard} of
     * {@code total}: {@code (id >> 22) % total == shard}.
     */
    public static String guildOnShard(int shard, int total) {
        long millis = 1_704_067_200_000L - 1_420_070_400_000L; // 2024-01-01 after Discord's epoch
        long stamp = millis - millis % total + shard;
        return Long.toString((stamp << 22) | 1);
    }

    private ObjectNode interaction(String userId, int type, boolean inServer) {
        return interaction(userId, type, inServer ? GUILD_ID : null);
    }

    private ObjectNode interaction(String userId, int type, String guildId) {
        boolean inServer = guildId != null;
        String id = discord.nextId();
        ObjectNode interaction = NODES.objectNode().put("id", id).put("application_id", FakeDiscord.APP_ID)
                .put("type", type).put("token", "itoken-" + id).put("version", 1).put("locale", "en-US")
                .put("app_permissions", ALL_PERMISSIONS);
        interaction.putArray("entitlements");
        ObjectNode user = FakeDiscord.user(userId, "member" + userId);
        if (inServer) {
            interaction.put("guild_id", guildId).put("channel_id", GUILD_CHANNEL_ID).put("context", 0)
                    .put("guild_locale", "en-US");
            interaction.putObject("guild").put("id", guildId).put("locale", "en-US").putArray("features");
            ObjectNode member = interaction.putObject("member").put("joined_at", "2024-01-01T00:00:00.000000+00:00")
                    .put("deaf", false).put("mute", false).put("flags", 0).put("permissions", ALL_PERMISSIONS)
                    .putNull("nick").putNull("avatar");
            member.set("user", user);
            member.putArray("roles");
            interaction.putObject("channel").put("id", GUILD_CHANNEL_ID).put("type", 0).put("guild_id", guildId)
                    .put("name", "job-hunt").put("position", 0).put("nsfw", false).putNull("parent_id")
                    .put("permissions", ALL_PERMISSIONS).put("rate_limit_per_user", 0).put("flags", 0);
            interaction.putObject("authorizing_integration_owners").put("0", guildId);
        } else {
            String channel = FakeDiscord.dmChannelOf(userId);
            interaction.put("channel_id", channel).put("context", 1);
            interaction.set("user", user);
            interaction.set("channel", FakeDiscord.dmChannel(channel, FakeDiscord.botUser()).put("flags", 0));
            interaction.putObject("authorizing_integration_owners").put("0", GUILD_ID);
        }
        return interaction;
    }
}
