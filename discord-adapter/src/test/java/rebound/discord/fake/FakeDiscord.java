package rebound.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fake Discord on 127.0.0.1: a REST server that answers what JDA asks and records every call, and a
 * gateway websocket that says HELLO and READY, acknowledges heartbeats, and dispatches the events a
 * test asks for, each to the shard Discord would send it to ({@link FakeGateway}). {@code GET
 * /gateway/bot} recommends a shard count. Nothing leaves the machine.
 *
 * <p>It refuses what Discord refuses, and keeps each such refusal as a {@link #violations()
 * violation} that fails the test: messages and modals beyond {@link DiscordLimits} (50035), an
 * interaction answered twice (40060) or used after its token's 15 minutes (50027), an empty
 * message (50006), and what installations forbid ({@link UserInstalls}). A DM to a member who
 * closed them is refused with 50007, and one to a user sharing no server who has not added the app to
 * their account with 50278: Discord's normal answers and no violation.
 */
public final class FakeDiscord implements AutoCloseable {

    public static final String BOT_ID = "900000000000000001";
    public static final String APP_ID = "900000000000000002";
    public static final String TOKEN = "fake-bot-token";
    private static final Logger LOG = LoggerFactory.getLogger(FakeDiscord.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DM_PATH = Pattern.compile("channels/(\\d+)/messages");
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final HttpServer rest;
    private final ExecutorService restThreads = Executors.newCachedThreadPool();
    private final FakeGateway gateway;
    private final List<RestCall> calls = new ArrayList<>();
    private final Set<String> closedDms = ConcurrentHashMap.newKeySet();
    private static final long DISCORD_EPOCH = 1_420_070_400_000L;
    private final AtomicLong ids = new AtomicLong();
    private volatile Consumer<RestCall> onCall = call -> { };
    /** How long an interaction's token can be used for follow-ups and edits. */
    public static final long TOKEN_MILLIS = 15 * 60 * 1000;
    private final List<String> violations = new ArrayList<>();
    private final Set<String> answered = ConcurrentHashMap.newKeySet();
    private final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> failing = new ConcurrentHashMap<>();
    /** Messages created with {@code enforce_nonce}, by channel and nonce: a repeat returns the first. */
    private final java.util.Map<String, ObjectNode> byNonce = new ConcurrentHashMap<>();
    private final List<JsonNode> createdMessages = new ArrayList<>();
    /** Every message a member sent (through {@link Payloads}) or the bot posted, by id: what GET returns. */
    private final Map<String, JsonNode> messagesById = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile int recommendedShards = 1;
    private final UserInstalls installs = new UserInstalls();
    private final RateLimits rateLimits = new RateLimits();

    public FakeDiscord() throws IOException, InterruptedException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        rest.createContext("/", this::serve);
        rest.setExecutor(restThreads);
        rest.start();
        gateway = new FakeGateway(new InetSocketAddress("127.0.0.1", 0), botUser(), APP_ID);
        gateway.startAndWait();
    }

    public String restUrl() {
        return "http://127.0.0.1:" + rest.getAddress().getPort() + "/api/v10/";
    }

    public String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort() + "/";
    }

    public FakeGateway gateway() {
        return gateway;
    }

    /**
     * From now on the bot needs at least {@code minimum} shards, as a bot in more than 2,500 servers
     * per shard does: {@code GET /gateway/bot} recommends that many and the gateway closes an
     * IDENTIFY with a smaller total with 4011.
     */
    public void requireShards(int minimum) {
        gateway.requireShards(minimum);
        recommendedShards = Math.max(recommendedShards, minimum);
    }

    /** The shard count {@code GET /gateway/bot} recommends (1 unless a test raised it). */
    public void recommendShards(int count) {
        recommendedShards = count;
    }

    /** A fresh snowflake id made from the current time (JDA reads an interaction's age from its id). */
    public String nextId() {
        long millis = System.currentTimeMillis() - DISCORD_EPOCH;
        return Long.toString((millis << 22) | (ids.incrementAndGet() & 0x3FFFFF));
    }

    /** The DM channel between the bot and a user (the fake uses one fixed id per user). */
    public static String dmChannelOf(String userId) {
        return Long.toString(Long.parseLong(userId) + 7);
    }

    /** From now on Discord refuses to deliver DMs to this user (error 50007). */
    public void closeDms(String userId) {
        closedDms.add(dmChannelOf(userId));
    }

    /**
     * After {@code letThrough} more messages to this user's DM, the next one is refused once with
     * HTTP 400 (a message Discord would not take that time); the ones after it go through.
     */
    public void failOneDmAfter(String userId, int letThrough) {
        failing.put(dmChannelOf(userId), new java.util.concurrent.atomic.AtomicInteger(letThrough));
    }

    /** The messages Discord created in a channel (refused and repeated-nonce posts create none), oldest first. */
    public List<JsonNode> created(String channelId) {
        synchronized (createdMessages) {
            return createdMessages.stream().filter(m -> m.path("channel_id").asText().equals(channelId)).toList();
        }
    }

    /** Discord delivers DMs to this user again. */
    public void openDms(String userId) {
        closedDms.remove(dmChannelOf(userId));
    }

    /** Called for every REST call as it arrives (the benchmark measures with it). */
    public void onCall(Consumer<RestCall> listener) {
        this.onCall = listener;
    }

    /** Everything the fake refused that Discord would have refused too (each with why); empty when all was fine. */
    public List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    /** Who added the app to their own account, and what Discord refuses because of installations (issue 20). */
    public UserInstalls installs() {
        return installs;
    }

    /** The 429s a test asks for (issue 22). */
    public RateLimits rateLimits() {
        return rateLimits;
    }

    /** Why Discord would refuse this call, or null when it takes it. */
    private String refusal(RestCall call) {
        String install = installs.violation(call);
        if (install != null) {
            return install;
        }
        String tooLarge = DiscordLimits.tooLarge(call.files());
        if (tooLarge != null) {
            return DiscordLimits.TOO_LARGE + " Request entity too large: " + tooLarge;
        }
        List<String> fileProblems = DiscordLimits.ofFiles(call.body().has("data") ? call.body().get("data") : call.body(),
                call.files());
        if (!fileProblems.isEmpty()) {
            return "50035 Invalid Form Body: " + fileProblems;
        }
        List<String> problems = List.of();
        if (call.is("POST", "interactions/\\d+/[^/]+/callback")) {
            String id = call.path().split("/")[1];
            if (!answered.add(id)) {
                return "40060 Interaction has already been acknowledged: " + id;
            }
            int type = call.body().path("type").asInt();
            problems = type == 9 ? DiscordLimits.ofModal(call.body().path("data"))
                    : DiscordLimits.ofMessage(call.body().path("data"), true);
        } else if (call.path().startsWith("webhooks/")) {
            String token = call.path().split("/")[2];
            long issued = issuedMillis(token);
            if (issued > 0 && System.currentTimeMillis() - issued > TOKEN_MILLIS) {
                return "50027 Invalid Webhook Token: interaction tokens last 15 minutes";
            }
            if (!call.method().equals("DELETE")) {
                problems = DiscordLimits.ofMessage(call.body(), call.method().equals("PATCH"));
            }
        } else if (call.is("POST", "channels/\\d+/messages")) {
            problems = DiscordLimits.ofMessage(call.body(), false);
        }
        return problems.isEmpty() ? null : "50035 Invalid Form Body: " + problems;
    }

    /** When the interaction a token belongs to was created (the fake's tokens carry its snowflake id), or 0. */
    private static long issuedMillis(String token) {
        if (!token.startsWith("itoken-")) {
            return 0;
        }
        try {
            return (Long.parseLong(token.substring("itoken-".length())) >>> 22) + DISCORD_EPOCH;
        } catch (NumberFormatException notOurs) {
            return 0;
        }
    }

    public List<RestCall> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    public List<RestCall> calls(Predicate<RestCall> which) {
        return calls().stream().filter(which).toList();
    }

    /** Waits (up to 10 s) until at least {@code count} recorded calls match, and returns them. */
    public List<RestCall> await(Predicate<RestCall> which, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        synchronized (calls) {
            while (true) {
                List<RestCall> matching = calls.stream().filter(which).toList();
                if (matching.size() >= count) {
                    return matching;
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " matching REST calls, got " + matching.size()
                            + "; all calls:\n" + String.join("\n", calls.stream().map(RestCall::toString).toList()));
                }
                try {
                    calls.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }
    }

    /** Forgets the calls recorded so far. */
    public void clearCalls() {
        synchronized (calls) {
            calls.clear();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        long received = System.nanoTime();
        String path = exchange.getRequestURI().getPath().replaceFirst("^/api/v\\d+/", "");
        String method = exchange.getRequestMethod();
        JsonNode body;
        List<FormData.Part> files = List.of();
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readAllBytes();
            String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            if (type.startsWith("multipart/form-data")) {
                FormData form = FormData.read(type, bytes);
                FormData.Part payload = form.field("payload_json");
                body = payload == null ? NODES.objectNode() : JSON.readTree(payload.text());
                files = form.files();
            } else {
                body = bytes.length == 0 ? NODES.objectNode() : JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
            }
        }
        RestCall call = new RestCall(method, path, body, received, files);
        if (rateLimits.answer(call, exchange)) {
            exchange.close();
            return;
        }
        String refused = refusal(call);
        if (refused != null) {
            synchronized (violations) {
                violations.add(method + " " + path + ": " + refused);
            }
            try {
                int code = Integer.parseInt(refused.substring(0, 5));
                int status = code == 50027 ? 401 : code == DiscordLimits.TOO_LARGE ? 413 : code == 50001 ? 403 : 400;
                send(exchange, status, NODES.objectNode().put("code", code).put("message", refused));
            } finally {
                exchange.close();
            }
            return;
        }
        onCall.accept(call);
        synchronized (calls) {
            calls.add(call);
            calls.notifyAll();
        }
        try {
            answer(exchange, call);
        } finally {
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange, RestCall call) throws IOException {
        String path = call.path();
        if (call.is("GET", "users/@me")) {
            send(exchange, 200, botUser());
        } else if (call.is("GET", "gateway/bot")) {
            ObjectNode gatewayBot = NODES.objectNode().put("url", gatewayUrl()).put("shards", recommendedShards);
            gatewayBot.putObject("session_start_limit").put("total", 1000).put("remaining", 1000)
                    .put("reset_after", 0).put("max_concurrency", 1);
            send(exchange, 200, gatewayBot);
        } else if (call.is("GET", "gateway")) {
            send(exchange, 200, NODES.objectNode().put("url", gatewayUrl()));
        } else if (call.is("POST", "interactions/\\d+/[^/]+/callback")) {
            send(exchange, 204, null);
        } else if (call.is("PATCH", "webhooks/\\d+/[^/]+/messages/@original")) {
            send(exchange, 200, withFiles(message(nextId(), "0", call.body()), call));
        } else if (call.is("DELETE", "webhooks/\\d+/[^/]+/messages/@original")) {
            send(exchange, 204, null);
        } else if (call.is("POST", "webhooks/\\d+/[^/]+")) {
            send(exchange, 200, withFiles(message(nextId(), "0", call.body()), call));
        } else if (call.is("POST", "users/@me/channels")) {
            String user = call.body().path("recipient_id").asText();
            send(exchange, 200, dmChannel(dmChannelOf(user), user(user, "member" + user)));
        } else if (call.is("GET", "channels/\\d+/messages/\\d+")) {
            JsonNode found = messagesById.get(path.substring(path.lastIndexOf('/') + 1));
            if (found != null && path.startsWith("channels/" + found.path("channel_id").asText() + "/")) {
                send(exchange, 200, found);
            } else {
                send(exchange, 404, NODES.objectNode().put("code", 10008).put("message", "Unknown Message"));
            }
        } else if (call.is("POST", "channels/\\d+/messages")) {
            Matcher m = DM_PATH.matcher(path);
            m.matches();
            java.util.concurrent.atomic.AtomicInteger failures = failing.get(m.group(1));
            String nonceKey = m.group(1) + ":" + call.body().path("nonce").asText("");
            boolean enforced = call.body().path("enforce_nonce").asBoolean(false) && call.body().has("nonce");
            if (failures != null && failures.getAndDecrement() == 0) {
                failing.remove(m.group(1));
                send(exchange, 400, NODES.objectNode().put("code", 0).put("message", "refused once by the test"));
            } else if (enforced && byNonce.containsKey(nonceKey)) {
                send(exchange, 200, byNonce.get(nonceKey));
            } else if (installs.dmRefusal(m.group(1)) != 0) {
                send(exchange, 403, NODES.objectNode().put("code", installs.dmRefusal(m.group(1)))
                        .put("message", "Cannot send messages to this user due to having no mutual guilds"));
            } else if (closedDms.contains(m.group(1))) {
                ObjectNode error = NODES.objectNode().put("code", 50007)
                        .put("message", "Cannot send messages to this user");
                send(exchange, 403, error);
            } else {
                ObjectNode created = withFiles(message(nextId(), m.group(1), call.body()), call);
                if (enforced) {
                    byNonce.put(nonceKey, created);
                }
                synchronized (createdMessages) {
                    createdMessages.add(created);
                }
                messagesById.put(created.path("id").asText(), created);
                send(exchange, 200, created);
            }
        } else if (call.is("PUT", "applications/\\d+/commands") || call.is("PUT", "applications/\\d+/guilds/\\d+/commands")) {
            ArrayNode commands = NODES.arrayNode();
            for (JsonNode command : call.body()) {
                ObjectNode registered = ((ObjectNode) command.deepCopy()).put("id", nextId())
                        .put("application_id", APP_ID).put("version", nextId()).put("type", 1);
                commands.add(registered);
            }
            if (call.is("PUT", "applications/\\d+/commands")) { // integration_types and contexts: global commands only
                installs.registered(commands);
            }
            send(exchange, 200, commands);
        } else {
            LOG.warn("fake Discord: unknown route {} {}", call.method(), path);
            send(exchange, 404, NODES.objectNode().put("code", 0).put("message", "404: Not Found"));
        }
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    public static ObjectNode botUser() {
        return user(BOT_ID, "Rebound").put("bot", true);
    }

    public static ObjectNode user(String id, String name) {
        return NODES.objectNode().put("id", id).put("username", name).put("discriminator", "0")
                .put("global_name", name).putNull("avatar").put("public_flags", 0);
    }

    public static ObjectNode dmChannel(String channelId, ObjectNode recipient) {
        ObjectNode channel = NODES.objectNode().put("id", channelId).put("type", 1);
        channel.putArray("recipients").add(recipient);
        channel.putNull("last_message_id");
        return channel;
    }

    /** A message as Discord returns it, made from what was sent. */
    /** Keeps a message a member sent, so {@code GET channels/{channel}/messages/{id}} finds it as Discord would. */
    public void remember(JsonNode message) {
        messagesById.put(message.path("id").asText(), message);
    }

    public static ObjectNode message(String id, String channelId, JsonNode sent) {
        ObjectNode message = NODES.objectNode().put("id", id).put("channel_id", channelId).put("type", 0)
                .put("content", sent.path("content").asText(""))
                .put("timestamp", Instant.now().toString()).put("tts", false).put("pinned", false)
                .put("mention_everyone", false).put("flags", sent.path("flags").asInt(0));
        message.set("author", botUser());
        message.putArray("mentions");
        message.putArray("mention_roles");
        message.putArray("attachments");
        message.putArray("embeds");
        message.set("components", sent.has("components") ? sent.get("components") : NODES.arrayNode());
        return message;
    }

    /** The message with the files of {@code call} as Discord's attachment objects (id, filename, size, url). */
    private ObjectNode withFiles(ObjectNode message, RestCall call) {
        ArrayNode attachments = message.putArray("attachments");
        for (FormData.Part file : call.files()) {
            String id = nextId();
            attachments.addObject().put("id", id).put("filename", file.filename()).put("size", file.content().length)
                    .put("content_type", file.contentType())
                    .put("url", "https://cdn.discordapp.com/attachments/" + message.path("channel_id").asText() + "/"
                            + id + "/" + file.filename())
                    .put("proxy_url", "https://media.discordapp.net/attachments/" + id + "/" + file.filename());
        }
        return message;
    }

    @Override
    public void close() throws InterruptedException {
        gateway.stopQuietly();
        rest.stop(0);
        restThreads.shutdownNow();
    }
}
