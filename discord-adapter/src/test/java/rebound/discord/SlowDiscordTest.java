package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("A slow Discord holds no turn worker")
class SlowDiscordTest extends RunningBotTest {

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    @DisplayName("while Discord holds the answers of as many members as there are turn workers, another member's "
            + "turn is taken and answered")
    void slowAnswersHoldNoWorker() throws Exception {
        // given Discord holds every answer to these members' interactions (at most 4: JDA's HTTP client
        // sends 5 requests to one host at a time, and the fifth is the one that must get through)
        int held = Math.min(DiscordApp.WORKERS, 4);
        CountDownLatch discordAnswers = new CountDownLatch(1);
        Set<String> slow = ConcurrentHashMap.newKeySet();
        bot.discord.onCall(call -> {
            if (call.method().equals("PATCH") && slow.stream().anyMatch(call.path()::contains)) {
                try {
                    discordAnswers.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        try {
            for (int i = 0; i < held; i++) {
                JsonNode help = bot.payloads.slashCommand("10000000000000007" + i, "help", false);
                slow.add(help.path("token").asText());
                bot.interact(help);
            }

            // when another member starts a rejection
            JsonNode start = bot.payloads.slashCommand("100000000000000099", "new", false);
            bot.interact(start);

            // then their turn is taken and answered while the others' answers are still held
            assertThat(bot.original(start).content()).contains("Which company");
        } finally {
            discordAnswers.countDown();
        }
    }
}
