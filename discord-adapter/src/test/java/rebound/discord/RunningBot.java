package rebound.discord;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.Settings;
import rebound.discord.fake.FakeDiscord;
import rebound.discord.fake.Payloads;
import rebound.discord.fake.RestCall;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.store.FailingStore;
import rebound.store.MapDbMemberStore;

/**
 * Rebound's Discord front door as it runs for real (real JDA, real core on a data directory), logged
 * in to a fake Discord on loopback. {@link #restart()} starts a new JDA on the same data.
 */
final class RunningBot implements AutoCloseable {

    final FakeDiscord discord;
    final Payloads payloads;
    final SettableClock clock;
    private final Path dataDir;
    private Rebound core;
    private DiscordApp door;

    RunningBot(Path dataDir) throws Exception {
        this(dataDir, SettableClock.at(Instant.parse("2030-03-04T09:00:00Z")));
    }

    /** The bot on {@code dataDir}, its core on {@code clock}. */
    RunningBot(Path dataDir, SettableClock clock) throws Exception {
        this.dataDir = dataDir;
        this.clock = clock;
        this.discord = new FakeDiscord();
        this.payloads = new Payloads(discord);
        start();
    }

    private FailingStore store;
    private HeldStore held;

    private void start() throws InterruptedException {
        held = new HeldStore(MapDbMemberStore.open(dataDir));
        store = new FailingStore(held);
        core = new Rebound(new Settings(dataDir, null, clock), store, PlaybookBundle.load(PlaybookSource.builtIn()));
        door = DiscordApp.start(
                new DiscordSettings(FakeDiscord.TOKEN, discord.restUrl(), discord.gatewayUrl(), null), core, null);
    }

    void restart() throws InterruptedException {
        door.close();
        core.close();
        start();
    }

    /** Every turn from now on fails with an unexpected error, as a bug in a turn would. */
    void breakCore() {
        store.fail();
    }

    /** Turns work again after {@link #breakCore()}. */
    void healCore() {
        store.heal();
    }

    /** Turns from now on wait before they commit, until {@link #releaseCommits()}. */
    void holdCommits() {
        held.hold();
    }

    void releaseCommits() {
        held.release();
    }

    /** The turns held now die uncommitted and unanswered, as in a crash; {@link #restart()} comes next. */
    void crashHeldTurns() {
        held.crash();
    }

    /** Keeps {@code state} as the stored state of the Discord user {@code userId}, as if they had built it. */
    void keep(String userId, rebound.member.MemberState state) {
        store.update(Members.of(Long.parseLong(userId)).key(), before -> rebound.store.Change.keep(state, null));
    }

    Rebound core() {
        return core;
    }

    DiscordApp door() {
        return door;
    }

    /** Delivers the reminders due now through the door and the Discord messenger, as the reminder loop would. */
    int deliverDueReminders() {
        return door.deliverDueReminders();
    }

    /** The member types {@code text} in their DM; returns the first DM the bot posts back that contains {@code expected}. */
    RestCall say(String userId, String text, String expected) {
        int before = dms(userId).size();
        discord.gateway().dispatch("MESSAGE_CREATE", payloads.directMessage(userId, text));
        return awaitDm(userId, before, expected);
    }

    /** Uses an interaction (built by {@link #payloads}); returns its callback. */
    RestCall interact(com.fasterxml.jackson.databind.JsonNode interaction) {
        String id = interaction.path("id").asText();
        discord.gateway().dispatch("INTERACTION_CREATE", interaction);
        return discord.await(c -> c.is("POST", "interactions/" + id + "/[^/]+/callback"), 1).get(0);
    }

    /** Waits for the deferred reply of an interaction to be filled in, and returns that edit. */
    RestCall original(com.fasterxml.jackson.databind.JsonNode interaction) {
        String token = interaction.path("token").asText();
        return discord.await(c -> c.is("PATCH", "webhooks/\\d+/" + token + "/messages/@original"), 1).get(0);
    }

    /** Every message posted in the member's DM channel so far. */
    List<RestCall> dms(String userId) {
        String channel = FakeDiscord.dmChannelOf(userId);
        return discord.calls(c -> c.is("POST", "channels/" + channel + "/messages"));
    }

    /** Waits for a DM, posted after the first {@code skip} ones, whose text contains {@code expected}. */
    RestCall awaitDm(String userId, int skip, String expected) {
        String channel = FakeDiscord.dmChannelOf(userId);
        java.util.function.Predicate<RestCall> inDm = c -> c.is("POST", "channels/" + channel + "/messages");
        int want = skip + 1;
        while (true) {
            List<RestCall> posted = discord.await(inDm, want);
            for (RestCall dm : posted.subList(skip, posted.size())) {
                if (dm.content().contains(expected)) {
                    return dm;
                }
            }
            want = posted.size() + 1;
        }
    }

    @Override
    public void close() throws Exception {
        door.close();
        core.close();
        discord.close();
        if (!discord.violations().isEmpty()) {
            throw new AssertionError("Discord would have refused: " + String.join("\n", discord.violations()));
        }
    }
}
