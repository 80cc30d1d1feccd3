package rebound.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>Sharded as Discord is (<a href="https://discord.com/developers/docs/events/gateway#sharding">
 * Gateway: Sharding</a>): an IDENTIFY carries {@code shard: [id, total]} ({@code [0, 1]} when it
 * carries none). A shard id outside 0..total-1, or a total other than the one the connected sessions
 * use, is closed with 4010 (invalid shard); a total below {@link #requireShards(int)} with 4011
 * (sharding required, as Discord does when a shard would hold too many servers). An event of a
 * server goes to the session of shard {@code (guild_id >> 22) % total}, a DM (no {@code guild_id})
 * to shard 0's.
 */
public final class FakeGateway extends WebSocketServer {

    /** Discord's close code for an invalid {@code shard} in IDENTIFY. */
    public static final int INVALID_SHARD = 4010;
    /** Discord's close code when the bot must run more shards. */
    public static final int SHARDING_REQUIRED = 4011;

    private static final Logger LOG = LoggerFactory.getLogger(FakeGateway.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode botUser;
    private final String applicationId;
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicInteger identifies = new AtomicInteger();
    /** Identified sessions by shard id (a newer IDENTIFY of a shard takes its events). */
    private final Map<Integer, Session> shards = new ConcurrentHashMap<>();
    private final List<Integer> refusals = new ArrayList<>();
    private volatile int requiredShards = 1;

    /** One identified connection: its shard, the total it was told, and its own sequence numbers. */
    private record Session(WebSocket socket, int shard, int total, AtomicInteger sequence) {
        boolean open() {
            return socket.isOpen();
        }
    }

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

    /** From now on an IDENTIFY with a shard total below {@code minimum} is closed with 4011. */
    void requireShards(int minimum) {
        requiredShards = minimum;
    }

    /** How many times a client has identified and been accepted (one per JDA login, one per shard). */
    public int identifies() {
        return identifies.get();
    }

    /** The close codes of the IDENTIFYs refused so far (4010, 4011), oldest first. */
    public List<Integer> refusals() {
        synchronized (refusals) {
            return List.copyOf(refusals);
        }
    }

    /** Whether a client is connected and has identified (it can receive events). */
    public boolean connected() {
        return shards.values().stream().anyMatch(Session::open);
    }

    /** Whether a client has identified as shard {@code shard} and is still connected. */
    public boolean connected(int shard) {
        Session session = shards.get(shard);
        return session != null && session.open();
    }

    /** The shard a DISPATCH of {@code data} goes to: its server's shard, or 0 for a DM. */
    public int shardOf(JsonNode data) {
        String guild = data.path("guild_id").asText("");
        return guild.isEmpty() ? 0 : (int) ((Long.parseLong(guild) >>> 22) % totalInUse());
    }

    /**
     * Sends one DISPATCH event to the session of the shard it belongs to ({@link #shardOf}); returns
     * {@link System#nanoTime()} at sending.
     *
     * @throws IllegalStateException when no client runs that shard
     */
    public long dispatch(String type, JsonNode data) {
        int shard = shardOf(data);
        Session session = shards.get(shard);
        if (session == null || !session.open()) {
            throw new IllegalStateException("no JDA is connected to the fake gateway as shard " + shard);
        }
        ObjectNode frame = FakeDiscord.NODES.objectNode().put("op", 0).put("t", type)
                .put("s", session.sequence().incrementAndGet());
        frame.set("d", data);
        String text = frame.toString();
        long now = System.nanoTime();
        session.socket().send(text);
        return now;
    }

    private int totalInUse() {
        return shards.values().stream().filter(Session::open).mapToInt(Session::total).findAny().orElse(1);
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        conn.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        try {
            JsonNode frame = JSON.readTree(message);
            int op = frame.path("op").asInt();
            if (!conn.isOpen()) {
                return; // a frame that crossed our close (a heartbeat after a refused IDENTIFY)
            }
            if (op == 1) {
                conn.send("{\"op\":11}");
            } else if (op == 2) {
                identify(conn, frame.path("d"));
            } else {
                LOG.warn("fake gateway: unhandled op {}: {}", op, message);
            }
        } catch (Exception e) {
            LOG.warn("fake gateway: bad frame {}", message, e);
        }
    }

    private synchronized void identify(WebSocket conn, JsonNode identify) {
        JsonNode shard = identify.path("shard");
        boolean sharded = shard.isArray();
        int id = sharded ? shard.path(0).asInt(-1) : 0;
        int total = sharded ? shard.path(1).asInt(0) : 1;
        if (sharded && (shard.size() != 2 || !shard.path(0).isInt() || !shard.path(1).isInt())) {
            refuse(conn, INVALID_SHARD, "Invalid shard");
            return;
        }
        if (id < 0 || total < 1 || id >= total) {
            refuse(conn, INVALID_SHARD, "Invalid shard");
            return;
        }
        boolean otherTotal = shards.values().stream().anyMatch(s -> s.open() && s.socket() != conn && s.total() != total);
        if (otherTotal) {
            refuse(conn, INVALID_SHARD, "Invalid shard");
            return;
        }
        if (total < requiredShards) {
            refuse(conn, SHARDING_REQUIRED, "Sharding required");
            return;
        }
        int number = identifies.incrementAndGet();
        Session session = new Session(conn, id, total, new AtomicInteger());
        shards.put(id, session);
        conn.send(ready(session, number, sharded).toString());
    }

    private void refuse(WebSocket conn, int code, String reason) {
        synchronized (refusals) {
            refusals.add(code);
        }
        conn.close(code, reason);
    }

    private ObjectNode ready(Session session, int number, boolean sharded) {
        ObjectNode data = FakeDiscord.NODES.objectNode().put("v", 10)
                .put("session_id", "session-" + number)
                .put("resume_gateway_url", "ws://127.0.0.1:" + getPort() + "/");
        data.set("user", botUser);
        data.putArray("guilds");
        data.putArray("private_channels");
        data.putObject("application").put("id", applicationId).put("flags", 0);
        if (sharded) {
            data.putArray("shard").add(session.shard()).add(session.total());
        }
        ObjectNode frame = FakeDiscord.NODES.objectNode().put("op", 0).put("t", "READY")
                .put("s", session.sequence().incrementAndGet());
        frame.set("d", data);
        return frame;
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        shards.values().removeIf(session -> session.socket() == conn);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        LOG.debug("fake gateway error", ex);
    }

    void stopQuietly() throws InterruptedException {
        stop(1000);
    }
}
