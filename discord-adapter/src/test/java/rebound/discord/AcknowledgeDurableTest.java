package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.discord.fake.RestCall;

@DisplayName("An interaction shows 'thinking' at once; its answer comes only once the turn is on disk")
class AcknowledgeDurableTest extends RunningBotTest {

    private static final String ANA = "100000000000000051";

    private List<RestCall> answers(com.fasterxml.jackson.databind.JsonNode interaction) {
        String token = interaction.path("token").asText();
        return bot.discord.calls(c -> c.is("PATCH", "webhooks/\\d+/" + token + "/messages/@original")
                || c.is("POST", "webhooks/\\d+/" + token));
    }

    @Test
    @DisplayName("while the turn is not committed the member sees a deferred reply and no answer; once it is, the answer")
    void answerAfterTheCommit() throws Exception {
        bot.holdCommits();
        var command = bot.payloads.slashCommand(ANA, "new", false);

        RestCall ack = bot.interact(command);
        assertThat(ack.body().path("type").asInt()).as("deferred reply: 'thinking'").isEqualTo(5);
        Thread.sleep(800);
        assertThat(answers(command)).as("answered before the turn was saved").isEmpty();

        bot.releaseCommits();
        assertThat(bot.original(command).content()).contains("Which company");
    }
}
