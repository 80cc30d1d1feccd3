package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.DoorWords;

/** The cases Discord alone has; a typed answer and a button in the DM are the door contract's ({@link DiscordDoorTest}). */
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
