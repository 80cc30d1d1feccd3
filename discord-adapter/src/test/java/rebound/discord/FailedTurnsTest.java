package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.DoorWords;

@DisplayName("A turn that fails after Discord was acknowledged answers the member, never silence")
class FailedTurnsTest extends RunningBotTest {

    private static final String ANA = "100000000000000041";
    private static final String FAILED = DoorWords.builtIn().say("failed");

    private void startIntake() {
        var command = bot.payloads.slashCommand(ANA, "new", false);
        bot.interact(command);
        bot.original(command);
    }

    @Test
    @DisplayName("a typed DM answer")
    void directMessage() {
        startIntake();
        bot.breakCore();

        assertThat(bot.say(ANA, "Acme", FAILED).content()).isEqualTo(FAILED).contains("kept", "try again");
    }

    @Test
    @DisplayName("a button")
    void button() {
        startIntake();
        bot.say(ANA, "Acme", "role");
        bot.say(ANA, "Designer", "How far did you get");
        bot.breakCore();

        var press = bot.payloads.button(ANA, "rb:" + ANA + ":answer:stage:interview", false);
        bot.interact(press);

        assertThat(bot.original(press).content()).isEqualTo(FAILED);
    }

    @Test
    @DisplayName("a submitted modal")
    void modal() {
        startIntake();
        bot.breakCore();

        var submit = bot.payloads.modalSubmit(ANA, "rm:" + ANA + ":contact",
                Map.of("name", "Dana", "part", "recruiter"), false);
        bot.interact(submit);

        assertThat(bot.original(submit).content()).isEqualTo(FAILED);
    }

    @Test
    @DisplayName("/rejected in a server")
    void slashCommand() {
        bot.breakCore();

        var command = bot.payloads.slashCommand(ANA, "list", true);
        bot.interact(command);

        assertThat(bot.original(command).content()).isEqualTo(FAILED);
    }
}
