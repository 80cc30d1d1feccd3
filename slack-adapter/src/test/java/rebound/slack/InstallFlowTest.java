package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.Settings;
import rebound.frontdoor.DoorWords;
import rebound.playbook.PlaybookBundle;
import rebound.script.PlaybookSource;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeInstalls;
import rebound.slack.fake.FakeSlack;
import rebound.slack.fake.SlackPayloads;
import rebound.store.InstallationFile;
import rebound.store.MapDbMemberStore;

/**
 * Installed in many workspaces through Slack's OAuth flow (issue 20, "many workspaces"): the install
 * pages, the state that guards them, the installation kept sealed in the data directory, each
 * workspace answered with its own token, and token rotation.
 */
@DisplayName("Slack, installed through the OAuth flow")
class InstallFlowTest {

    private static final String ACME = "T0ACME";
    private static final String ANA = "U0ANA";

    @TempDir
    Path data;
    private final SettableClock clock = SettableClock.at(Instant.parse("2026-11-02T09:00:00Z"));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private FakeSlack slack;
    private SlackPayloads payloads;
    private Rebound bot;
    private SlackApp door;
    private HttpTransport transport;
    private Installer installer;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        payloads = new SlackPayloads(slack);
        bot = new Rebound(new Settings(data, null, clock), MapDbMemberStore.open(data),
                PlaybookBundle.load(PlaybookSource.builtIn()));
        door = new SlackApp(new SlackSettings(null, RunningSlackApp.SECRET, null, "127.0.0.1", 0, slack.apiUrl(),
                new InstallSettings(FakeInstalls.CLIENT_ID, FakeInstalls.CLIENT_SECRET, null)), bot, new SettlingExecutor());
        transport = new HttpTransport(door.app(), "127.0.0.1", 0).start();
        installer = new Installer(path -> URI.create("http://127.0.0.1:" + transport.port() + path), slack);
        slack.installs().people(ACME, ANA);
    }

    @AfterEach
    void stop() throws Exception {
        if (transport != null) {
            transport.close();
            door.close();
            bot.close();
        }
        slack.close();
        assertThat(slack.violations()).as("what Slack would have refused").isEmpty();
    }

    @Test
    @DisplayName("/slack/install sends the installer to Slack with the manifest's scopes and a state; the redirect "
            + "exchanges the code, and the workspace's members are answered with its token")
    void installs() throws Exception {
        Installer.Started started = installer.start();
        assertThat(started.authorize()).containsEntry("client_id", FakeInstalls.CLIENT_ID);
        assertThat(List.of(started.authorize().get("scope").split(",")))
                .containsExactlyInAnyOrderElementsOf(List.of(InstallSettings.SCOPES.split(",")));
        assertThat(started.cookie()).isEqualTo("slack-app-oauth-state=" + started.state());

        String code = slack.installs().approve(ACME, "Acme Bootcamp", ANA);
        assertThat(installer.back(code, started.state(), started.cookie()).statusCode()).isEqualTo(200);

        ApiCall answer = say(ACME, ANA, "hi");
        assertThat(answer.param("Authorization")).isEqualTo("Bearer " + slack.installs().tokenOf(ACME));
        assertThat(slack.installs().refused()).isEmpty();
    }

    @Test
    @DisplayName("a redirect with a state the app never issued, without the state's cookie, or with a used or expired "
            + "one is refused with a plain page and installs nothing")
    void badStates() throws Exception {
        Installer.Started started = installer.start();
        String code = slack.installs().approve(ACME, "Acme Bootcamp", ANA);

        assertRefused(installer.back(code, "forged-state", "slack-app-oauth-state=forged-state"));
        assertRefused(installer.back(code, started.state(), null));
        assertRefused(installer.back(code, started.state(), "slack-app-oauth-state=other"));

        clock.advance(InstallStates.LIFETIME.plusSeconds(1));
        assertRefused(installer.back(code, started.state(), started.cookie()));
        assertThat(slack.calls("oauth.v2.access")).as("no code was exchanged").isEmpty();

        installer.install(ACME, "Acme Bootcamp", ANA);
        Installer.Started again = installer.start();
        assertThat(installer.back(slack.installs().approve(ACME, "Acme Bootcamp", ANA), again.state(), again.cookie())
                .statusCode()).isEqualTo(200);
        assertRefused(installer.back(slack.installs().approve(ACME, "Acme Bootcamp", ANA), again.state(),
                again.cookie()));
        assertThat(slack.calls("oauth.v2.access")).as("one exchange per install that went through").hasSize(2);
    }

    @Test
    @DisplayName("a workspace without an installation is answered nothing and no call is made for it")
    void notInstalled() throws Exception {
        installer.install(ACME, "Acme Bootcamp", ANA);
        slack.installs().people("T0OTHER", "U0BOB");

        send(dm("T0OTHER", "U0BOB", "hi"));
        say(ACME, ANA, "hi");

        assertThat(slack.posted(FakeSlack.dmOf("U0BOB"))).isEmpty();
        assertThat(slack.installs().refused()).isEmpty();
    }

    @Test
    @DisplayName("with token rotation on, an expiring bot token is refreshed before use and the new one is saved")
    void rotation() throws Exception {
        slack.installs().rotateTokens(Duration.ofHours(1).toSeconds()); // within Bolt's 2-hour margin: refreshed at once
        installer.install(ACME, "Acme Bootcamp", ANA);
        String installed = slack.installs().tokenOf(ACME);

        ApiCall answer = say(ACME, ANA, "hi");

        String refreshed = answer.param("Authorization").substring("Bearer ".length());
        assertThat(refreshed).isNotEqualTo(installed).startsWith("xoxe.xoxb-");
        assertThat(slack.calls(c -> c.method().equals("oauth.v2.access")
                && "refresh_token".equals(c.param("grant_type")))).isNotEmpty();
        assertThat(slack.installs().refused()).as("each refresh token used once, no expired token used").isEmpty();
        String latest = slack.installs().tokenOf(ACME);
        transport.close();
        door.close();
        bot.close();
        transport = null;
        try (InstallationFile kept = InstallationFile.open(data)) {
            assertThat(kept.find("slack:" + ACME)).hasValueSatisfying(record -> assertThat(record).contains(latest));
        }
    }

    @Test
    @DisplayName("the installation file keeps no token in the clear")
    void sealed() throws Exception {
        installer.install(ACME, "Acme Bootcamp", ANA);
        String token = slack.installs().tokenOf(ACME);
        transport.close();
        door.close();
        bot.close();
        transport = null;
        byte[] file = Files.readAllBytes(data.resolve("installations.db"));
        assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain(token, ACME + "-");
    }

    private void assertRefused(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains(DoorWords.builtIn().say("install_refused"))
                .doesNotContain("Exception", "Jetty", "\tat ");
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    }

    private String dm(String team, String user, String text) {
        return payloads.eventCallback(payloads.nextId("Ev"), payloads.dmEvent(user, text)).replace(FakeSlack.TEAM, team);
    }

    private ApiCall say(String team, String user, String text) throws Exception {
        int before = slack.posted(FakeSlack.dmOf(user)).size();
        assertThat(send(dm(team, user, text)).statusCode()).isEqualTo(200);
        Instant deadline = Instant.now().plusSeconds(15);
        while (slack.posted(FakeSlack.dmOf(user)).size() <= before) {
            assertThat(Instant.now()).as("an answer to %s; calls: %s", user, slack.calls()).isBefore(deadline);
            Thread.sleep(20);
        }
        return slack.posted(FakeSlack.dmOf(user)).get(before);
    }

    private HttpResponse<String> send(String body) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + transport.port() + HttpTransport.EVENTS))
                .header("Content-Type", RunningSlackApp.contentTypeOf(body))
                .header("X-Slack-Request-Timestamp", Long.toString(now))
                .header("X-Slack-Signature", RunningSlackApp.sign(RunningSlackApp.SECRET, now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
