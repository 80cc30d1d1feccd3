package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.discord.fake.RestCall;

@DisplayName("Discord never delivers an interaction twice, so it is acknowledged once the turn is on disk")
class AcknowledgeDurableTest extends RunningBotTest {

    private static final String ANA = "100000000000000051";

    private List<RestCall> callbacks(String interactionId) {
        return bot.discord.calls(c -> c.is("POST", "interactions/" + interactionId + "/[^/]+/callback"));
    }

    @Test
    @DisplayName("while the turn is not committed the interaction is not acknowledged; once it is, it is")
    void afterTheCommit() throws Exception {
        bot.holdCommits();
        var command = bot.payloads.slashCommand(ANA, "new", false);
        String id = command.path("id").asText();
        bot.discord.gateway().dispatch("INTERACTION_CREATE", command);

        Thread.sleep(800);
        assertThat(callbacks(id)).as("acknowledged before the turn was saved").isEmpty();

        bot.releaseCommits();
        RestCall ack = bot.discord.await(c -> c.is("POST", "interactions/" + id + "/[^/]+/callback"), 1).get(0);
        assertThat(ack.body().path("type").asInt()).as("deferred reply").isEqualTo(5);
        assertThat(bot.original(command).content()).contains("Which company");
    }

    @Test
    @DisplayName("a turn slower than Discord's 3 s window is acknowledged at 2 s anyway, and answered when saved")
    void atTheDeadline() throws Exception {
        bot.holdCommits();
        var command = bot.payloads.slashCommand(ANA, "new", false);
        String id = command.path("id").asText();
        long sent = System.nanoTime();
        bot.discord.gateway().dispatch("INTERACTION_CREATE", command);

        RestCall ack = bot.discord.await(c -> c.is("POST", "interactions/" + id + "/[^/]+/callback"), 1).get(0);
        Duration waited = Duration.ofNanos(System.nanoTime() - sent);
        assertThat(waited).as("acknowledged within Discord's window")
                .isGreaterThanOrEqualTo(InteractionTurns.ACK_DEADLINE).isLessThan(Duration.ofSeconds(3));
        assertThat(ack.body().path("type").asInt()).isEqualTo(5);

        bot.releaseCommits();
        assertThat(bot.original(command).content()).contains("Which company");
    }
}
