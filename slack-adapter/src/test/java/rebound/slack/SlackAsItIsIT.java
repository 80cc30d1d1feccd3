package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeSlack;
import rebound.slack.fake.SlackConnectPayloads;

/**
 * The packaged Slack app against a Slack that behaves as Slack does (issue 20): a Web API that
 * hiccups, the same app installed in another workspace, Slack's own notices.
 */
@DisplayName("./rebound slack, with Slack as it really is")
class SlackAsItIsIT {

    private static final String ANA = "U0ANA";

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
    @DisplayName("auth.test answering 503, 500 and 429 at start: the app waits them out, then answers members")
    void authTestHiccupsAtStart() throws Exception {
        app = new ShippedSlackApp(dir);
        app.slack.failAuthTest(503, 500, 429);

        app.start();

        assertThat(app.say(ANA, "hi", "").shownText()).isNotBlank();
        assertThat(app.stderr()).doesNotContain("refused", "\tat ");
    }

    @Test
    @DisplayName("a request from another workspace is acknowledged, answered nothing, kept nowhere, and logged once")
    void otherWorkspaceSetAside() throws Exception {
        app = new ShippedSlackApp(dir).start();
        String other = "T0OTHER";

        for (int i = 0; i < 3; i++) {
            String event = app.payloads.eventCallback(app.payloads.nextId("Ev"), app.payloads.dmEvent("U0BOB", "hi"))
                    .replace(FakeSlack.TEAM, other);
            assertThat(app.sendSigned(event).statusCode()).isEqualTo(200);
        }
        String command = app.payloads.slashCommand("U0BOB", FakeSlack.dmOf("U0BOB"), "").replace(FakeSlack.TEAM, other);
        assertThat(app.sendSigned(command).statusCode()).isEqualTo(200);

        // Ana, of this workspace, is answered; Bob, of the other, never was
        assertThat(app.say(ANA, "hi", "").shownText()).isNotBlank();
        assertThat(app.slack.posted(FakeSlack.dmOf("U0BOB"))).isEmpty();
        assertThat(app.slack.calls(c -> c.method().equals("conversations.open") && "U0BOB".equals(c.param("users"))))
                .isEmpty();
        assertThat(app.stderr().lines().filter(l -> l.contains(other))).hasSize(1);
    }

    @Test
    @DisplayName("a Slack Connect user is one member throughout: /rejected in a shared channel, answers in the DM, a "
            + "press on the ephemeral answer and the form, whichever workspace each payload names (issue 20, item 4)")
    void slackConnectUserIsOneMember() throws Exception {
        app = new ShippedSlackApp(dir).start();
        SlackConnectPayloads partner = new SlackConnectPayloads(app.payloads);
        String kai = "W0KAI";
        String dm = FakeSlack.dmOf(kai);

        assertThat(app.sendSigned(app.payloads.slashCommand(kai, "C0SHARED", "")).statusCode()).isEqualTo(200);
        app.awaitDm(kai, 0, "company");
        app.sendSigned(partner.dmEvent(app.payloads.nextId("Ev"), kai, "Acme"));
        app.awaitDm(kai, 1, "Acme");
        int before = app.slack.posted(dm).size();
        app.sendSigned(partner.dmEvent(app.payloads.nextId("Ev"), kai, "Designer"));
        ApiCall stage = app.awaitDm(kai, before, "How far did you get");

        before = app.slack.posted(dm).size();
        app.sendSigned(partner.interaction(app.payloads.blockAction(kai, "C0SHARED", true,
                stage.blockIdOf("choice:stage:"), stage.element("choice:stage:interview"), null, null)));
        ApiCall outcome = app.awaitDm(kai, before, "How did the no come");

        before = app.slack.posted(dm).size();
        com.fasterxml.jackson.databind.JsonNode menu = outcome.element("select:outcome");
        com.fasterxml.jackson.databind.node.ObjectNode hiredOther = null;
        for (com.fasterxml.jackson.databind.JsonNode option : menu.path("options")) {
            if (option.path("value").asText().equals("answer:outcome:hired_other")) {
                hiredOther = (com.fasterxml.jackson.databind.node.ObjectNode) option;
            }
        }
        app.sendSigned(partner.interaction(app.payloads.blockAction(kai, dm, false, outcome.blockIdOf("select:outcome"),
                menu, hiredOther, null)));
        ApiCall contacts = app.awaitDm(kai, before, "Who did you meet");
        app.sendSigned(partner.interaction(app.payloads.blockAction(kai, dm, false, contacts.blockIdOf("form:contact"),
                contacts.element("form:contact"), null, null)));
        java.time.Instant deadline = java.time.Instant.now().plus(ShippedSlackApp.WAIT);
        while (app.slack.calls("views.open").isEmpty() && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(app.slack.calls("views.open")).as("the form opened").hasSize(1);
        before = app.slack.posted(dm).size();
        app.sendSigned(partner.interaction(app.payloads.viewSubmission(kai,
                app.slack.calls("views.open").get(0).jsonParam("view"),
                java.util.Map.of("name", "Dana Smith", "part", "hiring manager", "detail", "weekly releases"))));
        app.awaitDm(kai, before, "Dana Smith");

        assertThat(app.slack.calls("respond")).noneSatisfy(r -> assertThat(r.shownText()).contains("someone else"));
        assertThat(app.slack.posted(dm).stream().filter(m -> !m.block("step:company").isMissingNode())).hasSize(1);
    }

    @Test
    @DisplayName("an answer fixed by editing the message is not taken: the member is told how to change it (issue 20)")
    void editedAnswerTold() throws Exception {
        app = new ShippedSlackApp(dir).start();
        ApiCall welcome = app.say(ANA, "hi", "");
        int before = app.slack.posted(FakeSlack.dmOf(ANA)).size();
        app.sendSigned(app.payloads.blockAction(ANA, FakeSlack.dmOf(ANA), false, welcome.blockIdOf("choice:-:start"),
                welcome.element("choice:-:start"), null, null));
        app.awaitDm(ANA, before, "company");
        com.fasterxml.jackson.databind.node.ObjectNode typo = app.payloads.dmEvent(ANA, "Acmee");
        before = app.slack.posted(FakeSlack.dmOf(ANA)).size();
        app.sendSigned(app.payloads.eventCallback(app.payloads.nextId("Ev"), typo));
        app.awaitDm(ANA, before, "role");

        before = app.slack.posted(FakeSlack.dmOf(ANA)).size();
        app.sendSigned(app.payloads.eventCallback(app.payloads.nextId("Ev"),
                rebound.slack.fake.SlackSends.edited(typo, "Acme", "1700000999.000100")));

        assertThat(app.awaitDm(ANA, before, "first sent").shownText()).contains("back");
        assertThat(app.say(ANA, "Designer", "How far did you get").shownText()).contains("Acmee");
    }

    @Test
    @DisplayName("Slack's app_rate_limited notice is acknowledged and logged in one plain line")
    void appRateLimited() throws Exception {
        app = new ShippedSlackApp(dir).start();
        String notice = "{\"token\":\"legacy-verification-token\",\"type\":\"app_rate_limited\",\"team_id\":\""
                + FakeSlack.TEAM + "\",\"minute_rate_limited\":1518467820,\"api_app_id\":\"A0REBOUND\"}";

        HttpResponse<String> ack = app.sendSigned(notice);

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(app.stderr().lines().filter(l -> l.contains("app_rate_limited"))).hasSize(1)
                .allSatisfy(l -> assertThat(l).contains(FakeSlack.TEAM));
        assertThat(app.stderr()).doesNotContain("\tat ");
    }

    @Test
    @DisplayName("liveness and readiness on REBOUND_PROBE_PORT")
    void probes() throws Exception {
        int probePort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            probePort = free.getLocalPort();
        }
        app = new ShippedSlackApp(dir, ShippedSlackApp.java(), java.util.Map.of("REBOUND_PROBE_PORT",
                Integer.toString(probePort), "REBOUND_PROBE_BIND", "127.0.0.1")).start();

        assertThat(app.get(probePort, "/live").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = app.get(probePort, "/ready");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("ready\n");

        // a DM, then the metrics page holds its turn, its commit and the posts, and never the member
        app.say(ANA, "hi", "");
        // the fake records a post when it arrives; the app counts it once Slack's answer is back: wait for that
        String metrics = app.get(probePort, "/metrics").body();
        java.time.Instant counted = java.time.Instant.now().plus(ShippedSlackApp.WAIT);
        while (!metrics.contains("method=\"chat.postMessage\"") && java.time.Instant.now().isBefore(counted)) {
            Thread.sleep(100);
            metrics = app.get(probePort, "/metrics").body();
        }
        assertThat(metrics).containsPattern("rebound_turns_seconds_count\\{outcome=\"saved\"} [1-9]")
                .contains("rebound_store_commits_seconds_count{outcome=\"ok\",store=\"mapdb\"}",
                        "rebound_platform_calls_total{method=\"chat.postMessage\",platform=\"slack\",status=\"2xx\"}",
                        "rebound_members 1", "jvm_memory_used_bytes")
                .doesNotContain(ANA, FakeSlack.TEAM);
    }

    @Test
    @DisplayName("the logs of an intake, a lost post included, name the member only by a keyed hash: never their ids, "
            + "the people they met or the company")
    void logsNameNoMember() throws Exception {
        app = new ShippedSlackApp(dir).start();
        var welcome = app.say(ANA, "hi", "");
        int before = app.slack.posted(FakeSlack.dmOf(ANA)).size();
        app.sendSigned(app.payloads.blockAction(ANA, FakeSlack.dmOf(ANA), false, welcome.blockIdOf("choice:-:start"),
                welcome.element("choice:-:start"), null, null));
        app.awaitDm(ANA, before, "company");
        app.say(ANA, "Zürich Bank", "role");
        app.say(ANA, "Product designer", "How far did you get");
        app.say(ANA, "interview", "How did the no come");
        app.say(ANA, "they hired someone else", "Who did you meet");
        app.say(ANA, "Dana Smith, hiring manager, the move to weekly releases", "Dana");
        // the next answer's posts all lose their connection: Rebound logs that Ana's answer was lost
        app.slack.dropPosts(50);
        app.sendSigned(app.payloads.eventCallback(app.payloads.nextId("Ev"), app.payloads.dmEvent(ANA, "done")));
        java.time.Instant deadline = java.time.Instant.now().plus(ShippedSlackApp.WAIT);
        while (!app.stderr().matches("(?s).*m-[0-9a-f]{8}.*") && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }

        String log = app.stderr();
        assertThat(log).as("a line about Ana's lost answer").containsPattern("m-[0-9a-f]{8}");
        // the workspace id may show (the SDK names it when a call fails); the member key, ids and words never
        assertThat(log).doesNotContain(ANA, "slack:", "Zürich", "Dana", "weekly releases", "Product designer");
    }

    @Test
    @DisplayName("REBOUND_LOG_FORMAT=json: every log line is one JSON object with its level, logger and message, naming no member")
    void logsAsJsonLines() throws Exception {
        app = new ShippedSlackApp(dir, ShippedSlackApp.java(), java.util.Map.of("REBOUND_LOG_FORMAT", "json")).start();
        // a request from another workspace is set aside with one warning, the line this test reads
        String event = app.payloads.eventCallback(app.payloads.nextId("Ev"), app.payloads.dmEvent("U0BOB", "hi"))
                .replace(FakeSlack.TEAM, "T0OTHER");
        assertThat(app.sendSigned(event).statusCode()).isEqualTo(200);
        assertThat(app.say(ANA, "hi", "").shownText()).isNotBlank();
        java.time.Instant deadline = java.time.Instant.now().plus(ShippedSlackApp.WAIT);
        while (!app.stderr().contains("WARN") && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }

        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.List<String> lines = app.stderr().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as("the start-up line and the warning").hasSizeGreaterThanOrEqualTo(2);
        for (String line : lines) {
            var object = json.readTree(line);
            assertThat(object.isObject()).as("a JSON object: %s", line).isTrue();
            assertThat(object.path("level").asText()).as(line).isIn("INFO", "WARN", "ERROR");
            assertThat(object.path("loggerName").asText()).as(line).isNotBlank();
            assertThat(object.path("formattedMessage").asText()).as(line).isNotBlank();
            assertThat(object.has("arguments")).as("no raw arguments: %s", line).isFalse();
        }
        assertThat(lines).anySatisfy(l -> assertThat(json.readTree(l).path("level").asText()).isEqualTo("WARN"));
        assertThat(app.stderr()).doesNotContain(ANA, "U0BOB", "slack:");
    }
}
