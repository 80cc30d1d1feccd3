package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.slack.fake.FakeSlack;

/**
 * Slack's {@code app_uninstalled} and {@code tokens_revoked} for an app installed in many workspaces
 * (issue 20, "many workspaces"): the installation goes, an uninstalled workspace's members are
 * forgotten as {@code /rejected forget} forgets them, and a reinstall starts clean.
 */
@DisplayName("Slack, uninstalled from a workspace")
class UninstallTest {

    private static final String ACME = "T0ACME";
    private static final String BRIGHT = "T0BRIGHT";
    private static final String ANA = "U0ANA";
    private static final String BO = "U0BO";

    @TempDir
    Path data;
    private RunningInstalls app;

    @BeforeEach
    void start() throws Exception {
        app = new RunningInstalls(data);
        app.slack.installs().people(ACME, ANA);
        app.slack.installs().people(BRIGHT, BO);
        app.installer.install(ACME, "Acme Bootcamp", ANA);
        app.installer.install(BRIGHT, "Bright Chapter", BO);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    @DisplayName("app_uninstalled forgets every member of that workspace and no one else; a reinstall starts clean")
    void uninstallForgets() throws Exception {
        app.send(app.payloads.slashCommand(ANA, FakeSlack.dmOf(ANA), "").replace(FakeSlack.TEAM, ACME));
        app.say(ACME, ANA, "Acme");
        app.say(BRIGHT, BO, "hi");
        assertThat(app.bot.memberCount()).isEqualTo(2);

        assertThat(app.send(app.slack.installs().uninstall(ACME, app.payloads.nextId("Ev"))).statusCode()).isEqualTo(200);

        assertThat(app.bot.memberCount()).as("Bo only").isEqualTo(1);
        assertThat(app.bot.overview(Members.key(BRIGHT, BO))).isNotNull();
        int before = app.slack.posted(FakeSlack.dmOf(ANA)).size();
        app.send(app.dm(ACME, ANA, "Designer"));
        assertThat(app.slack.posted(FakeSlack.dmOf(ANA))).hasSize(before);
        assertThat(app.bot.memberCount()).as("set aside, not kept").isEqualTo(1);

        app.installer.install(ACME, "Acme Bootcamp", ANA);
        int seen = app.slack.calls("respond").size();
        app.send(app.payloads.slashCommand(ANA, FakeSlack.dmOf(ANA), "list").replace(FakeSlack.TEAM, ACME));
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(15);
        while (app.slack.calls("respond").size() <= seen && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(app.slack.calls("respond")).as("the list after a reinstall").hasSizeGreaterThan(seen)
                .last().satisfies(list -> assertThat(list.shownText() + list.json()).doesNotContain("Acme"));
        assertThat(app.slack.installs().refused()).isEmpty();
    }

    @Test
    @DisplayName("tokens_revoked for the bot removes the installation and keeps the members until it is installed again")
    void revokedTokenKeepsMembers() throws Exception {
        app.say(ACME, ANA, "hi");

        assertThat(app.send(app.slack.installs().revokeBot(ACME, app.payloads.nextId("Ev"))).statusCode()).isEqualTo(200);
        int before = app.slack.posted(FakeSlack.dmOf(ANA)).size();
        app.send(app.dm(ACME, ANA, "hello?"));

        assertThat(app.slack.posted(FakeSlack.dmOf(ANA))).as("nothing answered with a revoked token").hasSize(before);
        assertThat(app.slack.installs().refused()).isEmpty();
        assertThat(app.bot.memberCount()).isEqualTo(1);

        app.installer.install(ACME, "Acme Bootcamp", ANA);
        assertThat(app.say(ACME, ANA, "hi").param("Authorization")).isEqualTo("Bearer " + app.slack.installs().tokenOf(ACME));
    }
}
