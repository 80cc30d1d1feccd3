package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A restart in the middle of an intake")
class RestartTest extends RunningBotTest {

    static final String FAY = "100000000000000051";

    @Test
    @DisplayName("a new JDA on the same data directory continues where the member was")
    void continuesAfterRestart() throws Exception {
        // given Fay answered the company and the role
        var command = bot.payloads.slashCommand(FAY, "new", false);
        bot.interact(command);
        bot.original(command);
        bot.say(FAY, "Acme", "role");
        bot.say(FAY, "Product designer", "How far did you get");

        // when the bot restarts (a new JDA logs in, same data)
        bot.restart();
        assertThat(bot.discord.gateway().identifies()).isEqualTo(2);

        // then her next answer is taken as the stage, for the same company
        bot.say(FAY, "final round", "How did the no come");
        // and the buttons of the question asked before the restart still work
        var press = bot.payloads.button(FAY, "rb:" + FAY + ":answer:outcome:ghosted", false);
        bot.interact(press);
        assertThat(bot.original(press).content()).contains("Who did you meet");
        // and after another restart, the contact form still opens from the button shown before it
        bot.restart();
        var openForm = bot.interact(bot.payloads.button(FAY, "rf:" + FAY + ":contact", false));
        assertThat(openForm.body().path("type").asInt()).as("MODAL callback").isEqualTo(9);
    }
}
