package rebound.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the fake Discord knows of installations (issue 20): who added the app to their own account
 * and shares no server with the bot, the private channels (DMs and group DMs between other people)
 * the bot is no member of, the commands as registered, and the follow-ups sent for interactions
 * only a user installation authorized. Discord's rules, each refused as Discord refuses it:
 *
 * <ul>
 *   <li>A command's {@code integration_types} must be installation contexts the app supports (0
 *       GUILD_INSTALL, 1 USER_INSTALL: a new app supports both since June 2024) and its
 *       {@code contexts} interaction contexts (0 GUILD, 1 BOT_DM, 2 PRIVATE_CHANNEL), PRIVATE_CHANNEL
 *       only with USER_INSTALL (application-commands "Contexts"): else 50035.</li>
 *   <li>The bot cannot post in a channel it is not in: 50001 Missing Access.</li>
 *   <li>At most 5 follow-ups for an interaction whose {@code authorizing_integration_owners} holds only
 *       USER_INSTALL (receiving-and-responding, "Create Followup Message"): else 40094.</li>
 *   <li>A DM to a user who shares no server with the bot and has not added the app to their account:
 *       50278 "Cannot send messages to this user due to having no mutual guilds". A user who added it
 *       to their account can be sent DMs (the tutorial: "Once it's installed you can open a DM with
 *       it"; discord-api-docs #7275 shows bots DMing such users).</li>
 * </ul>
 * The first three are violations (Rebound's mistakes); the last is Discord's normal answer.
 */
public final class UserInstalls {

    static final int GUILD_INSTALL = 0;
    static final int USER_INSTALL = 1;
    static final int MAX_USER_FOLLOW_UPS = 5;

    private final Set<String> onTheirAccount = ConcurrentHashMap.newKeySet();
    private final Set<String> strangers = ConcurrentHashMap.newKeySet();
    private final Set<String> notTheBots = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> userOnlyFollowUps = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> commands = new ConcurrentHashMap<>();

    /** This user added the app to their own account and shares no server with the bot. */
    public void addToAccount(String userId) {
        strangers.remove(userId);
        onTheirAccount.add(userId);
    }

    /** This user removed the app from their account; sharing no server, the bot cannot DM them any more. */
    public void removeFromAccount(String userId) {
        onTheirAccount.remove(userId);
        strangers.add(userId);
    }

    /** Whether the user has the app on their own account. */
    public boolean onAccount(String userId) {
        return onTheirAccount.contains(userId);
    }

    /** A DM or group DM between other people: the bot is no member of it. */
    void notTheBots(String channelId) {
        notTheBots.add(channelId);
    }

    /** An interaction only a user installation authorized (its follow-ups are counted by token). */
    void userOnly(String token) {
        userOnlyFollowUps.put(token, new AtomicInteger());
    }

    /** The command as Discord keeps it after the last registration, or null. */
    public JsonNode command(String name) {
        return commands.get(name);
    }

    void registered(JsonNode all) {
        commands.clear();
        all.forEach(command -> commands.put(command.path("name").asText(), command));
    }

    /** Why Discord would refuse this call for what it knows of installations (a violation), or null. */
    String violation(RestCall call) {
        if (call.is("PUT", "applications/\\d+/commands") || call.is("PUT", "applications/\\d+/guilds/\\d+/commands")) {
            List<String> problems = new ArrayList<>();
            for (JsonNode command : call.body()) {
                problems.addAll(ofCommand(command));
            }
            return problems.isEmpty() ? null : "50035 Invalid Form Body: " + problems;
        }
        if (call.is("POST", "channels/\\d+/messages") && notTheBots.contains(call.path().split("/")[1])) {
            return "50001 Missing Access: the bot is not in channel " + call.path().split("/")[1];
        }
        if (call.is("POST", "webhooks/\\d+/[^/]+")) {
            AtomicInteger sent = userOnlyFollowUps.get(call.path().split("/")[2]);
            if (sent != null && sent.incrementAndGet() > MAX_USER_FOLLOW_UPS) {
                return "40094 This interaction has hit the maximum number of follow up messages";
            }
        }
        return null;
    }

    /** Discord's error code for a message to this DM channel, or 0 when it takes it. */
    int dmRefusal(String channelId) {
        for (String user : strangers) {
            if (FakeDiscord.dmChannelOf(user).equals(channelId)) {
                return 50278;
            }
        }
        return 0;
    }

    private static List<String> ofCommand(JsonNode command) {
        List<String> problems = new ArrayList<>();
        String name = command.path("name").asText();
        boolean userInstall = false;
        for (JsonNode type : command.path("integration_types")) {
            if (type.asInt(-1) != GUILD_INSTALL && type.asInt(-1) != USER_INSTALL) {
                problems.add(name + ".integration_types: " + type + " is not an installation context");
            }
            userInstall |= type.asInt() == USER_INSTALL;
        }
        for (JsonNode context : command.path("contexts")) {
            int value = context.asInt(-1);
            if (value < 0 || value > 2) {
                problems.add(name + ".contexts: " + context + " is not an interaction context");
            } else if (value == 2 && !userInstall) {
                problems.add(name + ".contexts: PRIVATE_CHANNEL needs USER_INSTALL in integration_types");
            }
        }
        return problems;
    }
}
