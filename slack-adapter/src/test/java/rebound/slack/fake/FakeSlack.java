package rebound.slack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A fake Slack Web API on 127.0.0.1 that records every call: {@code auth.test} (the app's bot
 * user is {@link #BOT_USER}), {@code conversations.open} (the DM of user U is {@code D}+U),
 * {@code chat.postMessage}, {@code views.open}, {@code views.publish}, {@code bots.info},
 * {@code apps.connections.open}, {@code users.info} ({@link FakeUsers}), response URLs under
 * {@code /respond/}, and file uploads ({@code files.getUploadURLExternal}, the upload URLs under
 * {@code /upload/}, {@code files.completeUploadExternal}; see {@link FakeFiles}), and the install
 * flow of many workspaces with their own tokens ({@code oauth.v2.access}; see {@link FakeInstalls}).
 *
 * <p>It refuses what Slack refuses, and keeps each such refusal as a {@link #violations() violation}
 * that fails the test: Block Kit beyond its limits ({@link BlockKitLimits}), a sixth post to one
 * {@code response_url} (Slack allows 5 within 30 minutes), and {@code views.open} with a
 * {@code trigger_id} older than 3 seconds or used before. {@code chat.postMessage} is paced as
 * Slack paces it, about one message per second per channel past a short burst
 * ({@link #POST_BURST}): beyond that it answers HTTP 429 with {@code Retry-After: 1} and posts
 * nothing, which is Slack's normal answer and no violation. A test that must see 429s however slowly
 * the machine runs it makes a channel stricter still ({@link #refuseEachPostOnce}).
 */
public final class FakeSlack implements AutoCloseable {

    public static final String TEAM = "T0TEAM";
    public static final String BOT_USER = "UBOT";
    public static final String BOT_ID = "BBOT";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<ApiCall> calls = new ArrayList<>();
    private final AtomicInteger ts = new AtomicInteger();
    private volatile long rateLimitSeconds;
    private volatile String socketModeUrl = "ws://127.0.0.1:1/";
    private volatile boolean recording = true;
    /** Posts Slack takes at once in one channel before pacing it to one a second (a guess within its "short bursts"). */
    public static final int POST_BURST = 4;
    /** How long a trigger_id can open a modal. */
    public static final long TRIGGER_MILLIS = 3000;
    /** Posts one response_url takes. */
    public static final int RESPONSE_URL_POSTS = 5;
    private final List<String> violations = new ArrayList<>();
    private final List<PostAttempt> attempts = new ArrayList<>();
    private final AtomicInteger dropped = new AtomicInteger();
    private final List<java.util.function.Consumer<PostAttempt>> postListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.Queue<Integer> authTestFailures = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.Queue<String> viewsOpenRefusals = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile boolean responseUrlsExpired;
    private final AtomicInteger posts = new AtomicInteger();
    private final AtomicInteger paced = new AtomicInteger();
    private final Map<String, Long> slow = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Long> slowOnce = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, double[]> pace = new java.util.HashMap<>();
    /** Channels that refuse each message once ({@link #refuseEachPostOnce}): when the last 429's Retry-After ends, 0 after a take. */
    private final Map<String, Long> refusingOnce = new java.util.HashMap<>();
    private final Map<String, Integer> responses = new java.util.HashMap<>();
    private final java.util.Set<String> usedTriggers = new java.util.HashSet<>();
    private final FakeUsers users = new FakeUsers();
    private final FakeTokens tokens = new FakeTokens();

    private final FakeFiles files = new FakeFiles(FakeFiles.scopesOf(FakeFiles.manifest()));
    private final FakeInstalls installs = new FakeInstalls(String.join(",", FakeFiles.scopesOf(FakeFiles.manifest())));

    public FakeSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", this::api);
        server.createContext("/respond/", this::respond);
        server.createContext("/upload/", this::upload);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "fake-slack");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    public String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond/" + id;
    }

    /** The workspace's users as users.info gives them: their zones, who is missing, the token's scope. */
    public FakeUsers users() {
        return users;
    }

    /** Bot tokens refused from now on, as after an admin revoked them ({@link FakeTokens}). */
    public FakeTokens tokens() {
        return tokens;
    }

    /** The install flow and the tokens of many workspaces ({@code oauth.v2.access}, revocations; {@link FakeInstalls}). */
    public FakeInstalls installs() {
        return installs;
    }

    public static String dmOf(String user) {
        return "D" + user;
    }

    /** Files shared in a channel with the uploadV2 flow ({@link FakeFiles}), oldest first. */
    public List<FakeFiles.Shared> filesIn(String channel) {
        return files.sharedIn(channel);
    }

    /** The next file uploads answer these HTTP statuses (a 5xx, as Slack's storage in an incident). */
    public void failUploads(int... statuses) {
        files.failUploads(statuses);
    }

    /** Upload URLs expire this long after files.getUploadURLExternal gave them. */
    public void uploadUrlsLast(long millis) {
        files.urlLifetimeMillis = millis;
    }

    /** While set, chat.postMessage answers HTTP 429 with this Retry-After. */
    public void rateLimit(long retryAfterSeconds) {
        rateLimitSeconds = retryAfterSeconds;
    }

    /**
     * The next auth.test calls answer these HTTP statuses, one each, as Slack does in an incident: a
     * 5xx with an HTML page, or 429 with {@code Retry-After: 1}. Later calls answer as usual.
     */
    public void failAuthTest(int... statuses) {
        for (int status : statuses) {
            authTestFailures.add(status);
        }
    }

    /** From now on every response_url answers 404 {@code expired_url}, as Slack does 30 minutes after it was given. */
    public void expireResponseUrls() {
        responseUrlsExpired = true;
    }

    /**
     * The next views.open is refused with this error although the app did nothing wrong, as Slack
     * does under load ({@code expired_trigger_id} for a trigger it took too long to take).
     */
    public void refuseNextViewsOpen(String error) {
        viewsOpenRefusals.add(error);
    }

    /** The next {@code count} chat.postMessage calls lose their connection: no answer at all, as when a network breaks. */
    public void dropPosts(int count) {
        dropped.set(count);
    }

    /** From now on every call of {@code method} takes {@code millis} before Slack answers (a slow Slack). */
    public void slowDown(String method, long millis) {
        slow.put(method, millis);
    }

    /** Only the next call of {@code method} takes {@code millis} before Slack answers (one slow call). */
    public void slowDownNext(String method, long millis) {
        slowOnce.put(method, millis);
    }

    /** Whether calls are kept for {@link #calls()}; a load driver turns it off, as Slack's own work is not ours. */
    public void recording(boolean on) {
        recording = on;
    }

    public void socketModeUrl(String url) {
        socketModeUrl = url;
    }

    /**
     * Time passes (the days until a reminder is due, on the test's clock): every channel may post
     * its burst again, as it could on Slack after a quiet while.
     */
    public void timePasses() {
        synchronized (pace) {
            pace.clear();
        }
    }

    /**
     * From now on Slack refuses each message to {@code channel} once with HTTP 429 and {@code
     * Retry-After: 1}, and refuses it again while that second has not passed; the post after it is
     * taken (if the channel's {@link #POST_BURST} pacing takes it too). Slack may answer any post 429,
     * so this is stricter than its pacing, never more lenient: a test sees a 429 for every message
     * however slowly the machine runs it, where the burst alone refills when turns are slow.
     */
    public void refuseEachPostOnce(String channel) {
        synchronized (pace) {
            refusingOnce.put(channel, 0L);
        }
    }

    /** Everything the fake refused that Slack would have refused too (each with why); empty when all was fine. */
    public List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    private void violation(String what) {
        synchronized (violations) {
            violations.add(what);
        }
    }

    /**
     * A trigger_id as Slack sends it with an interaction, stamped with when it was issued (the fake
     * reads the time back to refuse one older than {@link #TRIGGER_MILLIS}).
     */
    public static String triggerId(long issuedMillis, int n) {
        return issuedMillis + "." + n + ".abcdef";
    }

    public List<ApiCall> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    public List<ApiCall> calls(String method) {
        return calls(c -> c.method().equals(method));
    }

    public List<ApiCall> calls(Predicate<ApiCall> which) {
        return calls().stream().filter(which).toList();
    }

    /** One {@code chat.postMessage} that reached the fake: its channel, the HTTP status it got (429 when paced), and when. */
    public record PostAttempt(String channel, int status, long atMillis) {
    }

    /** Every {@code chat.postMessage} to {@code channel}, taken or refused with 429, oldest first (while recording). */
    public List<PostAttempt> postAttempts(String channel) {
        synchronized (attempts) {
            return attempts.stream().filter(a -> a.channel().equals(channel)).toList();
        }
    }

    /**
     * Calls {@code listener} with every {@code chat.postMessage} as it arrives, taken or answered 429,
     * recording or not, on the fake's own thread before Slack's answer is sent (a load driver times
     * what a member sees by it; the listener must be quick).
     */
    public void onPost(java.util.function.Consumer<PostAttempt> listener) {
        postListeners.add(listener);
    }

    /** How many chat.postMessage calls reached the fake, and how many of them it answered 429 (recording or not). */
    public int[] postsAndRefusals() {
        return new int[] {posts.get(), paced.get()};
    }

    private void attempt(String method, ApiCall call, int status) {
        if (method.equals("chat.postMessage")) {
            posts.incrementAndGet();
            if (status == 429) {
                paced.incrementAndGet();
            }
            if (!postListeners.isEmpty()) {
                PostAttempt arrived = new PostAttempt(String.valueOf(call.param("channel")), status,
                        System.currentTimeMillis());
                postListeners.forEach(listener -> listener.accept(arrived));
            }
        }
        if (recording && method.equals("chat.postMessage")) {
            synchronized (attempts) {
                attempts.add(new PostAttempt(String.valueOf(call.param("channel")), status, System.currentTimeMillis()));
            }
        }
    }

    /** Messages posted to a channel, oldest first. */
    public List<ApiCall> posted(String channel) {
        return calls(c -> c.method().equals("chat.postMessage") && channel.equals(c.param("channel")));
    }

    public ApiCall lastPosted(String channel) {
        List<ApiCall> posted = posted(channel);
        if (posted.isEmpty()) {
            throw new AssertionError("nothing was posted to " + channel + "; calls: " + calls());
        }
        return posted.get(posted.size() - 1);
    }

    public void forgetCalls() {
        synchronized (calls) {
            calls.clear();
        }
    }

    private void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        ApiCall call = read(method, exchange);
        if (method.equals("oauth.v2.access")) {
            record(call);
            ok(exchange, installs.access(call, call.param("Authorization")));
            return;
        }
        String revoked = tokens.refusal(call.param("Authorization"));
        if (revoked != null) {
            record(call);
            ok(exchange, "{\"ok\":false,\"error\":\"" + revoked + "\"}");
            return;
        }
        String denied = installs.refusal(method, call, call.param("Authorization"));
        if (denied != null) {
            record(call);
            ok(exchange, "{\"ok\":false,\"error\":\"" + denied + "\"}");
            return;
        }
        if (method.equals("chat.postMessage") && dropped.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.close();
            return;
        }
        if (method.equals("auth.test")) {
            Integer status = authTestFailures.poll();
            if (status != null) {
                record(call);
                if (status == 429) {
                    exchange.getResponseHeaders().add("Retry-After", "1");
                    send(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
                } else {
                    // what Slack's edge answers in an incident: a status and a page, not the Web API's JSON
                    exchange.getResponseHeaders().add("Content-Type", "text/html");
                    send(exchange, status, "<html><body>Service Unavailable</body></html>");
                }
                return;
            }
        }
        Long once = slowOnce.remove(method);
        long delay = once != null ? once : slow.getOrDefault(method, 0L);
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String refusedBySlack = method.equals("views.open") ? viewsOpenRefusals.poll() : null;
        if (refusedBySlack != null) {
            record(call);
            ok(exchange, "{\"ok\":false,\"error\":\"" + refusedBySlack + "\"}");
            return;
        }
        String refused = refusal(method, call);
        if (refused != null) {
            if (!refused.equals("ratelimited")) {
                violation(method + ": " + refused);
            }
            if (refused.equals("ratelimited")) {
                attempt(method, call, 429);
                exchange.getResponseHeaders().add("Retry-After", "1");
                send(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
            } else {
                ok(exchange, "{\"ok\":false,\"error\":\"" + refused.replaceAll("[^a-z_].*", "") + "\"}");
            }
            return;
        }
        if (method.equals("files.getUploadURLExternal") || method.equals("files.completeUploadExternal")) {
            String refusedFile = files.authRefusal(call);
            String answer = refusedFile != null ? "!" + refusedFile : method.equals("files.getUploadURLExternal")
                    ? files.getUploadUrl(call, "http://127.0.0.1:" + server.getAddress().getPort() + "/upload/")
                    : files.complete(call);
            if (answer.startsWith("!")) {
                violation(method + ": " + answer.substring(1));
                ok(exchange, "{\"ok\":false,\"error\":\"" + answer.substring(1).replaceAll(" .*", "") + "\"}");
            } else {
                record(call);
                ok(exchange, answer);
            }
            return;
        }
        record(call);
        switch (method) {
            case "auth.test" -> ok(exchange, installs.active()
                    ? installs.authTest(call.param("Authorization").substring("Bearer ".length())) : "{\"ok\":true,\"url\":\"https://rebound-test.slack.com/\",\"team\":\"Test\","
                    + "\"user\":\"rebound\",\"team_id\":\"" + TEAM + "\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\""
                    + BOT_ID + "\",\"is_enterprise_install\":false}");
            case "conversations.open" -> {
                files.canPostIn(dmOf(call.param("users")));
                ok(exchange, "{\"ok\":true,\"channel\":{\"id\":\"" + dmOf(call.param("users")) + "\"}}");
            }
            case "chat.postMessage" -> {
                long wait = rateLimitSeconds;
                attempt(method, call, wait > 0 ? 429 : 200);
                if (wait > 0) {
                    exchange.getResponseHeaders().add("Retry-After", Long.toString(wait));
                    send(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
                } else {
                    ok(exchange, "{\"ok\":true,\"channel\":\"" + call.param("channel") + "\",\"ts\":\"1700000000."
                            + String.format("%06d", ts.incrementAndGet()) + "\"}");
                }
            }
            case "views.open", "views.publish" -> ok(exchange, "{\"ok\":true,\"view\":{\"id\":\"V0VIEW\"}}");
            case "bots.info" -> ok(exchange, "{\"ok\":true,\"bot\":{\"id\":\"" + call.param("bot")
                    + "\",\"user_id\":\"U" + call.param("bot") + "\"}}");
            case "apps.connections.open" -> ok(exchange, "{\"ok\":true,\"url\":\"" + socketModeUrl + "\"}");
            case "users.info" -> {
                FakeUsers.Answer answer = users.answer(call.param("user"));
                if (answer.status() == 429) {
                    exchange.getResponseHeaders().add("Retry-After", "1");
                }
                send(exchange, answer.status(), answer.body());
            }
            default -> ok(exchange, "{\"ok\":false,\"error\":\"unknown_method\"}");
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        if (!recording) {
            exchange.getRequestBody().readAllBytes();
            send(exchange, 200, "ok");
            return;
        }
        ApiCall call = read("respond", exchange);
        String path = exchange.getRequestURI().getPath();
        if (responseUrlsExpired) {
            send(exchange, 404, "expired_url"); // Slack's answer 30 minutes on: the app did nothing wrong
            return;
        }
        int used;
        synchronized (responses) {
            used = responses.merge(path, 1, Integer::sum);
        }
        if (used > RESPONSE_URL_POSTS) {
            violation("response_url " + path + " used " + used + " times (Slack takes " + RESPONSE_URL_POSTS + ")");
            send(exchange, 404, "used_url");
            return;
        }
        List<String> limits = BlockKitLimits.ofMessage(call.param("text"), call.jsonParam("blocks"));
        if (!limits.isEmpty()) {
            violation("response_url: invalid_blocks " + limits);
            send(exchange, 400, "invalid_blocks");
            return;
        }
        Map<String, String> params = new LinkedHashMap<>(call.params());
        params.put("path", exchange.getRequestURI().getPath());
        record(new ApiCall("respond", params, call.json()));
        send(exchange, 200, "ok");
    }

    /** The POST of a file's bytes to an upload URL (no token: the URL is the permission). */
    private void upload(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestURI().getPath().substring("/upload/".length());
        String[] answer = files.upload(key, exchange.getRequestBody().readAllBytes());
        if (answer[1].startsWith("!")) {
            violation("upload: " + answer[1].substring(1));
            send(exchange, Integer.parseInt(answer[0]), answer[1].substring(1));
        } else {
            send(exchange, Integer.parseInt(answer[0]), answer[1]);
        }
    }

    /** Why Slack would refuse this call ({@code ratelimited} for pacing), or null when it takes it. */
    private String refusal(String method, ApiCall call) {
        switch (method) {
            case "chat.postMessage" -> {
                List<String> limits = BlockKitLimits.ofMessage(call.param("text"), call.jsonParam("blocks"));
                if (!limits.isEmpty()) {
                    return "invalid_blocks " + limits;
                }
                if (rateLimitSeconds == 0 && (refusedOnce(String.valueOf(call.param("channel")))
                        || !takesPost(String.valueOf(call.param("channel"))))) {
                    return "ratelimited";
                }
            }
            case "views.open", "views.publish" -> {
                List<String> limits = BlockKitLimits.ofView(call.jsonParam("view"));
                if (!limits.isEmpty()) {
                    return "invalid_arguments " + limits;
                }
                if (method.equals("views.open")) {
                    return triggerRefusal(String.valueOf(call.param("trigger_id")));
                }
            }
            default -> {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether a channel of {@link #refuseEachPostOnce} refuses this post: a post after a taken one
     * (its first try), or one before the last refusal's Retry-After ended. Times are the fake's own
     * clock, the one {@link PostAttempt#atMillis()} is read from.
     */
    private boolean refusedOnce(String channel) {
        long now = System.currentTimeMillis();
        synchronized (pace) {
            Long until = refusingOnce.get(channel);
            if (until == null) {
                return false;
            }
            if (until == 0 || now < until) {
                refusingOnce.put(channel, now + 1000);
                return true;
            }
            refusingOnce.put(channel, 0L);
            return false;
        }
    }

    /** A token bucket per channel: {@link #POST_BURST} at once, refilled at one a second. */
    private boolean takesPost(String channel) {
        long now = System.nanoTime();
        synchronized (pace) {
            double[] bucket = pace.computeIfAbsent(channel, c -> new double[] {POST_BURST, now});
            bucket[0] = Math.min(POST_BURST, bucket[0] + (now - bucket[1]) / 1e9);
            bucket[1] = now;
            if (bucket[0] >= 1) {
                bucket[0] -= 1;
                return true;
            }
            return false;
        }
    }

    private String triggerRefusal(String triggerId) {
        synchronized (usedTriggers) {
            if (!usedTriggers.add(triggerId)) {
                return "trigger_exchanged " + triggerId + " was used before";
            }
        }
        long issued;
        try {
            issued = Long.parseLong(triggerId.substring(0, triggerId.indexOf('.')));
        } catch (RuntimeException notStamped) {
            return null; // a trigger_id a test wrote by hand
        }
        long age = System.currentTimeMillis() - issued;
        return age > TRIGGER_MILLIS ? "expired_trigger_id " + triggerId + " is " + age + " ms old" : null;
    }

    private void record(ApiCall call) {
        if (!recording) {
            return;
        }
        synchronized (calls) {
            calls.add(call);
        }
    }

    private static ApiCall read(String method, HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode json = MissingNode.getInstance();
        if (type.contains("json")) {
            json = JSON.readTree(body);
        } else if (!body.isEmpty()) {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.put(key, value);
            }
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null) {
            params.put("Authorization", authorization);
        }
        return new ApiCall(method, params, json);
    }

    private static void ok(HttpExchange exchange, String json) throws IOException {
        send(exchange, 200, json);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
