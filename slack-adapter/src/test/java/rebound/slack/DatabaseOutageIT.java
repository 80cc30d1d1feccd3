package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import rebound.store.postgres.DatabaseAddress;
import rebound.store.postgres.TestPostgres;

/**
 * The packaged Slack app on PostgreSQL through a database restart (issue 22: every front door's
 * readiness goes down and up with PostgreSQL): alive throughout, not ready while the database is down,
 * ready again by itself once it is back, and answering members again, with nothing of before lost.
 */
@DisplayName("./rebound slack on PostgreSQL, through a database restart")
class DatabaseOutageIT {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();
    private static final String ANA = "U0ANA";

    @TempDir
    Path dir;
    private ShippedSlackApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    /** The first answer of /ready that has {@code status}, within {@code within}; the last one seen otherwise. */
    private HttpResponse<String> awaitReady(int port, int status, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        HttpResponse<String> ready = app.get(port, "/ready");
        while (ready.statusCode() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            ready = app.get(port, "/ready");
        }
        return ready;
    }

    @Test
    @DisplayName("PostgreSQL stopped and started: /ready 503 naming the store, /live 200, then ready and answering again by itself")
    void readinessFollowsTheDatabase() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        int probePort;
        try (ServerSocket free = new ServerSocket(0)) {
            probePort = free.getLocalPort();
        }
        app = new ShippedSlackApp(dir, ShippedSlackApp.java(), Map.of("REBOUND_PROBE_PORT", Integer.toString(probePort),
                "REBOUND_PROBE_BIND", "127.0.0.1", "REBOUND_DATABASE_URL", database.url(),
                "REBOUND_DATABASE_USER", database.user(),
                "REBOUND_KEY_DIR", POSTGRES.keyFolder(database).toString())).start();
        assertThat(awaitReady(probePort, 200, Duration.ofSeconds(30)).statusCode()).isEqualTo(200);
        app.say(ANA, "/rejected new", "company");

        POSTGRES.stopFast();
        HttpResponse<String> down = awaitReady(probePort, 503, Duration.ofSeconds(30));
        assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
        assertThat(down.body()).contains("store").doesNotContain("Exception", "jdbc:", database.url());
        assertThat(app.get(probePort, "/live").statusCode()).as("alive while the database is down").isEqualTo(200);

        POSTGRES.startServer();
        Instant back = Instant.now();
        HttpResponse<String> up = awaitReady(probePort, 200, Duration.ofSeconds(60));
        Duration toReady = Duration.between(back, Instant.now());
        assertThat(up.statusCode()).as("ready again by itself: %s", up.body()).isEqualTo(200);
        // the intake Ana began before the outage goes on where it was: the company, then the role is asked
        app.say(ANA, "Acme", "role");
        System.out.printf("Slack app on PostgreSQL: ready %d ms after the database was back, answering %d ms after%n",
                toReady.toMillis(), Duration.between(back, Instant.now()).toMillis());
    }
}
