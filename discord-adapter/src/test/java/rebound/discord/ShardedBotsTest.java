package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.Settings;
import rebound.discord.fake.FakeDiscord;
import rebound.discord.fake.FakeGateway;
import rebound.discord.fake.Payloads;
import rebound.discord.fake.RestCall;
import rebound.discord.transport.Shards;
import rebound.frontdoor.Outbound;
import rebound.launch.Launch;
import rebound.member.MemberState;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.store.MapDbMemberStore;
import rebound.store.MemberStore;

/**
 * Two Rebound instances running the shards of one bot, 0-1 and 2-3 of 4, against one fake Discord
 * that routes as Discord does: a server's events to its shard, DMs to shard 0. Each instance keeps
 * its own data directory here, so the one that answered a member is the one that holds them. The
 * two start once for the class (each paces its IDENTIFYs 5 s apart, as Discord asks); every test
 * uses its own members.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Two instances sharing a bot's shards (0-1 and 2-3 of 4)")
class ShardedBotsTest {

    private static final String ANA = "100000000000000011";
    private static final String BEN = "100000000000000021";
    private static final String CARA = "100000000000000031";
    private static final String DANA = "100000000000000041";
    private static final Predicate<RestCall> REGISTERED = c -> c.is("PUT", "applications/\\d+/commands");

    @TempDir
    static Path dir;
    private final SettableClock clock = SettableClock.at(Instant.parse("2030-03-04T09:00:00Z"));
    private FakeDiscord discord;
    private Payloads payloads;
    private Instance low;
    private Instance high;

    /** One instance: its own core on its own data directory, and its Discord door. */
    private record Instance(MemberStore store, Rebound core, DiscordApp door) implements AutoCloseable {
        @Override
        public void close() {
            door.close();
            core.close();
        }
    }

    private Instance start(String name, Shards shards) throws InterruptedException {
        MemberStore store = MapDbMemberStore.open(dir.resolve(name));
        Rebound core = new Rebound(new Settings(dir.resolve(name), null, clock), store,
                PlaybookBundle.load(PlaybookSource.builtIn()));
        try {
            DiscordApp door = DiscordApp.start(new DiscordSettings(FakeDiscord.TOKEN, discord.restUrl(),
                    discord.gatewayUrl(), null, shards), core, null);
            return new Instance(store, core, door);
        } catch (InterruptedException | RuntimeException e) {
            core.close();
            throw e;
        }
    }

    /**
     * Whether the instance keeps anything about the user. Counting members instead raced with the
     * previous test's turns, which commit after their deferred reply was sent.
     */
    private static boolean knows(Instance instance, String userId) {
        return !instance.store().read(Members.of(Long.parseLong(userId)).key()).equals(MemberState.empty());
    }

    @BeforeAll
    void startBoth() throws Exception {
        discord = new FakeDiscord();
        payloads = new Payloads(discord);
        // side by side, as two machines would start (each paces its own IDENTIFYs 5 s apart)
        CompletableFuture<Instance> second = CompletableFuture.supplyAsync(() -> {
            try {
                return start("high", Shards.parse("2-3", "4"));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        low = start("low", Shards.parse("0-1", "4"));
        high = second.join();
    }

    @AfterAll
    void stopBoth() throws Exception {
        try (Instance a = low; Instance b = high) {
            // closed in reverse order
        } finally {
            discord.close();
        }
        assertThat(discord.violations()).as("what Discord would have refused").isEmpty();
    }

    @Test
    @DisplayName("every shard is connected once, and /rejected is registered once, by the instance running shard 0")
    void connectedAndRegisteredOnce() {
        for (int shard = 0; shard < 4; shard++) {
            assertThat(discord.gateway().connected(shard)).as("shard %s", shard).isTrue();
        }
        assertThat(discord.gateway().identifies()).as("accepted IDENTIFYs").isEqualTo(4);
        assertThat(discord.calls(REGISTERED)).hasSize(1);
    }

    @Test
    @DisplayName("a /rejected in a server on shard 3 is answered by the instance running 2-3 only; on shard 1 by 0-1 only")
    void serverCommandGoesToItsShard() {
        var onThree = payloads.slashCommand(BEN, "new", Payloads.guildOnShard(3, 4));
        assertThat(discord.gateway().shardOf(onThree)).isEqualTo(3);

        discord.gateway().dispatch("INTERACTION_CREATE", onThree);
        awaitCallback(onThree);
        awaitDm(BEN, "Which company");
        assertThat(knows(high, BEN)).as("Ben is a member of the instance running 2-3").isTrue();
        assertThat(knows(low, BEN)).as("Ben is a member of the instance running 0-1").isFalse();

        var onOne = payloads.slashCommand(CARA, "help", Payloads.guildOnShard(1, 4));
        discord.gateway().dispatch("INTERACTION_CREATE", onOne);
        assertThat(awaitCallback(onOne).flags() & 64).as("ephemeral").isEqualTo(64);
        String[] ids = {onThree.path("id").asText(), onOne.path("id").asText()};
        assertThat(discord.calls(c -> c.path().startsWith("interactions/" + ids[0] + "/")
                || c.path().startsWith("interactions/" + ids[1] + "/"))).as("one answer each").hasSize(2);
    }

    @Test
    @DisplayName("interactions without their channel object are answered on every shard: in a server on shard 2, "
            + "in a DM on shard 0 (issue 20)")
    void interactionsWithoutChannel() {
        String eve = "100000000000000051";
        var inServer = rebound.discord.fake.DiscordSends.withoutChannel(
                payloads.slashCommand(eve, "help", Payloads.guildOnShard(2, 4)));
        discord.gateway().dispatch("INTERACTION_CREATE", inServer);
        assertThat(awaitCallback(inServer).flags() & 64).as("ephemeral").isEqualTo(64);

        var inDm = rebound.discord.fake.DiscordSends.withoutChannel(payloads.slashCommand(eve, "new", false));
        discord.gateway().dispatch("INTERACTION_CREATE", inDm);
        awaitCallback(inDm);
        String token = inDm.path("token").asText();
        assertThat(discord.await(c -> c.is("PATCH", "webhooks/\\d+/" + token + "/messages/@original"), 1).get(0)
                .content()).contains("Which company");
    }

    @Test
    @DisplayName("a DM is answered by the instance running shard 0 only, also mid-intake")
    void dmsGoToShardZero() {
        var command = payloads.slashCommand(ANA, "new", false);
        discord.gateway().dispatch("INTERACTION_CREATE", command);
        awaitCallback(command);
        discord.gateway().dispatch("MESSAGE_CREATE", payloads.directMessage(ANA, "Acme"));
        assertThat(awaitDm(ANA, "role").content()).contains("Acme");

        assertThat(knows(low, ANA)).as("Ana is a member of the instance running shard 0").isTrue();
        assertThat(knows(high, ANA)).as("Ana is a member of the instance without shard 0").isFalse();
    }

    @Test
    @DisplayName("a reminder goes out as a DM from an instance that does not run shard 0")
    void remindersFromAnyInstance() throws Exception {
        high.door().messenger().deliver(Outbound.say(Members.of(Long.parseLong(DANA)), "Time to follow up."));

        assertThat(awaitDm(DANA, "Time to follow up").content()).isEqualTo("Time to follow up.");
    }

    @Test
    @DisplayName("a third instance told another total is refused by Discord (4010) and does not start; the others run on")
    void otherTotalRefused() throws Exception {
        int refused = discord.gateway().refusals().size();
        assertThatThrownBy(() -> start("third", Shards.parse("2", "3")))
                .isInstanceOf(Launch.CannotStart.class)
                .hasMessageContainingAll("shard 2 of 3", "4010", "DISCORD_SHARD_TOTAL", "DISCORD_SHARDS")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        List<Integer> refusals = discord.gateway().refusals();
        assertThat(refusals.subList(refused, refusals.size())).containsExactly(FakeGateway.INVALID_SHARD);

        var onThree = payloads.slashCommand(DANA, "help", Payloads.guildOnShard(3, 4));
        discord.gateway().dispatch("INTERACTION_CREATE", onThree);
        awaitCallback(onThree);
        assertThat(discord.gateway().connected(2)).as("shard 2 of the instance running 2-3").isTrue();
    }

    @Test
    @DisplayName("./rebound discord unsharded, for a bot Discord requires to shard (4011): one line, exit code 2")
    void shardingRequiredIsOneLine() throws Exception {
        try (FakeDiscord big = new FakeDiscord()) {
            big.requireShards(2);
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            int code = DiscordMain.run(Map.of("DISCORD_TOKEN", FakeDiscord.TOKEN, "DISCORD_REST_URL", big.restUrl(),
                    "DISCORD_GATEWAY_URL", big.gatewayUrl(), "REBOUND_DATA", dir.resolve("big").toString()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));

            String printed = err.toString(StandardCharsets.UTF_8);
            assertThat(code).as(printed).isEqualTo(Launch.CANNOT_START);
            assertThat(printed.strip().lines()).hasSize(1);
            assertThat(printed).contains("4011", "DISCORD_SHARD_TOTAL").doesNotContain("\tat ");
            assertThat(big.gateway().refusals()).containsExactly(FakeGateway.SHARDING_REQUIRED);
        }
    }

    private RestCall awaitCallback(com.fasterxml.jackson.databind.JsonNode interaction) {
        String id = interaction.path("id").asText();
        return discord.await(c -> c.is("POST", "interactions/" + id + "/[^/]+/callback"), 1).get(0);
    }

    /** The first DM to the member that contains {@code expected} (waits up to 10 s). */
    private RestCall awaitDm(String userId, String expected) {
        String channel = FakeDiscord.dmChannelOf(userId);
        return discord.await(c -> c.is("POST", "channels/" + channel + "/messages")
                && c.content().contains(expected), 1).get(0);
    }
}
