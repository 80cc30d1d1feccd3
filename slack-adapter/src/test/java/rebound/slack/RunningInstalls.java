package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.Settings;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeInstalls;
import rebound.slack.fake.FakeSlack;
import rebound.slack.fake.SlackPayloads;
import rebound.slack.transport.HttpTransport;
import rebound.store.MapDbMemberStore;
import rebound.store.postgres.DatabaseAddress;
import rebound.store.postgres.PostgresMemberStore;

/**
 * The real Bolt app installed in many workspaces (install mode, HTTP on a free port of 127.0.0.1),
 * over a real Rebound on a temp data directory, against a {@link FakeSlack}; requests signed as Slack
 * signs them, each for the workspace the test names.
 */
final class RunningInstalls implements AutoCloseable {

    final FakeSlack slack = new FakeSlack();
    final SlackPayloads payloads = new SlackPayloads(slack);
    final SettableClock clock = SettableClock.at(Instant.parse("2026-11-02T09:00:00Z"));
    final Installer installer;
    final Rebound bot;
    private final SlackApp door;
    private final HttpTransport transport;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private boolean stopped;

    RunningInstalls(Path data) throws Exception {
        this(data, null, null);
    }

    /** On a PostgreSQL database and its key folder instead of the data directory's MapDB file (null: MapDB). */
    RunningInstalls(Path data, DatabaseAddress database, Path keys) throws Exception {
        bot = new Rebound(new Settings(data, null, clock, database, keys),
                database == null ? MapDbMemberStore.open(data) : PostgresMemberStore.open(database, keys),
                PlaybookBundle.load(PlaybookSource.builtIn()));
        door = new SlackApp(new SlackSettings(null, RunningSlackApp.SECRET, null, "127.0.0.1", 0, slack.apiUrl(),
                new InstallSettings(FakeInstalls.CLIENT_ID, FakeInstalls.CLIENT_SECRET, null)), bot, new SettlingExecutor());
        transport = new HttpTransport(door.app(), "127.0.0.1", 0).start();
        installer = new Installer(this::uri, slack);
    }

    /** The app's reminders, as the launcher's loop hands them over. */
    rebound.frontdoor.Messenger messenger() {
        return door.messenger();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + transport.port() + path);
    }

    /** A DM event from {@code user} of {@code team}, as Slack sends it. */
    String dm(String team, String user, String text) {
        return payloads.eventCallback(payloads.nextId("Ev"), payloads.dmEvent(user, text)).replace(FakeSlack.TEAM, team);
    }

    /** Sends a DM and returns the first answer posted to the user's DM after it. */
    ApiCall say(String team, String user, String text) throws Exception {
        int before = slack.posted(FakeSlack.dmOf(user)).size();
        assertThat(send(dm(team, user, text)).statusCode()).isEqualTo(200);
        Instant deadline = Instant.now().plusSeconds(15);
        while (slack.posted(FakeSlack.dmOf(user)).size() <= before) {
            assertThat(Instant.now()).as("an answer to %s; calls: %s", user, slack.calls()).isBefore(deadline);
            Thread.sleep(20);
        }
        return slack.posted(FakeSlack.dmOf(user)).get(before);
    }

    /** Posts {@code body} to /slack/events, signed now, and waits for the work after the ack to settle. */
    HttpResponse<String> send(String body) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        HttpResponse<String> ack = http.send(HttpRequest.newBuilder(uri(HttpTransport.EVENTS))
                .header("Content-Type", RunningSlackApp.contentTypeOf(body))
                .header("X-Slack-Request-Timestamp", Long.toString(now))
                .header("X-Slack-Signature", RunningSlackApp.sign(RunningSlackApp.SECRET, now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        door.drained().join();
        return ack;
    }

    /** Stops the app and the bot (their files closed), as the process would end. */
    void stop() throws Exception {
        if (!stopped) {
            stopped = true;
            transport.close();
            door.close();
            bot.close();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            stop();
        } finally {
            slack.close();
        }
        assertThat(slack.violations()).as("what Slack would have refused").isEmpty();
    }
}
