package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static rebound.slack.RunningSlackApp.ANA;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A retry of the last event, answered once and taken once, is the door contract's ({@link SlackDoorTest}). */
@DisplayName("Retried and duplicate events")
class RetriedEventsTest extends RunningSlackAppTest {

    @BeforeEach
    void start() throws Exception {
        app.command(ANA, "C0JOBS", "");
    }

    @Test
    @DisplayName("the same event id ten minutes later, even a different delivery, changes nothing")
    void duplicateIdLaterIgnored() {
        app.send(app.payloads.eventCallback("Ev0DUP0001", app.payloads.dmEvent(ANA, "Acme")));
        int after = app.dms(ANA).size();

        app.clock.advance(Duration.ofMinutes(10));
        app.send(app.payloads.eventCallback("Ev0DUP0001", app.payloads.dmEvent(ANA, "Globex")));

        assertThat(app.dms(ANA)).hasSize(after);
        assertThat(app.dm(ANA, "Designer").shownText()).contains("Acme").doesNotContain("Globex");
    }

    @Test
    @DisplayName("a retry that arrives after a restart is still caught (the core remembers the event id)")
    void retryAfterRestart() throws Exception {
        String body = app.payloads.eventCallback("Ev0RESTART", app.payloads.dmEvent(ANA, "Acme"));
        app.send(body);
        int after = app.dms(ANA).size();

        app.restart();
        app.send(body, Map.of("X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_error"));

        assertThat(app.dms(ANA)).hasSize(after);
        assertThat(app.dm(ANA, "Designer").shownText()).contains("How far did you get with Acme");
    }
}
