package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.frontdoor.DoorWords;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeInstalls;
import rebound.slack.fake.FakeSlack;
import rebound.slack.transport.HttpTransport;
import rebound.store.InstallationFile;

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
    private RunningInstalls app;
    private FakeSlack slack;
    private Installer installer;

    @BeforeEach
    void start() throws Exception {
        app = new RunningInstalls(data);
        slack = app.slack;
        installer = app.installer;
        slack.installs().people(ACME, ANA);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    @DisplayName("/slack/install sends the installer to Slack with the manifest's scopes and a state; the redirect "
            + "exchanges the code, and the workspace's members are answered with its token")
    void installs() throws Exception {
        Installer.Started started = installer.start();
        assertThat(started.authorize()).containsEntry("client_id", FakeInstalls.CLIENT_ID);
        assertThat(InstallSettings.SCOPES.split(",")).as("the manifest's bot scopes")
                .containsExactlyInAnyOrder(slack.installs().scopes().split(","));
        assertThat(List.of(started.authorize().get("scope").split(",")))
                .containsExactlyInAnyOrderElementsOf(List.of(InstallSettings.SCOPES.split(",")));
        assertThat(started.cookie()).isEqualTo("slack-app-oauth-state=" + started.state());

        String code = slack.installs().approve(ACME, "Acme Bootcamp", ANA);
        assertThat(installer.back(code, started.state(), started.cookie()).statusCode()).isEqualTo(200);

        ApiCall answer = app.say(ACME, ANA, "hi");
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

        app.clock.advance(InstallStates.LIFETIME.plusSeconds(1));
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

        app.send(app.dm("T0OTHER", "U0BOB", "hi"));
        app.say(ACME, ANA, "hi");

        assertThat(slack.posted(FakeSlack.dmOf("U0BOB"))).isEmpty();
        assertThat(slack.installs().refused()).isEmpty();
    }

    @Test
    @DisplayName("with token rotation on, an expiring bot token is refreshed before use and the new one is saved")
    void rotation() throws Exception {
        slack.installs().rotateTokens(Duration.ofHours(1).toSeconds()); // within Bolt's 2-hour margin: refreshed at once
        installer.install(ACME, "Acme Bootcamp", ANA);
        String installed = slack.installs().tokenOf(ACME);

        ApiCall answer = app.say(ACME, ANA, "hi");

        String refreshed = answer.param("Authorization").substring("Bearer ".length());
        assertThat(refreshed).isNotEqualTo(installed).startsWith("xoxe.xoxb-");
        assertThat(slack.calls(c -> c.method().equals("oauth.v2.access")
                && "refresh_token".equals(c.param("grant_type")))).isNotEmpty();
        assertThat(slack.installs().refused()).as("each refresh token used once, no expired token used").isEmpty();
        String latest = slack.installs().tokenOf(ACME);
        app.stop();
        try (InstallationFile kept = InstallationFile.open(data)) {
            assertThat(kept.find("slack:" + ACME)).hasValueSatisfying(record -> assertThat(record).contains(latest));
        }
    }

    @Test
    @DisplayName("the installation file keeps no token in the clear")
    void sealed() throws Exception {
        installer.install(ACME, "Acme Bootcamp", ANA);
        String token = slack.installs().tokenOf(ACME);
        app.stop();
        byte[] file = Files.readAllBytes(data.resolve("installations.db"));
        assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain(token, ACME + "-");
    }

    @Test
    @DisplayName("a reminder goes to each member's DM with their own workspace's token")
    void remindersWithTheirToken() throws Exception {
        slack.installs().people("T0BRIGHT", "U0BO");
        installer.install(ACME, "Acme Bootcamp", ANA);
        installer.install("T0BRIGHT", "Bright Chapter", "U0BO");

        app.messenger().deliver(rebound.frontdoor.Outbound.say(Members.key(ACME, ANA), "Time to follow up"));
        app.messenger().deliver(rebound.frontdoor.Outbound.say(Members.key("T0BRIGHT", "U0BO"), "Time to follow up"));

        assertThat(slack.lastPosted(FakeSlack.dmOf(ANA)).param("Authorization"))
                .isEqualTo("Bearer " + slack.installs().tokenOf(ACME));
        assertThat(slack.lastPosted(FakeSlack.dmOf("U0BO")).param("Authorization"))
                .isEqualTo("Bearer " + slack.installs().tokenOf("T0BRIGHT"));
        assertThat(slack.installs().refused()).isEmpty();
    }

    @Test
    @DisplayName("the install pages take GET only, and answer garbage with a plain status, no exception text")
    void garbage() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String path : List.of(HttpTransport.INSTALL, HttpTransport.INSTALL_REDIRECT)) {
            HttpResponse<String> post = http.send(java.net.http.HttpRequest.newBuilder(app.uri(path))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("code=x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
        }
        for (String query : List.of("", "?", "?code=", "?state=a%00b&code=%C3%28", "?error=access_denied&state=x",
                "?code=" + "x".repeat(4000) + "&state=y")) {
            HttpResponse<String> page = http.send(java.net.http.HttpRequest.newBuilder(
                    URI.create(app.uri(HttpTransport.INSTALL_REDIRECT) + query)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(query).isBetween(200, 499);
            assertThat(page.body()).as(query).doesNotContain("Exception", "Jetty", "\tat ", "java.");
        }
        assertThat(slack.calls("oauth.v2.access")).isEmpty();
    }

    private void assertRefused(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains(DoorWords.builtIn().say("install_refused"))
                .doesNotContain("Exception", "Jetty", "\tat ");
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    }
}
