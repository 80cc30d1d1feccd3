package rebound.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.Settings;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeSlack;
import rebound.slack.fake.SlackPayloads;
import rebound.slack.transport.HttpTransport;
import rebound.store.FailingStore;
import rebound.store.MapDbMemberStore;

/**
 * The real Bolt app in HTTP mode on 127.0.0.1 (a free port), backed by a real Rebound on a temp
 * data dir and talking to a {@link FakeSlack}. Requests are signed as Slack signs them.
 */
final class RunningSlackApp implements AutoCloseable {

    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String ANA = "U0ANA";
    static final String BEN = "U0BEN";
    private static final ObjectMapper JSON = new ObjectMapper();

    final FakeSlack slack;
    final SlackPayloads payloads;
    final SettableClock clock;
    private final Path data;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Rebound bot;
    SlackApp door;
    private HttpTransport transport;
    private SettlingExecutor workers;
    private FailingStore store;

    RunningSlackApp(Path data) throws Exception {
        this(data, SettableClock.at(Instant.parse("2026-11-02T09:00:00Z")));
    }

    /** The app on {@code data}, its bot on {@code clock}. */
    RunningSlackApp(Path data, SettableClock clock) throws Exception {
        this.data = data;
        this.clock = clock;
        slack = new FakeSlack();
        payloads = new SlackPayloads(slack);
        start();
    }

    private void start() throws Exception {
        store = new FailingStore(MapDbMemberStore.open(data));
        bot = new Rebound(new Settings(data, null, clock), store, PlaybookBundle.load(PlaybookSource.builtIn()));
        workers = new SettlingExecutor();
        door = new SlackApp(new SlackSettings("xoxb-test-token", SECRET, null, "127.0.0.1", 0,
                slack.apiUrl()), bot, workers);
        transport = new HttpTransport(door.app(), "127.0.0.1", 0).start();
    }

    /** Keeps every worker busy for {@code busy}, as a loaded app would be: turns queued now wait that long to start. */
    void occupyWorkers(java.time.Duration busy) {
        for (int i = 0; i < workers.getMaximumPoolSize(); i++) {
            workers.execute(() -> {
                try {
                    Thread.sleep(busy.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    /** Every turn from now on fails with an unexpected error, as a bug in a turn would. */
    void breakCore() {
        store.fail();
    }

    /** Turns work again after {@link #breakCore()}. */
    void healCore() {
        store.heal();
    }

    /** Stops the app and the bot (as a process would end) and starts new ones on the same data dir. */
    void restart() throws Exception {
        stopApp();
        start();
    }

    URI events() {
        return URI.create("http://127.0.0.1:" + transport.port() + HttpTransport.EVENTS);
    }

    URI health() {
        return URI.create("http://127.0.0.1:" + transport.port() + HttpTransport.HEALTH);
    }

    static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String contentTypeOf(String body) {
        return body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded";
    }

    /** Sends the body byte for byte as signed now, then waits for the work after the ack. */
    HttpResponse<String> send(String body) {
        return send(body, Map.of());
    }

    HttpResponse<String> send(String body, Map<String, String> headers) {
        long now = System.currentTimeMillis() / 1000;
        return sendRaw(body, Long.toString(now), sign(SECRET, now, body), headers);
    }

    /** Sends the body signed now and returns at the ack, without waiting for the work after it. */
    HttpResponse<String> sendWithoutWaiting(String body) {
        long now = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(events()).header("Content-Type", contentTypeOf(body))
                .header("X-Slack-Request-Timestamp", Long.toString(now)).header("X-Slack-Signature", sign(SECRET, now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Sends with whatever timestamp and signature the test chooses (null leaves a header out). */
    HttpResponse<String> sendRaw(String body, String timestamp, String signature, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(events())
                .header("Content-Type", contentTypeOf(body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (timestamp != null) {
            request.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            settle();
            return response;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Keeps {@code state} as the stored state of Slack user {@code user}, as if they had built it. */
    void keep(String user, rebound.member.MemberState state) {
        store.update((Members.key(FakeSlack.TEAM, user)).key(), before -> rebound.store.Change.keep(state, null));
    }

    /** Waits until the work the app does after its acks is finished. */
    void settle() {
        do {
            workers.settle();
            door.drained().join();
        } while (workers.getActiveCount() > 0 || !workers.getQueue().isEmpty());
    }

    /**
     * {@code /rejected <text>} typed in {@code channel}; the ack must be an empty 200 (the work comes
     * after it). Returns the first answer sent to the command's {@code response_url}, or a missing
     * node when none was sent.
     */
    JsonNode command(String user, String channel, String text) {
        String body = payloads.slashCommand(user, channel, text);
        String responseUrl = java.net.URLDecoder.decode(body.replaceAll(".*response_url=([^&]*).*", "$1"),
                StandardCharsets.UTF_8);
        HttpResponse<String> response = send(body);
        if (response.statusCode() != 200 || !response.body().isEmpty()) {
            throw new AssertionError("/rejected got HTTP " + response.statusCode() + ": " + response.body());
        }
        String path = URI.create(responseUrl).getPath();
        return slack.calls(c -> c.method().equals("respond") && path.equals(c.param("path"))).stream()
                .map(ApiCall::json).findFirst().orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    /** The member types in the app's DM; returns the last message the app posted there. */
    ApiCall dm(String user, String text) {
        HttpResponse<String> response = send(payloads.eventCallback(payloads.nextId("Ev"), payloads.dmEvent(user, text)));
        if (response.statusCode() != 200) {
            throw new AssertionError("the DM got HTTP " + response.statusCode() + ": " + response.body());
        }
        return slack.lastPosted(FakeSlack.dmOf(user));
    }

    /** The member says hello in the DM and presses the welcome's start button; returns the first question. */
    ApiCall startIntake(String user) {
        ApiCall welcome = dm(user, "hi");
        press(user, welcome, "choice:-:start");
        return slack.lastPosted(FakeSlack.dmOf(user));
    }

    /** Presses the button (action_id starting with the prefix) on a message posted to the user's DM. */
    HttpResponse<String> press(String user, ApiCall message, String actionIdPrefix) {
        JsonNode element = message.element(actionIdPrefix);
        if (element.isMissingNode()) {
            throw new AssertionError("no element " + actionIdPrefix + " in " + message.blocks());
        }
        String channel = message.param("channel");
        return send(payloads.blockAction(user, channel, false, message.blockIdOf(actionIdPrefix), element, null, null));
    }

    /** Picks the entry whose value (what the core gets) is {@code value} in a select menu. */
    HttpResponse<String> select(String user, ApiCall message, String actionIdPrefix, String value) {
        JsonNode element = message.element(actionIdPrefix);
        for (JsonNode option : element.path("options")) {
            if (option.path("value").asText().equals(value)) {
                return send(payloads.blockAction(user, message.param("channel"), false,
                        message.blockIdOf(actionIdPrefix), element, (ObjectNode) option, null));
            }
        }
        throw new AssertionError("no option " + value + " in " + element);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    List<ApiCall> dms(String user) {
        return slack.posted(FakeSlack.dmOf(user));
    }

    private void stopApp() throws Exception {
        transport.close();
        door.close();
        bot.close();
    }

    @Override
    public void close() throws Exception {
        try {
            stopApp();
        } finally {
            slack.close();
        }
        if (!slack.violations().isEmpty()) {
            throw new AssertionError("Slack would have refused: " + String.join("\n", slack.violations()));
        }
    }
}
