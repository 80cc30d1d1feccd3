package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeSlack;
import rebound.slack.fake.SlackPayloads;

/**
 * The packaged Slack app ({@code slack-adapter-*-app.jar}, the jar {@code ./rebound slack} runs)
 * started as a separate process with the README's variables, in HTTP mode against the fake Slack
 * on loopback: a whole intake to drafts, with the process stopped and started again mid-intake.
 */
@DisplayName("./rebound slack, as shipped")
class SlackAppIT {

    private static final Path JAR = Path.of(System.getProperty("rebound.app.jar"));
    private static final String ANA = "U0ANA";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    private FakeSlack slack;
    private SlackPayloads payloads;
    private Process process;
    private int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        payloads = new SlackPayloads(slack);
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        startProcess();
    }

    private void startProcess() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("stderr.txt").toFile()));
        builder.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("REBOUND_"));
        builder.environment().putAll(Map.of("SLACK_BOT_TOKEN", "xoxb-it-token",
                "SLACK_SIGNING_SECRET", RunningSlackApp.SECRET, "SLACK_PORT", Integer.toString(port),
                "SLACK_BIND", "127.0.0.1", "SLACK_API_URL", slack.apiUrl(),
                "REBOUND_DATA", dir.resolve("data").toString()));
        process = builder.start();
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            assertThat(process.isAlive()).as("the app runs; stderr: %s", stderr()).isTrue();
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + HttpTransport.HEALTH)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            assertThat(Instant.now()).as("started within %s; stderr: %s", WAIT, stderr()).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    /** Stops the process as a service manager would (SIGTERM) and checks it ends cleanly. */
    private void stopProcess() throws Exception {
        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        assertThat(stderr()).doesNotContain("\tat ");
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (process.isAlive()) {
                stopProcess();
            }
        } finally {
            slack.close();
        }
        assertThat(slack.violations()).as("what Slack would have refused").isEmpty();
    }

    private String stderr() {
        try {
            Path file = dir.resolve("stderr.txt");
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private void send(String body) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + HttpTransport.EVENTS))
                .header("Content-Type", RunningSlackApp.contentTypeOf(body))
                .header("X-Slack-Request-Timestamp", Long.toString(now))
                .header("X-Slack-Signature", RunningSlackApp.sign(RunningSlackApp.SECRET, now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("ack of %s", body).isEqualTo(200);
    }

    /** Waits for a message posted to Ana's DM, after the first {@code skip}, that shows {@code expected}. */
    private ApiCall awaitDm(int skip, String expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            List<ApiCall> posted = slack.posted(FakeSlack.dmOf(ANA));
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

    private ApiCall say(String text, String expected) throws Exception {
        int before = slack.posted(FakeSlack.dmOf(ANA)).size();
        send(payloads.eventCallback(payloads.nextId("Ev"), payloads.dmEvent(ANA, text)));
        return awaitDm(before, expected);
    }

    @Test
    @DisplayName("a whole intake to drafts in the DM, restarted mid-intake")
    void wholeIntakeAcrossARestart() throws Exception {
        ApiCall welcome = say("hi", "");
        int before = slack.posted(FakeSlack.dmOf(ANA)).size();
        send(payloads.blockAction(ANA, FakeSlack.dmOf(ANA), false, welcome.blockIdOf("choice:-:start"),
                welcome.element("choice:-:start"), null, null));
        awaitDm(before, "company");
        say("Acme", "role");
        say("Product designer", "How far did you get");

        stopProcess();
        startProcess();

        say("interview", "How did the no come");
        say("they hired someone else", "Who did you meet");
        say("Dana Smith, hiring manager, the move to weekly releases", "Dana");
        say("done", "Who told you");
        say("Dana Smith", "still want it");
        say("yes", "What would help you most");
        say("thank, feedback", "how should the drafts sound");
        say("warm", "Does that look right");
        ApiCall draft = say("yes", "*To:*");
        assertThat(draft.shownText()).contains("Dana Smith", "Acme");
    }
}
