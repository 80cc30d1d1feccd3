package rebound.slack.fake;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode endpoint on 127.0.0.1 (a Java-WebSocket server, as in SocketModeTest): each
 * connection opened gets Slack's {@code hello}, pings are answered with pongs (the SDK checks its
 * session with them). {@link #stop(int)} drops every connection with "going away", as Slack does
 * when it moves a socket, and from then on the port refuses new ones; a new server on the same port
 * is Slack back. The fake Slack's {@code apps.connections.open} gives {@link #url()}.
 */
public final class FakeSocketModeServer extends WebSocketServer {

    private final int port;
    private final AtomicInteger opened = new AtomicInteger();

    /** A server on 127.0.0.1:{@code port}, not yet started. */
    public FakeSocketModeServer(int port) {
        super(new InetSocketAddress("127.0.0.1", port));
        this.port = port;
        setReuseAddr(true);
    }

    /** The URL {@code apps.connections.open} answers, as Slack's {@code wss://wss-primary.slack.com/link/?ticket=...}. */
    public String url() {
        return "ws://127.0.0.1:" + port + "/link/?ticket=fake";
    }

    /** How many connections the app opened to this server. */
    public int opened() {
        return opened.get();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        opened.incrementAndGet();
        conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                + "\"connection_info\":{\"app_id\":\"" + SlackPayloads.APP_ID + "\"}}");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
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
