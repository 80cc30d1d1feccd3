package rebound.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.Member;
import rebound.frontdoor.Outbound;
import rebound.text.LogName;

/** Issue 22, quiet logs: a reminder that fails names its member only by their log name. */
@DisplayName("Reminder logs")
class SendingLogTest {

    private static final Member MEMBER = new Member("slack:T0001:U0042");

    @Test
    @DisplayName("a platform client that throws something unexpected: logged with the member's log name, not their key")
    void unexpectedFailureNamesNoMember() {
        Sending sending = new Sending(List.of(new Sending.Claimed("r1", "r1-f2")), Instant.EPOCH,
                Outbound.say(MEMBER, "a reminder"), false);
        PrintStream err = System.err;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        Sent sent;
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try {
            sent = sending.sendThrough(message -> {
                throw new IllegalStateException("the client broke");
            });
        } finally {
            System.setErr(err);
        }
        assertThat(sent).isInstanceOf(Sent.Uncertain.class);
        String logged = logs.toString(StandardCharsets.UTF_8);
        assertThat(logged).contains("failed unexpectedly").contains(LogName.of(MEMBER.key())).doesNotContain("U0042")
                .doesNotContain("T0001");
    }
}
