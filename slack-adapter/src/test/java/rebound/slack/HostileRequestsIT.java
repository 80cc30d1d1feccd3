package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import rebound.slack.fake.FakeSlack;
import rebound.slack.transport.HttpTransport;

/**
 * The packaged Slack app attacked as an attacker would, on loopback only, in bounded counts (issue
 * 20, "refused before parsed"): thousands of unsigned and of signed but malformed requests, and
 * bodies of 10 MB at once, against a process with a 256 MB heap. No answer is a 5xx, names an
 * exception, a class or a server version; memory stays bounded; a refusal costs one short log line
 * at most; and a member's real DM is still answered afterwards.
 */
@DisplayName("./rebound slack, attacked on loopback")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileRequestsIT {

    private static final String ANA = "U0ANA";
    private static final int UNSIGNED = 2500;
    private static final int SIGNED = 2500;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The status of an answer never read: the server closed the connection first. */
    private static final int CLOSED = 0;
    private static final String OVER_HEADER_CAP = "unsigned, headers over the cap: ";
    private static final List<String> TELLTALES = List.of("exception", "jetty", "java.", "caused by", "\tat ",
            "stack", "servlet", "bolt", "gson", "jackson", "<html");

    private ShippedSlackApp app;
    private final Random random = new Random(20261206);
    private final ExecutorService senders = Executors.newFixedThreadPool(4);

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        app = new ShippedSlackApp(dir, "-Xmx256m").start();
    }

    @AfterAll
    void stop() throws Exception {
        senders.shutdownNow();
        app.close();
    }

    @Test
    @Order(1)
    @DisplayName("unsigned requests of every shape get a plain 4xx, no version, and one short log line at most")
    void unsignedRefusedPlainly() throws Exception {
        int logBefore = app.stderr().length();
        List<Callable<Answer>> requests = new ArrayList<>();
        for (int i = 0; i < UNSIGNED; i++) {
            requests.add(unsigned(i));
        }
        List<Answer> answers = sendAll(requests);

        assertThat(answers).allSatisfy(a -> {
            if (a.status == CLOSED) {
                assertThat(a.what).as("only a request over the header cap may find its connection closed")
                        .startsWith(OVER_HEADER_CAP);
            } else if (a.what.startsWith(OVER_HEADER_CAP)) {
                assertThat(a.status).as("%s", a.what).isEqualTo(431);
            } else {
                assertThat(a.status).as("%s", a.what).isBetween(400, 499);
            }
            assertPlain(a);
        });
        assertThat(answers).as("requests over the header cap answered 431")
                .anySatisfy(a -> assertThat(a.status).isEqualTo(431));
        String log = app.stderr().substring(logBefore);
        assertThat(log).doesNotContain("\tat ", "Exception");
        assertThat(log.lines().count()).as("log lines for %d refusals", UNSIGNED).isLessThanOrEqualTo(UNSIGNED);
        assertThat(log.lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(200));
        assertThat(app.alive()).isTrue();
    }

    @Test
    @Order(2)
    @DisplayName("signed but malformed requests are never a 5xx nor named, and change nothing for members")
    void signedMalformedNever5xx() throws Exception {
        List<Callable<Answer>> requests = new ArrayList<>();
        List<Supplier<String>> sources = realPayloads();
        for (int i = 0; i < SIGNED; i++) {
            String body = mangle(sources.get(i % sources.size()).get(), i);
            requests.add(() -> {
                HttpResponse<String> r = app.sendSigned(body);
                return new Answer("signed " + abbreviate(body), r);
            });
        }
        List<Answer> answers = sendAll(requests);

        assertThat(answers).allSatisfy(a -> {
            assertThat(a.status).as("%s", a.what).isLessThan(500);
            assertPlain(a);
        });
        assertThat(app.stderr()).doesNotContain("\tat ");
        assertThat(app.alive()).isTrue();
        assertThat(app.say(ANA, "hi", "")).isNotNull();
    }

    @Test
    @Order(3)
    @DisplayName("32 bodies of 10 MB at once, declared or chunked, are refused without exhausting memory")
    void hugeBodiesBounded() throws Exception {
        long before = residentBytes();
        List<Callable<Answer>> requests = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            boolean chunked = i % 2 == 1;
            boolean signedHeaders = i % 4 < 2;
            requests.add(() -> huge(chunked, signedHeaders));
        }
        ExecutorService wide = Executors.newFixedThreadPool(32);
        try {
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : wide.invokeAll(requests, 2, TimeUnit.MINUTES)) {
                answers.add(f.get());
            }
            assertThat(answers).allSatisfy(a -> {
                if (a.status != CLOSED) {
                    assertThat(a.status).as("%s", a.what).isEqualTo(413);
                    assertPlain(a);
                }
            });
        } finally {
            wide.shutdownNow();
        }
        assertThat(app.alive()).isTrue();
        assertThat(app.stderr()).doesNotContain("OutOfMemoryError");
        long after = residentBytes();
        assertThat(after - before).as("growth of the resident set, bytes").isLessThan(256L * 1024 * 1024);
        assertThat(app.say(ANA, "Acme", "")).isNotNull();
    }

    @Test
    @Order(4)
    @DisplayName("TRACE echoes nothing, other paths and methods get a plain 404 or 405")
    void otherMethodsAndPaths() throws Exception {
        for (String method : List.of("TRACE", "PUT", "DELETE", "OPTIONS", "GET", "PATCH")) {
            for (String path : List.of(HttpTransport.EVENTS, HttpTransport.HEALTH, "/", "/admin", "/slack/events/x")) {
                if (method.equals("GET") && path.equals(HttpTransport.HEALTH)) {
                    continue;
                }
                HttpResponse<String> r = app.http.send(HttpRequest.newBuilder(app.uri(path))
                        .header("X-Secret-Probe", "echo-me-please")
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                Answer a = new Answer(method + " " + path, r);
                assertThat(a.status).as(a.what).isIn(404, 405);
                assertThat(a.body).as(a.what).doesNotContain("echo-me-please", "X-Secret-Probe");
                assertPlain(a);
            }
        }
    }

    private Callable<Answer> unsigned(int i) {
        String real = app.payloads.eventCallback(app.payloads.nextId("Ev"), app.payloads.dmEvent(ANA, "Evil Corp"));
        long now = System.currentTimeMillis() / 1000;
        String[] timestamps = {null, "", "abc", "-1", "99999999999999999999", Long.toString(now), "1e9", " " + now};
        String[] signatures = {null, "", "v0=", "v0=zz", "v1=" + "0".repeat(64),
                RunningSlackApp.sign("wrong-secret", now, real), "v0=" + "a".repeat(10_000)};
        String[] contentTypes = {"application/json", "application/x-www-form-urlencoded", "text/plain",
                "multipart/form-data; boundary=x", "application/json; charset=utf-16"};
        String body = switch (i % 6) {
            case 0 -> real;
            case 1 -> randomText(random.nextInt(3000));
            case 2 -> "payload=" + randomText(random.nextInt(500));
            case 3 -> "{" + "\"a\":{".repeat(random.nextInt(5000)) ;
            case 4 -> "command=/rejected&text=forget&team_id=&user_id=";
            default -> "";
        };
        String timestamp = timestamps[random.nextInt(timestamps.length)];
        String signature = signatures[random.nextInt(signatures.length)];
        String contentType = contentTypes[random.nextInt(contentTypes.length)];
        return () -> {
            HttpRequest.Builder b = HttpRequest.newBuilder(app.uri(HttpTransport.EVENTS))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (timestamp != null) {
                b.header("X-Slack-Request-Timestamp", timestamp);
            }
            if (signature != null) {
                b.header("X-Slack-Signature", signature);
            }
            boolean overHeaderCap = signature != null && signature.length() > HttpTransport.MAX_HEADER_BYTES;
            String what = (overHeaderCap ? OVER_HEADER_CAP : "unsigned ") + abbreviate(body);
            try {
                return new Answer(what, app.http.send(b.build(), HttpResponse.BodyHandlers.ofString()));
            } catch (IOException closedBeforeAnswerRead) {
                if (!overHeaderCap) {
                    throw closedBeforeAnswerRead;
                }
                // Refused unread: the 431 can be lost when the server closes while the body is still coming.
                return new Answer(what, CLOSED, "", List.of());
            }
        };
    }

    /** Payloads as Slack sends them (the fake's, shaped on Slack's documentation), to be broken. */
    private List<Supplier<String>> realPayloads() {
        var p = app.payloads;
        String dm = FakeSlack.dmOf(ANA);
        return List.of(
                () -> p.eventCallback(p.nextId("Ev"), p.dmEvent(ANA, "Acme")),
                () -> p.slashCommand(ANA, dm, "list"),
                () -> p.homeOpened(p.nextId("Ev"), ANA),
                () -> p.urlVerification("challenge-" + random.nextInt()),
                () -> "payload=" + URLEncoder.encode("{\"type\":\"block_actions\",\"team\":{\"id\":\"" + FakeSlack.TEAM
                        + "\"},\"user\":{\"id\":\"" + ANA + "\"},\"actions\":[{\"action_id\":\"choice:-:start\","
                        + "\"block_id\":\"b\",\"value\":\"start\",\"type\":\"button\"}],"
                        + "\"channel\":{\"id\":\"" + dm + "\"},\"container\":{\"type\":\"message\"}}", StandardCharsets.UTF_8),
                () -> "payload=" + URLEncoder.encode("{\"type\":\"view_submission\",\"team\":{\"id\":\"" + FakeSlack.TEAM
                        + "\"},\"user\":{\"id\":\"" + ANA + "\"},\"view\":{\"callback_id\":\"contact\","
                        + "\"private_metadata\":\"x\",\"state\":{\"values\":{}}}}", StandardCharsets.UTF_8));
    }

    /** One of many ways to break a real payload: a field gone, a wrong type, cut short, noise. */
    private String mangle(String body, int i) throws IOException {
        int way = i % 9;
        if (body.startsWith("{")) {
            JsonNode tree = JSON.readTree(body);
            switch (way) {
                case 0 -> removeRandomField(tree);
                case 1 -> replaceRandomField(tree, JSON.getNodeFactory().numberNode(random.nextInt()));
                case 2 -> replaceRandomField(tree, JSON.getNodeFactory().arrayNode().add("x"));
                case 3 -> replaceRandomField(tree, JSON.getNodeFactory().nullNode());
                case 4 -> replaceRandomField(tree, JSON.getNodeFactory().objectNode());
                default -> {
                    // keep the tree
                }
            }
            String text = tree.toString();
            return switch (way) {
                case 5 -> text.substring(0, random.nextInt(text.length()));
                case 6 -> "[" + text + "]";
                case 7 -> "[".repeat(20_000) + "]".repeat(20_000);
                case 8 -> randomText(200 + random.nextInt(2000));
                default -> text;
            };
        }
        return switch (way) {
            case 0 -> dropParameter(body, "team_id");
            case 1 -> dropParameter(body, "user_id");
            case 2 -> dropParameter(body, "command");
            case 3 -> body.replace("payload=%7B", "payload=%5B");
            case 4 -> body + "&payload=%ZZ";
            case 5 -> body.substring(0, random.nextInt(body.length()));
            case 6 -> "payload=" + URLEncoder.encode("{\"type\":\"block_actions\"}", StandardCharsets.UTF_8);
            case 7 -> "payload=" + URLEncoder.encode("{\"type\":\"view_submission\",\"view\":null}", StandardCharsets.UTF_8);
            default -> randomText(random.nextInt(1000));
        };
    }

    private void removeRandomField(JsonNode tree) {
        List<ObjectNode> objects = objects(tree);
        ObjectNode o = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        if (!names.isEmpty()) {
            o.remove(names.get(random.nextInt(names.size())));
        }
    }

    private void replaceRandomField(JsonNode tree, JsonNode value) {
        List<ObjectNode> objects = objects(tree);
        ObjectNode o = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        if (!names.isEmpty()) {
            o.set(names.get(random.nextInt(names.size())), value);
        }
    }

    private static List<ObjectNode> objects(JsonNode node) {
        List<ObjectNode> found = new ArrayList<>();
        if (node instanceof ObjectNode o) {
            found.add(o);
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            found.addAll(objects(it.next()));
        }
        return found;
    }

    private static String dropParameter(String form, String name) {
        return java.util.Arrays.stream(form.split("&"))
                .filter(pair -> !URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8).equals(name))
                .collect(Collectors.joining("&"));
    }

    private Answer huge(boolean chunked, boolean signedHeaders) {
        long size = 10L * 1024 * 1024;
        HttpRequest.BodyPublisher body = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(size))
                : HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(size)), size);
        long now = System.currentTimeMillis() / 1000;
        HttpRequest.Builder b = HttpRequest.newBuilder(app.uri(HttpTransport.EVENTS)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(body);
        if (signedHeaders) {
            b.header("X-Slack-Request-Timestamp", Long.toString(now)).header("X-Slack-Signature", "v0=" + "0".repeat(64));
        }
        try {
            return new Answer((chunked ? "chunked" : "declared") + " 10 MB",
                    app.http.send(b.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException | InterruptedException refusedMidBody) {
            // The server may answer 413 and close the connection before the client has sent it all.
            return new Answer("10 MB, connection closed by the server", CLOSED, "", List.of());
        }
    }

    private List<Answer> sendAll(List<Callable<Answer>> requests) throws Exception {
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> f : senders.invokeAll(requests, 3, TimeUnit.MINUTES)) {
            answers.add(f.get());
        }
        return answers;
    }

    private static void assertPlain(Answer a) {
        String lower = a.body.toLowerCase(java.util.Locale.ROOT);
        assertThat(TELLTALES).as("%s answered %s", a.what, a.body).noneMatch(lower::contains);
        assertThat(a.server).as("%s: Server header", a.what).noneMatch(s -> s.matches(".*\\d.*") || s.toLowerCase().contains("jetty"));
    }

    private String randomText(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) (random.nextInt(4) == 0 ? random.nextInt(0xD7FF) : 32 + random.nextInt(95)));
        }
        return s.toString();
    }

    private static String abbreviate(String body) {
        return body.length() <= 120 ? body : body.substring(0, 120) + "...";
    }

    private long residentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(app.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for " + app.pid());
    }

    private record Answer(String what, int status, String body, List<String> server) {
        Answer(String what, HttpResponse<String> r) {
            this(what, r.statusCode(), r.body(), r.headers().allValues("Server"));
        }
    }

    /** {@code size} zero bytes, made as they are read. */
    private static final class Zeros extends InputStream {
        private long left;

        Zeros(long size) {
            left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? '0' : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) '0');
            left -= n;
            return n;
        }
    }
}
