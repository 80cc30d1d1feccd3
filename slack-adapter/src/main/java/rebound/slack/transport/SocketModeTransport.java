package rebound.slack.transport;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;

/**
 * Socket Mode: the app opens a websocket to Slack (Java-WebSocket backend) with the app-level token.
 * Carries requests only, like {@link HttpTransport}.
 */
public final class SocketModeTransport implements AutoCloseable {

    private final SocketModeApp socketMode;

    /**
     * A Socket Mode connection for this app, not yet open ({@link #start()}).
     *
     * @param app the Bolt app the requests go to
     * @param appToken the app-level token ({@code xapp-...}, with {@code connections:write})
     * @throws Exception when the SDK cannot build its client
     */
    public SocketModeTransport(App app, String appToken) throws Exception {
        socketMode = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
    }

    /**
     * Opens the websocket in the background.
     *
     * @return this transport
     */
    public SocketModeTransport start() throws Exception {
        socketMode.startAsync();
        return this;
    }

    /** True while the websocket to Slack is open (for the readiness probe). */
    public boolean connected() {
        var client = socketMode.getClient();
        return client != null && client.verifyConnection();
    }

    /** Closes the websocket. */
    @Override
    public void close() throws Exception {
        socketMode.close();
    }
}
