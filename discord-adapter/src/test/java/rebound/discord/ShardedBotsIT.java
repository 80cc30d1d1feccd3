package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import rebound.discord.fake.FakeDiscord;
import rebound.discord.fake.Payloads;
import rebound.discord.fake.RestCall;
import rebound.store.postgres.DatabaseAddress;
import rebound.store.postgres.TestPostgres;

/**
 * The packaged Discord bot started twice as separate processes, the way two machines would run
 * {@code DISCORD_SHARD_TOTAL=4 DISCORD_SHARDS=0-1 ./rebound discord} and {@code ...=2-3}, against one
 * fake Discord on loopback.
 */
@DisplayName("./rebound discord as two processes sharing shards 0-1 and 2-3 of 4")
class ShardedBotsIT {

    /** The instances share one state, as shards of one bot must (each member's DMs reach shard 0's). */
    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    private static final Path JAR = Path.of(System.getProperty("rebound.app.jar"));
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final Predicate<RestCall> REGISTERED = c -> c.is("PUT", "applications/\\d+/commands");

    @TempDir
    Path dir;
    private FakeDiscord discord;
    private DatabaseAddress database;
    private Process low;
    private Process high;

    private Process start(String name, String shards) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve(name + ".txt").toFile()));
        builder.environment().keySet().removeIf(k -> k.startsWith("DISCORD_") || k.startsWith("REBOUND_"));
        builder.environment().putAll(Map.of("DISCORD_TOKEN", FakeDiscord.TOKEN,
                "DISCORD_REST_URL", discord.restUrl(), "DISCORD_GATEWAY_URL", discord.gatewayUrl(),
                "DISCORD_SHARDS", shards, "DISCORD_SHARD_TOTAL", "4",
                "REBOUND_DATA", dir.resolve(name).toString(),
                "REBOUND_DATABASE_URL", database.url(), "REBOUND_DATABASE_USER", database.user(),
                "REBOUND_KEY_DIR", POSTGRES.keyFolder(database).toString()));
        return builder.start();
    }

    private String stderr(String name) {
        try {
            Path file = dir.resolve(name + ".txt");
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    private void await(String what, BooleanSupplier done) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!done.getAsBoolean()) {
            assertThat(low.isAlive() && high.isAlive()).as("both run; stderr:\n%s\n%s", stderr("low"), stderr("high"))
                    .isTrue();
            assertThat(Instant.now()).as("%s within %s; stderr:\n%s\n%s", what, WAIT, stderr("low"), stderr("high"))
                    .isBefore(deadline);
            Thread.sleep(100);
        }
    }

    @AfterEach
    void stop() throws Exception {
        try {
            for (Process process : new Process[] {low, high}) {
                if (process != null && process.isAlive()) {
                    process.destroy();
                    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
                }
            }
            assertThat(stderr("high")).doesNotContain("\tat ");
        } finally {
            discord.close();
        }
        assertThat(discord.violations()).as("what Discord would have refused").isEmpty();
    }

    @Test
    @DisplayName("log in every shard once, register /rejected once, and a server on shard 3 is answered with shard 0's instance stopped")
    void twoProcesses() throws Exception {
        discord = new FakeDiscord();
        discord.recommendShards(8);
        database = POSTGRES.newDatabase();
        low = start("low", "0-1");
        high = start("high", "2-3");
        await("four shards connected and /rejected registered", () -> discord.calls(REGISTERED).size() == 1
                && discord.gateway().connected(0) && discord.gateway().connected(1)
                && discord.gateway().connected(2) && discord.gateway().connected(3)
                && stderr("low").contains("connected to Discord") && stderr("high").contains("connected to Discord"));
        assertThat(stderr("low")).contains("(shards 0-1 of 4)");
        assertThat(stderr("high")).contains("(shards 2-3 of 4)").contains("Discord recommends 8 shards");

        // the instance running shard 0 stops: the other goes on answering its servers
        low.destroy();
        assertThat(low.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        assertThat(stderr("low")).doesNotContain("\tat ");
        Payloads payloads = new Payloads(discord);
        var command = payloads.slashCommand("100000000000000021", "help", Payloads.guildOnShard(3, 4));
        discord.gateway().dispatch("INTERACTION_CREATE", command);
        String token = command.path("token").asText();
        RestCall answer = discord.await(c -> c.is("PATCH", "webhooks/\\d+/" + token + "/messages/@original"), 1)
                .get(0);
        assertThat(answer.content()).isNotBlank();
        assertThat(discord.gateway().connected(0)).as("no session runs shard 0 now: no DMs arrive").isFalse();
        assertThat(discord.calls(REGISTERED)).as("registered once in all").hasSize(1);
    }
}
