package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.discord.fake.DiscordSends;
import rebound.discord.fake.RestCall;

@DisplayName("An interaction without its channel object, as in Discord's documentation (issue 20)")
class InteractionWithoutChannelTest extends RunningBotTest {

    static final String ANA = "100000000000000011";
    static final String BEN = "100000000000000021";

    @Test
    @DisplayName("/rejected new in the DM is answered with the first question")
    void commandInDm() {
        var command = DiscordSends.withoutChannel(bot.payloads.slashCommand(ANA, "new", false));

        RestCall ack = bot.interact(command);

        assertThat(ack.body().path("type").asInt()).as("deferred reply").isEqualTo(5);
        assertThat(bot.original(command).content()).contains("Which company");
    }

    @Test
    @DisplayName("/rejected help in a server is answered ephemerally")
    void commandInServer() {
        var command = DiscordSends.withoutChannel(bot.payloads.slashCommand(BEN, "help", true));

        RestCall ack = bot.interact(command);

        assertThat(ack.body().path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(bot.original(command).content()).contains("/rejected");
    }

    @Test
    @DisplayName("a button pressed in the DM answers its step")
    void buttonInDm() {
        bot.interact(bot.payloads.slashCommand(ANA, "new", false));
        bot.say(ANA, "Acme", "role");
        bot.say(ANA, "Product designer", "How far did you get");

        var press = DiscordSends.withoutChannel(bot.payloads.button(ANA, "rb:" + ANA + ":answer:stage:interview", false));
        bot.interact(press);

        assertThat(bot.original(press).content()).contains("How did the no come");
    }
}
