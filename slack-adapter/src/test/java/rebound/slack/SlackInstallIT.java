package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeInstalls;
import rebound.slack.fake.FakeSlack;
import rebound.store.InstallationFile;
import rebound.store.MapDbMemberStore;

/**
 * The packaged Slack app installed in two workspaces through Slack's OAuth flow against the fake
 * Slack, as a community with several workspaces would run it (issue 20, "Done when": two workspaces,
 * members in both, one uninstalled).
 */
@DisplayName("./rebound slack, installed in many workspaces")
class SlackInstallIT {

    private static final String ACME = "T0ACME";
    private static final String BRIGHT = "T0BRIGHT";
    private static final String ANA = "U0ANA";
    private static final String BO = "U0BO";

    @TempDir
    Path dir;
    private ShippedSlackApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @DisplayName("two workspaces installed through /slack/install; members of both answered with their own workspace's "
            + "token; after app_uninstalled one workspace's members are forgotten and nothing of it answers, while the "
            + "other goes on")
    void twoWorkspacesOneUninstalled() throws Exception {
        app = new ShippedSlackApp(dir, ShippedSlackApp.java(), Map.of("SLACK_BOT_TOKEN", "",
                "SLACK_CLIENT_ID", FakeInstalls.CLIENT_ID, "SLACK_CLIENT_SECRET", FakeInstalls.CLIENT_SECRET)).start();
        FakeInstalls slack = app.slack.installs();
        Installer installer = new Installer(app::uri, app.slack);
        slack.people(ACME, ANA);
        slack.people(BRIGHT, BO);
        installer.install(ACME, "Acme Bootcamp", ANA);
        installer.install(BRIGHT, "Bright Chapter", BO);

        for (String[] member : new String[][] {{ACME, ANA}, {BRIGHT, BO}}) {
            String team = member[0];
            String user = member[1];
            app.sendSigned(app.payloads.slashCommand(user, FakeSlack.dmOf(user), "").replace(FakeSlack.TEAM, team));
            app.awaitDm(user, 0, "company");
            say(team, user, "Acme", "Acme");
            say(team, user, "Designer", "How far did you get");
            assertThat(app.slack.posted(FakeSlack.dmOf(user))).as("every answer to %s with %s's token", user, team)
                    .allSatisfy(post -> assertThat(post.param("Authorization")).isEqualTo("Bearer " + slack.tokenOf(team)));
        }

        assertThat(app.sendSigned(slack.uninstall(ACME, app.payloads.nextId("Ev"))).statusCode()).isEqualTo(200);
        int anaSaw = app.slack.posted(FakeSlack.dmOf(ANA)).size();
        Set<String> acmeTokens = slack.tokensOf(ACME);
        int acmeCalls = callsWith(acmeTokens).size();

        assertThat(sendDm(ACME, ANA, "interview").statusCode()).isEqualTo(200);
        assertThat(app.sendSigned(app.payloads.slashCommand(ANA, FakeSlack.dmOf(ANA), "list")
                .replace(FakeSlack.TEAM, ACME)).statusCode()).isEqualTo(200);
        say(BRIGHT, BO, "interview", "How did the no come");

        assertThat(app.slack.posted(FakeSlack.dmOf(ANA))).as("nothing more for Acme's members").hasSize(anaSaw);
        assertThat(callsWith(acmeTokens)).as("no call with Acme's revoked token").hasSize(acmeCalls);
        assertThat(slack.refused()).as("calls Slack refused for their token").isEmpty();
        assertThat(app.stderr().lines().filter(l -> l.contains("Set aside") && l.contains(ACME))).hasSize(1);

        app.stop();
        try (MapDbMemberStore store = MapDbMemberStore.open(dir.resolve("data"))) {
            assertThat(store.membersStartingWith(Members.prefixOf(ACME))).as("Acme's members forgotten").isEmpty();
            assertThat(store.membersStartingWith(Members.prefixOf(BRIGHT))).containsExactly(Members.key(BRIGHT, BO).key());
        }
        try (InstallationFile installs = InstallationFile.open(dir.resolve("data"))) {
            assertThat(installs.find("slack:" + ACME)).isEmpty();
            assertThat(installs.find("slack:" + BRIGHT)).isPresent();
        }
    }

    private List<ApiCall> callsWith(Set<String> tokens) {
        return app.slack.calls(c -> c.param("Authorization") != null
                && tokens.contains(c.param("Authorization").substring("Bearer ".length())));
    }

    private HttpResponse<String> sendDm(String team, String user, String text) throws Exception {
        return app.sendSigned(app.payloads.eventCallback(app.payloads.nextId("Ev"), app.payloads.dmEvent(user, text))
                .replace(FakeSlack.TEAM, team));
    }

    private void say(String team, String user, String text, String expected) throws Exception {
        int before = app.slack.posted(FakeSlack.dmOf(user)).size();
        assertThat(sendDm(team, user, text).statusCode()).isEqualTo(200);
        app.awaitDm(user, before, expected);
    }
}
