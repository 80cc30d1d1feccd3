package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.discord.fake.RestCall;

@DisplayName("The bot never pings anyone")
class MentionsTest extends RunningBotTest {

    static final String EVE = "100000000000000041";

    @Test
    @DisplayName("@everyone and <@&123> in member text are sent as text with no mention allowed")
    void memberTextCannotPing() {
        // given Eve names her company "@everyone <@&123> <@42>"
        var command = bot.payloads.slashCommand(EVE, "new", true);
        bot.interact(command);
        bot.original(command);
        RestCall echoed = bot.say(EVE, "@everyone <@&123> <@42>", "role");

        // then the text comes back as she typed it
        assertThat(echoed.content()).contains("@everyone <@&123> <@42>");

        // and every message we sent (DMs, replies, edits) allows no mention at all
        List<RestCall> sent = bot.discord.calls(c -> c.is("POST", "channels/\\d+/messages")
                || c.is("PATCH", "webhooks/.*") || c.is("POST", "webhooks/.*"));
        assertThat(sent).hasSizeGreaterThanOrEqualTo(3);
        assertThat(sent).allSatisfy(c -> {
            assertThat(c.body().path("allowed_mentions").path("parse").isArray()).as(c.toString()).isTrue();
            assertThat(c.body().path("allowed_mentions").path("parse")).as(c.toString()).isEmpty();
            assertThat(c.body().path("allowed_mentions").path("roles")).isEmpty();
            assertThat(c.body().path("allowed_mentions").path("users")).isEmpty();
        });
    }
}
