package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.Settings;
import rebound.slack.fake.FakeSlack;
import rebound.slack.transport.SocketModeTransport;

@DisplayName("Socket Mode")
class SocketModeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    /** A fake Socket Mode endpoint: says hello, then hands over one slash command envelope. */
    static final class FakeSocketMode extends WebSocketServer {
        final BlockingQueue<String> fromApp = new LinkedBlockingQueue<>();
        final BlockingQueue<String> connections = new LinkedBlockingQueue<>();
        private final String envelope;

        FakeSocketMode(int port, String envelope) {
            super(new InetSocketAddress("127.0.0.1", port));
            this.envelope = envelope;
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            connections.add(handshake.getResourceDescriptor());
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                    + "\"connection_info\":{\"app_id\":\"A0REBOUND\"}}");
            conn.send(envelope);
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            fromApp.add(message);
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
        }
    }

    @Test
    @DisplayName("with SLACK_APP_TOKEN the app connects to the URL from apps.connections.open, acks a command through the socket and answers it")
    void startsAndAnswers() throws Exception {
        // given a fake Slack whose apps.connections.open points at a websocket on loopback
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        ObjectNode command = JSON.createObjectNode().put("token", "t").put("team_id", FakeSlack.TEAM)
                .put("team_domain", "rebound-test").put("channel_id", "C0JOBS").put("channel_name", "job-search")
                .put("user_id", RunningSlackApp.ANA).put("user_name", "ana").put("command", "/rejected")
                .put("text", "").put("api_app_id", "A0REBOUND").put("is_enterprise_install", "false")
                .put("trigger_id", "1.2.3");
        ObjectNode envelope = JSON.createObjectNode().put("envelope_id", "env-0001").put("type", "slash_commands")
                .put("accepts_response_payload", true);
        envelope.set("payload", command);
        FakeSocketMode socket = null;
        SettlingExecutor workers = new SettlingExecutor();
        try (FakeSlack slack = new FakeSlack();
                Rebound bot = Rebound.open(new Settings(data, null, SettableClock.at(Instant.parse("2026-11-02T09:00:00Z"))))) {
            command.put("response_url", slack.responseUrl("socket-cmd"));
            socket = new FakeSocketMode(port, envelope.toString());
            socket.start();
            slack.socketModeUrl("ws://127.0.0.1:" + port + "/link/?ticket=fake");
            SlackApp door = new SlackApp(new SlackSettings("xoxb-test-token", null, "xapp-test-token",
                    "127.0.0.1", 0, slack.apiUrl()), bot, workers);

            // when Socket Mode starts
            try (SocketModeTransport transport = new SocketModeTransport(door.app(), "xapp-test-token").start()) {
                // then it opened the connection with the app token and acked the envelope through the socket
                String ack = socket.fromApp.poll(30, TimeUnit.SECONDS);
                assertThat(ack).as("an ack through the socket").isNotNull();
                JsonNode reply = JSON.readTree(ack);
                assertThat(reply.path("envelope_id").asText()).isEqualTo("env-0001");
                // and after the ack the first question went back ephemerally through the response_url
                workers.settle();
                assertThat(slack.calls("respond")).singleElement().satisfies(answer -> {
                    assertThat(answer.param("response_type")).isEqualTo("ephemeral");
                    assertThat(answer.json().toString()).contains("Which company", "step:company");
                });
                assertThat(socket.connections.peek()).startsWith("/link/");
                assertThat(slack.calls("apps.connections.open")).isNotEmpty()
                        .allSatisfy(c -> assertThat(c.param("Authorization")).isEqualTo("Bearer xapp-test-token"));
            } finally {
                door.close();
            }
        } finally {
            if (socket != null) {
                socket.stop(1000);
            }
            workers.shutdownNow();
        }
    }
}
