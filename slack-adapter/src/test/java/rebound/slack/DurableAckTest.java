package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static rebound.slack.RunningSlackApp.ANA;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.Member;
import rebound.frontdoor.Outbound;
import rebound.slack.fake.FakeSlack;

@DisplayName("Acknowledge only what is durable (issue 10)")
class DurableAckTest extends RunningSlackAppTest {

    @Test
    @DisplayName("a DM answer is committed before Slack gets its 200, even when the app is busy")
    void dmCommittedBeforeAck() {
        // given Ana is asked for the company, and every worker is busy for a second
        app.startIntake(ANA);
        app.occupyWorkers(Duration.ofSeconds(1));

        // when she answers and Slack gets the ack
        var ack = app.sendWithoutWaiting(app.payloads.eventCallback(app.payloads.nextId("Ev"),
                app.payloads.dmEvent(ANA, "Acme")));

        // then, at the ack, her answer is already kept: the next question is the role
        assertThat(ack.statusCode()).isEqualTo(200);
        List<Outbound> now = app.bot.opened(new Member("slack:" + FakeSlack.TEAM + ":" + ANA));
        assertThat(now.get(now.size() - 1).step()).isEqualTo("role");
        app.settle();
    }
}
