package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeSlack;
import rebound.slack.fake.SlackPayloads;
import rebound.slack.transport.HttpTransport;

/**
 * The packaged Slack app ({@code slack-adapter-*-app.jar}, the jar {@code ./rebound slack} runs) as
 * a separate process with the README's variables, in HTTP mode against a fake Slack on loopback.
 */
final class ShippedSlackApp implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);

    final FakeSlack slack = new FakeSlack();
    final SlackPayloads payloads = new SlackPayloads(slack);
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Path dir;
    private final Function<Set<String>, List<String>> command;
    private final Map<String, String> variables;
    private final int port;
    private Process process;

    /**
     * The app jar run by this test's Java.
     *
     * @param dir where the data directory and the process's stderr go
     * @param jvmOptions options for the JVM before {@code -jar} ({@code -Xmx256m}, say)
     */
    ShippedSlackApp(Path dir, String... jvmOptions) throws IOException {
        this(dir, java(jvmOptions), Map.of());
    }

    /** The command that runs the app jar with this test's Java and these JVM options. */
    static Function<Set<String>, List<String>> java(String... jvmOptions) {
        return names -> {
            List<String> java = new ArrayList<>();
            java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            java.addAll(List.of(jvmOptions));
            java.addAll(List.of("-jar", System.getProperty("rebound.app.jar")));
            return java;
        };
    }

    /** GETs {@code path} on 127.0.0.1 at this port (a probe, say). */
    HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The app started by any command (a container, say).
     *
     * @param command the command line, given the names of the variables set for it (a container
     *     passes them on with {@code -e NAME})
     * @param overrides variables that replace or add to the README's ones set here
     */
    ShippedSlackApp(Path dir, Function<Set<String>, List<String>> command, Map<String, String> overrides)
            throws IOException {
        this.dir = dir;
        this.command = command;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Map<String, String> env = new TreeMap<>(Map.of("SLACK_BOT_TOKEN", "xoxb-it-token",
                "SLACK_SIGNING_SECRET", RunningSlackApp.SECRET, "SLACK_PORT", Integer.toString(port),
                "SLACK_BIND", "127.0.0.1", "SLACK_API_URL", slack.apiUrl(),
                "REBOUND_DATA", dir.resolve("data").toString()));
        env.putAll(overrides);
        variables = Map.copyOf(env);
    }

    /** Starts the process and waits until {@code /health} answers. */
    ShippedSlackApp start() throws Exception {
        return start(uri(HttpTransport.HEALTH));
    }

    /** Starts the process and waits until {@code answering} says 200 (Socket Mode has no {@code /health}: a probe). */
    ShippedSlackApp start(URI answering) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command.apply(variables.keySet()))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("stdout.txt").toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("stderr.txt").toFile()));
        builder.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("REBOUND_"));
        builder.environment().putAll(variables);
        process = builder.start();
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            assertThat(process.isAlive()).as("the app runs; stderr: %s", stderr()).isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(answering).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            assertThat(Instant.now()).as("started within %s; stderr: %s", WAIT, stderr()).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    /** Stops the process as a service manager would (SIGTERM) and checks it ends without a stack trace. */
    void stop() throws Exception {
        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        assertThat(process.exitValue()).as("exit code of a normal stop; stderr: %s", stderr()).isZero();
        assertThat(stderr()).doesNotContain("\tat ");
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    String stderr() {
        try {
            Path file = dir.resolve("stderr.txt");
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Posts the body to {@code /slack/events}, signed now with the app's secret. */
    HttpResponse<String> sendSigned(String body) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        return http.send(HttpRequest.newBuilder(uri(HttpTransport.EVENTS))
                .header("Content-Type", RunningSlackApp.contentTypeOf(body))
                .header("X-Slack-Request-Timestamp", Long.toString(now))
                .header("X-Slack-Signature", RunningSlackApp.sign(RunningSlackApp.SECRET, now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a DM from {@code user} and waits for the answer that shows {@code expected}. */
    ApiCall say(String user, String text, String expected) throws Exception {
        int before = slack.posted(FakeSlack.dmOf(user)).size();
        HttpResponse<String> ack = sendSigned(payloads.eventCallback(payloads.nextId("Ev"), payloads.dmEvent(user, text)));
        assertThat(ack.statusCode()).as("ack of %s", text).isEqualTo(200);
        return awaitDm(user, before, expected);
    }

    /** Waits for a message posted to the user's DM, after the first {@code skip}, that shows {@code expected}. */
    ApiCall awaitDm(String user, int skip, String expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            List<ApiCall> posted = slack.posted(FakeSlack.dmOf(user));
            for (ApiCall call : posted.subList(Math.min(skip, posted.size()), posted.size())) {
                if (call.shownText().contains(expected)) {
                    return call;
                }
            }
            assertThat(Instant.now()).as("a DM showing \"%s\"; DMs: %s; stderr: %s", expected, posted, stderr())
                    .isBefore(deadline);
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            if (process != null && process.isAlive()) {
                stop();
            }
        } finally {
            slack.close();
        }
        assertThat(slack.violations()).as("what Slack would have refused").isEmpty();
    }
}
