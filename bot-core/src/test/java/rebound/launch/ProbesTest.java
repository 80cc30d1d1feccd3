package rebound.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.Settings;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.store.postgres.DatabaseAddress;
import rebound.store.postgres.PostgresMemberStore;
import rebound.store.postgres.TestPostgres;

@DisplayName("Liveness and readiness probes")
class ProbesTest {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(Probes probes, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + probes.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> awaitReady(Probes probes, int status) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            HttpResponse<String> ready = get(probes, "/ready");
            if (ready.statusCode() == status || Instant.now().isAfter(deadline)) {
                return ready;
            }
            Thread.sleep(200);
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    @DisplayName("ready only once started, with the store answering and the platform connected; down with the "
            + "database and up again by itself")
    void readyFollowsTheDatabase() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        AtomicBoolean platform = new AtomicBoolean(true);
        try (PostgresMemberStore store = PostgresMemberStore.open(database, POSTGRES.keyFolder(database));
             Rebound bot = new Rebound(new Settings(null, null, null), store, PlaybookBundle.load(PlaybookSource.builtIn()));
             Probes probes = Probes.start(Map.of(Probes.PORT, "0", Probes.BIND, "127.0.0.1"), new Probes.Parts() {
                 @Override
                 public void checkStore() {
                     bot.checkStore();
                 }

                 @Override
                 public boolean platformConnected() {
                     return platform.get();
                 }

                 @Override
                 public long members() {
                     return bot.memberCount();
                 }
             })) {
            assertThat(get(probes, "/live").statusCode()).isEqualTo(200);
            HttpResponse<String> starting = get(probes, "/ready");
            assertThat(starting.statusCode()).isEqualTo(503);
            assertThat(starting.body()).contains("starting");

            probes.started();
            assertThat(get(probes, "/ready").statusCode()).isEqualTo(200);

            // a turn of Zoë's, then the metrics page holds it, the commit, the pool, the JVM, and never her
            bot.handle(rebound.frontdoor.Inbound.text(new Member("console:zoë-müller"), "Acme Zürich"));
            String metrics = get(probes, "/metrics").body();
            assertThat(metrics).contains("rebound_turns_seconds_count{outcome=\"saved\"}",
                    "rebound_store_commits_seconds_count{outcome=\"ok\",store=\"postgres\"}",
                    "rebound_members ", "hikaricp_connections", "jvm_memory_used_bytes", "process_uptime_seconds");
            assertThat(metrics).doesNotContain("zoë", "console:", "Acme");

            platform.set(false);
            assertThat(get(probes, "/ready").body()).contains("platform").doesNotContain("store");
            platform.set(true);

            POSTGRES.stopFast();
            HttpResponse<String> down = awaitReady(probes, 503);
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("store").doesNotContain("Exception:", "jdbc:", database.url());
            assertThat(get(probes, "/live").statusCode()).as("alive while the database is down").isEqualTo(200);

            POSTGRES.startServer();
            assertThat(awaitReady(probes, 200).statusCode()).as("ready again by itself").isEqualTo(200);
        }
    }

    @Test
    @DisplayName("no port, no probes; a port that is not a number is one line to fix")
    void configuration() {
        assertThat(Probes.start(Map.of(), null)).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Probes.start(Map.of(Probes.PORT, "http"), null))
                .isInstanceOf(Launch.CannotStart.class).hasMessageContaining(Probes.PORT);
    }
}
