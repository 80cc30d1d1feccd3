package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.discord.fake.FakeDiscord;
import rebound.discord.fake.RestCall;

@DisplayName("/rejected in a server")
class ServerCommandTest extends RunningBotTest {

    static final String BEN = "100000000000000021";

    @Test
    @DisplayName("is answered ephemerally, with a link to continue in DMs")
    void helpIsEphemeral() {
        // when Ben uses /rejected help in a server channel
        var command = bot.payloads.slashCommand(BEN, "help", true);
        RestCall ack = bot.interact(command);

        // then the deferred reply is ephemeral (flags 64) and so is its content
        assertThat(ack.body().path("type").asInt()).isEqualTo(5);
        assertThat(ack.body().path("data").path("flags").asInt()).isEqualTo(64);
        RestCall answer = bot.original(command);
        assertThat(answer.content()).isNotBlank();
        assertThat(answer.body().findValuesAsText("url"))
                .containsExactly("https://discord.com/channels/@me/" + FakeDiscord.dmChannelOf(BEN));
        // and nothing was posted in the server channel itself
        assertThat(bot.discord.calls(c -> c.is("POST", "channels/" + "800000000000000002" + "/messages"))).isEmpty();
    }

    @Test
    @DisplayName("moves the intake to the member's DMs and says so ephemerally")
    void intakeMovesToDms() {
        // when Ben uses /rejected new in a server channel
        var command = bot.payloads.slashCommand(BEN, "new", true);
        bot.interact(command);

        // then the first question arrives in his DMs, and the ephemeral reply points there
        RestCall question = bot.awaitDm(BEN, 0, "Which company");
        assertThat(question.flags()).isZero();
        assertThat(bot.discord.calls(c -> c.is("POST", "users/@me/channels"))).isNotEmpty();
        RestCall answer = bot.original(command);
        assertThat(answer.content()).contains("continued in our DMs");

        // and he answers right there in the DM
        bot.say(BEN, "Acme", "role you applied for at Acme");
    }

    @Test
    @DisplayName("goes on ephemerally in the server when the member's DMs are closed")
    void closedDmsStayInServer() {
        // given Ben does not accept DMs from the bot
        bot.discord.closeDms(BEN);

        // when he uses /rejected new in a server
        var command = bot.payloads.slashCommand(BEN, "new", true);
        bot.interact(command);

        // then the refusal is explained and the question is asked ephemerally
        RestCall answer = bot.original(command);
        assertThat(answer.content()).contains("DMs are closed");
        RestCall question = bot.discord.await(c -> c.is("POST", "webhooks/\\d+/" + command.path("token").asText())
                && c.content().contains("Which company"), 1).get(0);
        assertThat(question.flags() & 64).isEqualTo(64);
    }

    @Test
    @DisplayName("with DMs closed, says plainly how to open them, and the intake goes on in DMs once they are open")
    void closedDmsAreNoDeadEnd() {
        // given Ben's DMs are closed and he started in a server
        bot.discord.closeDms(BEN);
        var command = bot.payloads.slashCommand(BEN, "new", true);
        bot.interact(command);

        // then he reads how to open them
        assertThat(bot.original(command).content()).contains("Privacy Settings", "Direct Messages");

        // when he opens his DMs and types his answer there
        bot.discord.openDms(BEN);
        RestCall role = bot.say(BEN, "Initech", "role");

        // then the intake goes on in DMs
        assertThat(role.content()).contains("Initech");
    }
}
