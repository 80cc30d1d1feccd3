package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
 * The packaged Discord bot on PostgreSQL through a database restart (issue 22: every front door's
 * readiness goes down and up with PostgreSQL): alive throughout, not ready while the database is down,
 * ready again by itself once it is back, and answering the member where they were.
 */
@DisplayName("./rebound discord on PostgreSQL, through a database restart")
class DatabaseOutageIT {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();
    private static final String ANA = "100000000000000011";
    private static final Duration WAIT = ShippedDiscordBot.WAIT;

    @TempDir
    Path dir;
    private FakeDiscord discord;
    private ShippedDiscordBot bot;

    @AfterEach
    void stop() throws Exception {
        try {
            if (bot != null && bot.alive()) {
                bot.stop();
            }
        } finally {
            discord.close();
        }
        assertThat(discord.violations()).as("what Discord would have refused").isEmpty();
    }

    private String stderr() {
        return bot.stderr();
    }

    private HttpResponse<String> probe(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + bot.probePort() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> awaitReady(int status, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        HttpResponse<String> ready = probe("/ready");
        while (ready.statusCode() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            ready = probe("/ready");
        }
        return ready;
    }

    private void say(Payloads payloads, String text, String expected) throws Exception {
        String channel = FakeDiscord.dmChannelOf(ANA);
        int before = discord.calls(c -> c.is("POST", "channels/" + channel + "/messages")).size();
        discord.gateway().dispatch("MESSAGE_CREATE", payloads.directMessage(ANA, text));
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            List<RestCall> posted = discord.calls(c -> c.is("POST", "channels/" + channel + "/messages"));
            if (posted.subList(before, posted.size()).stream().anyMatch(dm -> dm.content().contains(expected))) {
                return;
            }
            assertThat(Instant.now()).as("a DM containing \"%s\"; stderr: %s", expected, stderr()).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    @DisplayName("PostgreSQL stopped and started: /ready 503 naming the store, /live 200, then ready and answering again by itself")
    void readinessFollowsTheDatabase() throws Exception {
        discord = new FakeDiscord();
        Payloads payloads = new Payloads(discord);
        DatabaseAddress database = POSTGRES.newDatabase();
        bot = ShippedDiscordBot.start(dir, discord, Map.of("REBOUND_DATABASE_URL", database.url(),
                "REBOUND_DATABASE_USER", database.user(), "REBOUND_KEY_DIR", POSTGRES.keyFolder(database).toString()));
        bot.awaitUntil("ready", () -> {
            try {
                return probe("/ready").statusCode() == 200;
            } catch (java.io.IOException notYet) {
                return false;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        say(payloads, "/rejected new", "company");

        POSTGRES.stopFast();
        HttpResponse<String> down = awaitReady(503, Duration.ofSeconds(30));
        assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
        assertThat(down.body()).contains("store").doesNotContain("Exception", "jdbc:", database.url());
        assertThat(probe("/live").statusCode()).as("alive while the database is down").isEqualTo(200);

        POSTGRES.startServer();
        Instant back = Instant.now();
        HttpResponse<String> up = awaitReady(200, Duration.ofSeconds(60));
        Duration toReady = Duration.between(back, Instant.now());
        assertThat(up.statusCode()).as("ready again by itself: %s", up.body()).isEqualTo(200);
        // the intake Ana began before the outage goes on where it was: the company, then the role is asked
        say(payloads, "Acme", "role");
        System.out.printf("Discord bot on PostgreSQL: ready %d ms after the database was back, answering %d ms after%n",
                toReady.toMillis(), Duration.between(back, Instant.now()).toMillis());
    }
}
