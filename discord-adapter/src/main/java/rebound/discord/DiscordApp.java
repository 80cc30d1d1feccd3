package rebound.discord;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.discord.transport.DiscordConnection;
import rebound.frontdoor.Bot;
import rebound.frontdoor.DoorWords;
import rebound.frontdoor.FrontDoor;
import rebound.frontdoor.Messenger;

/**
 * The one wiring class of the Discord front door: builds every part, hands each what it needs,
 * logs in (one JDA, or the shards this instance runs), registers {@code /rejected} (one instance of
 * all does) and (optionally) starts the reminder loop.
 */
public final class DiscordApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordApp.class);
    /**
     * Threads for the core's turns. Few on purpose: in a burst of interactions, more workers only
     * take CPU from JDA's threads that acknowledge (measured on 2 cores, 50 at once: p99 of the
     * acknowledgement 250 ms with 8 workers, 124 ms with 3).
     */
    static final int WORKERS = Runtime.getRuntime().availableProcessors() + 1;

    private final DiscordConnection discord;
    private final Messenger messenger;
    private final FrontDoor door;
    private final Workers workers;
    /** How long closing waits for the answers already handed to Discord, once the turns are done. */
    private static final Duration POSTS_GRACE = Duration.ofSeconds(5);
    private final AutoCloseable reminders;
    private final DmsInFlight inFlight;
    private final InOrder posts;

    private DiscordApp(DiscordConnection discord, Messenger messenger, FrontDoor door, Workers workers,
            AutoCloseable reminders, DmsInFlight inFlight, InOrder posts) {
        this.door = door;
        this.inFlight = inFlight;
        this.posts = posts;
        this.discord = discord;
        this.messenger = messenger;
        this.workers = workers;
        this.reminders = reminders;
    }

    /**
     * Logs in and waits until Discord says READY. {@code remindEvery} null means no reminder loop
     * (a caller then starts it with {@link #startReminders}, or delivers them with {@link #deliverDueReminders}).
     */
    public static DiscordApp start(DiscordSettings config, Bot bot, Duration remindEvery)
            throws InterruptedException {
        // No message of ours may ever ping: not everyone, here, roles nor users.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));

        DoorWords words = bot.doorWords();
        Renderer renderer = new Renderer(words);
        Workers workers = new Workers(WORKERS);
        FrontDoor door = new FrontDoor(bot, workers.pool(), words);
        InOrder posts = new InOrder();
        InteractionTurns turns = new InteractionTurns(door, new Replies(renderer, words, posts));
        FormHandler forms = new FormHandler(turns);
        DmsInFlight inFlight = new DmsInFlight(bot.dataDir());
        DmHandler dms = new DmHandler(door, renderer, inFlight, posts);
        List<SlashCommand> commands = List.of(new RejectedCommand(turns, words));
        ReboundListener listener = new ReboundListener(
                commands.stream().collect(Collectors.toMap(SlashCommand::name, Function.identity())),
                new ButtonHandler(turns, forms), forms, dms, turns);

        DiscordConnection discord;
        try {
            discord = DiscordConnection.open(config.token(), config.restUrl(), config.gatewayUrl(), config.shards(),
                    listener);
        } catch (RuntimeException e) {
            workers.close();
            throw e;
        }
        try {
            discord.awaitReady();
            if (discord.registersCommands(config.guildId())) {
                register(discord, config.guildId(), commands);
            }
            if (discord.registersCommands(null)) { // the instance running shard 0: DMs come to it
                dms.catchUp(discord.rest());
            }
        } catch (InterruptedException | RuntimeException e) {
            discord.close();
            workers.close();
            inFlight.close();
            throw e;
        }
        Messenger messenger = new DiscordMessenger(discord::rest, renderer);
        AutoCloseable reminders = remindEvery == null ? () -> { } : door.startReminders(messenger, remindEvery);
        return new DiscordApp(discord, messenger, door, workers, reminders, inFlight, posts);
    }

    private static void register(DiscordConnection discord, String guildId, List<SlashCommand> commands) {
        List<CommandData> data = commands.stream().<CommandData>map(SlashCommand::data).toList();
        Guild guild = guildId == null ? null : discord.guild(guildId);
        if (guildId != null && guild == null) {
            LOG.warn("DISCORD_GUILD_ID {} is not a server this bot is in; registering /rejected globally", guildId);
        }
        if (guild != null) {
            guild.updateCommands().addCommands(data).complete();
            LOG.info("Registered /rejected on server {}", guild.getId());
        } else {
            discord.rest().updateCommands().addCommands(data).complete();
            LOG.info("Registered /rejected globally (it may take a while to show up everywhere)");
        }
    }

    /** True when every gateway session of this instance is connected now (for the readiness probe). */
    public boolean connected() {
        return discord.connected();
    }

    /** The bot's name on Discord and what this instance runs, for the start-up banner. */
    public String describe() {
        return discord.rest().getSelfUser().getName() + discord.describe();
    }

    /** Delivers reminders as DMs (the door's reminders hand them to it). */
    public Messenger messenger() {
        return messenger;
    }

    /**
     * Queues the due reminders through the door every {@code every}, each member's in their order, as DMs,
     * until the returned handle is closed (the launcher's loop).
     */
    public AutoCloseable startReminders(Duration every) {
        return door.startReminders(messenger, every);
    }

    /**
     * Delivers the reminders due now on the bot's clock through the door, each member's in their order, and
     * waits for them.
     *
     * @return how many follow-ups Discord took
     */
    public int deliverDueReminders() {
        return door.deliverDueReminders(messenger);
    }

    @Override
    public void close() {
        try {
            reminders.close();
        } catch (Exception e) {
            LOG.warn("Stopping the reminder loop failed", e);
        }
        workers.close();
        posts.awaitDrained(POSTS_GRACE);
        discord.close();
        inFlight.close();
    }
}
