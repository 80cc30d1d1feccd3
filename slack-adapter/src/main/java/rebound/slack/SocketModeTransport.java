package rebound.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;

/** Socket Mode: the app opens a websocket to Slack (Java-WebSocket backend) with the app-level token. */
final class SocketModeTransport implements AutoCloseable {

    private final SocketModeApp socketMode;

    SocketModeTransport(App app, String appToken) throws Exception {
        socketMode = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
    }

    SocketModeTransport start() throws Exception {
        socketMode.startAsync();
        return this;
    }

    /** True while the websocket to Slack is open (for the readiness probe). */
    boolean connected() {
        var client = socketMode.getClient();
        return client != null && client.verifyConnection();
    }

    @Override
    public void close() throws Exception {
        socketMode.close();
    }
}
