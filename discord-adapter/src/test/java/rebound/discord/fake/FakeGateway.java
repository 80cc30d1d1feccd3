package rebound.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway half of the fake Discord: HELLO on connect, READY after IDENTIFY, an ACK for every
 * heartbeat, and DISPATCH of whatever event a test hands it (JSON encoding, no compression).
 */
public final class FakeGateway extends WebSocketServer {

    private static final Logger LOG = LoggerFactory.getLogger(FakeGateway.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode botUser;
    private final String applicationId;
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger identifies = new AtomicInteger();
    private volatile WebSocket session;

    FakeGateway(InetSocketAddress address, ObjectNode botUser, String applicationId) {
        super(address);
        this.botUser = botUser;
        this.applicationId = applicationId;
        setReuseAddr(true);
        setTcpNoDelay(true);
        setConnectionLostTimeout(0);
    }

    void startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("fake gateway did not start");
        }
    }

    /** How many times a client has identified (one per JDA login). */
    public int identifies() {
        return identifies.get();
    }

    /** Whether a client is connected and has identified (it can receive events). */
    public boolean connected() {
        WebSocket ws = session;
        return ws != null && ws.isOpen() && identifies.get() > 0;
    }

    /** Sends one DISPATCH event to the connected JDA; returns {@link System#nanoTime()} at sending. */
    public long dispatch(String type, JsonNode data) {
        WebSocket ws = session;
        if (ws == null || !ws.isOpen()) {
            throw new IllegalStateException("no JDA is connected to the fake gateway");
        }
        ObjectNode frame = FakeDiscord.NODES.objectNode().put("op", 0).put("t", type)
                .put("s", sequence.incrementAndGet());
        frame.set("d", data);
        String text = frame.toString();
        long now = System.nanoTime();
        ws.send(text);
        return now;
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        session = conn;
        conn.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        try {
            JsonNode frame = JSON.readTree(message);
            int op = frame.path("op").asInt();
            if (op == 1) {
                conn.send("{\"op\":11}");
            } else if (op == 2) {
                identifies.incrementAndGet();
                conn.send(ready().toString());
            } else {
                LOG.warn("fake gateway: unhandled op {}: {}", op, message);
            }
        } catch (Exception e) {
            LOG.warn("fake gateway: bad frame {}", message, e);
        }
    }

    private ObjectNode ready() {
        ObjectNode data = FakeDiscord.NODES.objectNode().put("v", 10)
                .put("session_id", "session-" + identifies.get())
                .put("resume_gateway_url", "ws://127.0.0.1:" + getPort() + "/");
        data.set("user", botUser);
        data.putArray("guilds");
        data.putArray("private_channels");
        data.putObject("application").put("id", applicationId).put("flags", 0);
        ObjectNode frame = FakeDiscord.NODES.objectNode().put("op", 0).put("t", "READY")
                .put("s", sequence.incrementAndGet());
        frame.set("d", data);
        return frame;
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        if (conn == session) {
            session = null;
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        LOG.debug("fake gateway error", ex);
    }

    void stopQuietly() throws InterruptedException {
        stop(1000);
    }
}
