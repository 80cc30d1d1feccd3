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
 * {@code chat.postMessage} (or HTTP 429 with {@code Retry-After} while rate limited),
 * {@code views.open}, {@code views.publish}, {@code bots.info}, {@code apps.connections.open}, and
 * response URLs under {@code /respond/}.
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

    public FakeSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", this::api);
        server.createContext("/respond/", this::respond);
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

    public static String dmOf(String user) {
        return "D" + user;
    }

    /** While set, chat.postMessage answers HTTP 429 with this Retry-After. */
    public void rateLimit(long retryAfterSeconds) {
        rateLimitSeconds = retryAfterSeconds;
    }

    /** Whether calls are kept for {@link #calls()}; a load driver turns it off, as Slack's own work is not ours. */
    public void recording(boolean on) {
        recording = on;
    }

    public void socketModeUrl(String url) {
        socketModeUrl = url;
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
        record(call);
        switch (method) {
            case "auth.test" -> ok(exchange, "{\"ok\":true,\"url\":\"https://rebound-test.slack.com/\",\"team\":\"Test\","
                    + "\"user\":\"rebound\",\"team_id\":\"" + TEAM + "\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\""
                    + BOT_ID + "\",\"is_enterprise_install\":false}");
            case "conversations.open" -> ok(exchange, "{\"ok\":true,\"channel\":{\"id\":\"" + dmOf(call.param("users"))
                    + "\"}}");
            case "chat.postMessage" -> {
                long wait = rateLimitSeconds;
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
        Map<String, String> params = new LinkedHashMap<>(call.params());
        params.put("path", exchange.getRequestURI().getPath());
        record(new ApiCall("respond", params, call.json()));
        send(exchange, 200, "ok");
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
