package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.slack.fake.FakeSocketModeServer;

/**
 * What {@code GET /ready} says of Slack in the packaged app (issue 22, "Probes on every front door":
 * "Socket Mode connected; Slack HTTP serving and its token valid"): it follows the websocket in
 * Socket Mode and Slack's word on the bot token in HTTP mode, and comes back by itself.
 */
@DisplayName("./rebound slack: readiness follows Slack")
class SlackReadinessIT {

    private static final String ANA = "U0ANA";
    private static final Duration WAIT = Duration.ofSeconds(40);

    @TempDir
    Path dir;
    private ShippedSlackApp app;
    private FakeSocketModeServer socket;

    @AfterEach
    void stop() throws Exception {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (socket != null) {
                socket.stop(1000);
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /** The first answer of /ready that has {@code status} within {@link #WAIT}, doing {@code meanwhile} between asks. */
    private HttpResponse<String> awaitReady(int port, int status, Meanwhile meanwhile) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        HttpResponse<String> ready = app.get(port, "/ready");
        while (ready.statusCode() != status && Instant.now().isBefore(deadline)) {
            meanwhile.run();
            Thread.sleep(200);
            ready = app.get(port, "/ready");
        }
        return ready;
    }

    private interface Meanwhile {
        void run() throws Exception;
    }

    /** Ana writes to the bot, which makes Web API calls with the bot token (the ack is not checked). */
    private void anaWrites() throws Exception {
        app.sendSigned(app.payloads.eventCallback(app.payloads.nextId("Ev"), app.payloads.dmEvent(ANA, "hello")));
    }

    @Test
    @DisplayName("Socket Mode: ready while the websocket is open, 503 'Socket Mode is not connected' while Slack drops"
            + " it and refuses new ones, ready again by itself once Slack is back")
    void socketModeReadinessFollowsTheWebsocket() throws Exception {
        int probePort = freePort();
        int socketPort = freePort();
        socket = new FakeSocketModeServer(socketPort);
        socket.start();
        app = new ShippedSlackApp(dir, ShippedSlackApp.java(), Map.of("SLACK_APP_TOKEN", "xapp-it-token",
                "REBOUND_PROBE_PORT", Integer.toString(probePort), "REBOUND_PROBE_BIND", "127.0.0.1"));
        app.slack.socketModeUrl(socket.url());
        app.start(URI.create("http://127.0.0.1:" + probePort + "/live"));

        HttpResponse<String> up = awaitReady(probePort, 200, () -> { });
        assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
        assertThat(socket.opened()).isEqualTo(1);

        // Slack drops the websocket and refuses new connections
        socket.stop(1000);
        HttpResponse<String> down = awaitReady(probePort, 503, () -> { });
        assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
        assertThat(down.body()).isEqualTo("not ready\nplatform: Socket Mode is not connected to Slack\n");
        assertThat(app.get(probePort, "/live").statusCode()).as("alive while Slack is away").isEqualTo(200);

        // Slack is back on the same address: the SDK's session monitor opens a new websocket by itself
        socket = new FakeSocketModeServer(socketPort);
        socket.start();
        Instant back = Instant.now();
        HttpResponse<String> again = awaitReady(probePort, 200, () -> { });
        assertThat(again.statusCode()).as("ready again by itself: %s", again.body()).isEqualTo(200);
        assertThat(socket.opened()).as("a new websocket").isEqualTo(1);
        System.out.printf("Socket Mode: ready %d ms after Slack was back%n",
                Duration.between(back, Instant.now()).toMillis());
        assertThat(app.slack.calls("apps.connections.open")).as("a new URL asked for the new websocket")
                .hasSizeGreaterThan(1)
                .allSatisfy(c -> assertThat(c.param("Authorization")).isEqualTo("Bearer xapp-it-token"));
    }

    @Test
    @DisplayName("HTTP mode: a 429 from Slack leaves it ready; a bot token Slack refuses makes /ready say so"
            + " (no token in it); Slack taking it again makes it ready again")
    void httpReadinessFollowsTheBotToken() throws Exception {
        int probePort = freePort();
        app = new ShippedSlackApp(dir, ShippedSlackApp.java(), Map.of("REBOUND_PROBE_PORT", Integer.toString(probePort),
                "REBOUND_PROBE_BIND", "127.0.0.1")).start();
        assertThat(awaitReady(probePort, 200, () -> { }).statusCode()).isEqualTo(200);
        app.say(ANA, "/rejected new", "company");

        // Slack paces the bot: every chat.postMessage is answered 429 (the 5xx of auth.test: TokenStandingTest)
        app.slack.rateLimit(1);
        for (int i = 0; i < 3; i++) {
            anaWrites();
            Thread.sleep(500);
            HttpResponse<String> during = app.get(probePort, "/ready");
            assertThat(during.statusCode()).as("ready through Slack's 429: %s", during.body()).isEqualTo(200);
        }
        assertThat(app.slack.postAttempts(rebound.slack.fake.FakeSlack.dmOf(ANA))).as("Slack answered 429")
                .anySatisfy(a -> assertThat(a.status()).isEqualTo(429));
        app.slack.rateLimit(0);

        // an admin revokes the bot token: every call with it is answered invalid_auth
        app.slack.tokens().refuse("xoxb-it-token", "invalid_auth");
        HttpResponse<String> refused = awaitReady(probePort, 503, this::anaWrites);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.body()).isEqualTo("not ready\nplatform: Slack refuses the bot token (invalid_auth)\n")
                .doesNotContain("xoxb");
        assertThat(app.get(probePort, "/live").statusCode()).isEqualTo(200);

        // the admin restores it: the next call Slack takes makes the app ready again
        app.slack.tokens().takeAgain("xoxb-it-token");
        HttpResponse<String> again = awaitReady(probePort, 200, this::anaWrites);
        assertThat(again.statusCode()).as("ready again: %s", again.body()).isEqualTo(200);
        assertThat(app.stderr()).doesNotContain("xoxb-it-token");
    }
}
