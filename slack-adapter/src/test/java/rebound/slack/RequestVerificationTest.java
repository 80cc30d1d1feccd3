package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static rebound.slack.RunningSlackApp.ANA;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Requests not signed by Slack")
class RequestVerificationTest extends RunningSlackAppTest {

    @BeforeEach
    void start() throws Exception {
        // given Ana was asked for the company
        app.command(ANA, "C0JOBS", "");
        app.slack.forgetCalls();
    }

    @Test
    @DisplayName("unsigned, badly signed, stale and future-dated requests are refused with 401 and change nothing")
    void refusedWithoutStateChange() {
        long now = System.currentTimeMillis() / 1000;
        String evil = app.payloads.eventCallback(app.payloads.nextId("Ev"), app.payloads.dmEvent(ANA, "Evil Corp"));

        // when forged answers arrive
        HttpResponse<String> unsigned = app.sendRaw(evil, Long.toString(now), null, Map.of());
        HttpResponse<String> noTimestamp = app.sendRaw(evil, null, RunningSlackApp.sign(RunningSlackApp.SECRET, now, evil), Map.of());
        HttpResponse<String> wrongSecret = app.sendRaw(evil, Long.toString(now), RunningSlackApp.sign("not-the-secret", now, evil), Map.of());
        HttpResponse<String> tampered = app.sendRaw(evil.replace("Evil", "Bad"), Long.toString(now),
                RunningSlackApp.sign(RunningSlackApp.SECRET, now, evil), Map.of());
        long stale = now - 6 * 60;
        HttpResponse<String> old = app.sendRaw(evil, Long.toString(stale), RunningSlackApp.sign(RunningSlackApp.SECRET, stale, evil), Map.of());
        long future = now + 6 * 60;
        HttpResponse<String> ahead = app.sendRaw(evil, Long.toString(future), RunningSlackApp.sign(RunningSlackApp.SECRET, future, evil), Map.of());
        String command = app.payloads.slashCommand(ANA, "C0JOBS", "forget");
        HttpResponse<String> forgedCommand = app.sendRaw(command, Long.toString(now), RunningSlackApp.sign("nope", now, command), Map.of());

        // then every one is refused and nothing reached Slack
        assertThat(java.util.List.of(unsigned, noTimestamp, wrongSecret, tampered, old, ahead, forgedCommand))
                .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(401));
        assertThat(app.slack.calls(c -> !c.method().equals("auth.test"))).isEmpty();

        // and her real answer is still the one that counts
        assertThat(app.dm(ANA, "Acme").shownText()).contains("Acme").doesNotContain("Evil", "Bad");
    }

    @Test
    @DisplayName("a request stamped within five minutes ahead is still accepted (clock skew)")
    void smallSkewAccepted() {
        long soon = System.currentTimeMillis() / 1000 + 60;
        String body = app.payloads.eventCallback(app.payloads.nextId("Ev"), app.payloads.dmEvent(ANA, "Acme"));
        HttpResponse<String> response = app.sendRaw(body, Long.toString(soon),
                RunningSlackApp.sign(RunningSlackApp.SECRET, soon, body), Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(app.slack.lastPosted(rebound.slack.fake.FakeSlack.dmOf(ANA)).shownText()).contains("Acme");
    }
}
