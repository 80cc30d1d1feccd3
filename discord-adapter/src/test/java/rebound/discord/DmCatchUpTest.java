package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Discord never sends a DM twice, so one a crash cut short is taken again at the next start")
class DmCatchUpTest extends RunningBotTest {

    private static final String ANA = "100000000000000061";

    @Test
    @DisplayName("a DM whose turn died before its commit is answered after the restart, once")
    void answeredAfterRestart() throws Exception {
        // given Ana started an intake and Rebound dies while saving her answer "Acme"
        var command = bot.payloads.slashCommand(ANA, "new", false);
        bot.interact(command);
        assertThat(bot.original(command).content()).contains("Which company");
        bot.holdCommits();
        bot.discord.gateway().dispatch("MESSAGE_CREATE", bot.payloads.directMessage(ANA, "Acme"));
        Path inFlight = data.resolve(DmsInFlight.FILE);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!(Files.exists(inFlight) && Files.readString(inFlight).contains("R ")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(Files.readString(inFlight)).as("the DM is noted before its turn").contains("R ");
        bot.crashHeldTurns();
        Thread.sleep(300);
        assertThat(bot.dms(ANA)).as("nothing answered before the crash").isEmpty();

        // when Rebound starts again
        bot.restart();

        // then her answer is taken and the next question asked, once
        assertThat(bot.awaitDm(ANA, 0, "Acme").content()).contains("role");
        int answered = bot.dms(ANA).size();
        bot.restart();
        Thread.sleep(1_000);
        assertThat(bot.dms(ANA)).as("not taken a second time").hasSize(answered);
    }

    @Test
    @DisplayName("DMs that were answered are not fetched again after a restart")
    void answeredOnesStay() throws Exception {
        var command = bot.payloads.slashCommand(ANA, "new", false);
        bot.interact(command);
        bot.original(command);
        bot.say(ANA, "Acme", "role");

        bot.restart();
        Thread.sleep(1_000);

        assertThat(bot.discord.calls(c -> c.is("GET", "channels/\\d+/messages/\\d+"))).isEmpty();
    }
}
