package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import rebound.dist.ContainerTools;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeSlack;
import rebound.store.postgres.DatabaseAddress;
import rebound.store.postgres.TestPostgres;

/**
 * Rebound's container image, built from this repository's Dockerfile and release archive the way the
 * README says, run as an operator would: the Slack front door against the fake Slack and a
 * PostgreSQL on loopback, its keys on their own volume, stopped with SIGTERM and started again.
 *
 * <p>Needs podman, runc and debootstrap (Debian's packages; {@code .ci/run} installs them). Without
 * podman it is skipped, except in CI, where it fails.
 */
@DisplayName("The container image, as an operator runs it")
class ContainerIT {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    private static final String ANA = "U0ANA";
    /** The non-root user the image runs as. */
    private static final String IMAGE_USER = "10001";

    @TempDir
    Path dir;
    private ShippedSlackApp app;
    private final String name = "rebound-it-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void image() throws Exception {
        assumeTrue(ContainerTools.podmanAvailable() || System.getenv("CI") != null,
                "podman is not installed (apt-get install podman runc debootstrap); CI installs it");
        ContainerTools.buildImage();
    }

    @AfterEach
    void remove() throws Exception {
        if (app != null) {
            app.close();
        }
        ContainerTools.remove(name);
    }

    /** The database's variables for the container (a password only where the database has one). */
    private static Map<String, String> variables(DatabaseAddress database, int probePort) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("REBOUND_DATA", "/data",
                "REBOUND_DATABASE_URL", database.url(), "REBOUND_DATABASE_USER", database.user(),
                "REBOUND_PROBE_PORT", Integer.toString(probePort), "REBOUND_PROBE_BIND", "127.0.0.1"));
        if (database.password() != null) {
            env.put("REBOUND_DATABASE_PASSWORD", database.password());
        }
        return env;
    }

    @Test
    @DisplayName("the Slack door on PostgreSQL: an intake, a SIGTERM (exit 0, nothing lost), and the rest of the intake")
    void slackOnPostgres() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        Path keys = Files.createDirectories(POSTGRES.keyFolder(database));
        Path data = Files.createDirectories(dir.resolve("data"));
        ContainerTools.ownedBy(IMAGE_USER, keys, data);
        int probePort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            probePort = free.getLocalPort();
        }

        app = new ShippedSlackApp(dir, names -> {
            List<String> command = new ArrayList<>(ContainerTools.run(name));
            command.addAll(List.of("--network", "host", "-v", data + ":/data", "-v", keys + ":/keys"));
            names.forEach(n -> command.addAll(List.of("-e", n)));
            command.addAll(List.of(ContainerTools.IMAGE, "slack"));
            return command;
        }, variables(database, probePort));
        app.start();

        ApiCall welcome = app.say(ANA, "hi", "");
        int before = app.slack.posted(FakeSlack.dmOf(ANA)).size();
        assertThat(app.sendSigned(app.payloads.blockAction(ANA, FakeSlack.dmOf(ANA), false,
                welcome.blockIdOf("choice:-:start"), welcome.element("choice:-:start"), null, null)).statusCode())
                .isEqualTo(200);
        app.awaitDm(ANA, before, "company");
        app.say(ANA, "Zürich Bank", "role");
        assertThat(ContainerTools.user(name)).as("the container's user").isEqualTo(IMAGE_USER + ":" + IMAGE_USER);
        assertThat(ContainerTools.healthy(name)).as("the image's health check").isTrue();
        assertThat(app.get(probePort, "/ready").body()).as("readiness: store and Slack").isEqualTo("ready\n");
        assertThat(app.get(probePort, "/metrics").body()).as("the metrics of the turns just taken")
                .containsPattern("rebound_turns_seconds_count\\{outcome=\"saved\"} [1-9]")
                .contains("hikaricp_connections", "rebound_store_commits_seconds_count{outcome=\"ok\",store=\"postgres\"}")
                .doesNotContain(ANA, "Zürich");

        app.stop();
        ContainerTools.remove(name);
        app.start();

        assertThat(app.say(ANA, "Product designer", "How far did you get").shownText())
                .as("the intake goes on where it was").contains("How far did you get");
        try (var stored = Files.walk(keys)) {
            assertThat(stored.filter(Files::isRegularFile).count()).as("the members' keys are on the keys volume").isPositive();
        }
    }
}
