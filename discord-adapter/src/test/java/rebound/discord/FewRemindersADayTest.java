package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.conversation.KeptRejections;
import rebound.discord.fake.RestCall;

@DisplayName("Reminders on Discord: a few DMs a day, the rest gathered into one (issue 22)")
class FewRemindersADayTest extends RunningBotTest {

    static final String HAL = "100000000000000071";

    @Test
    @DisplayName("500 check-ins due at once: two reminders and one gathered message, not 1,008 DMs")
    void fiveHundredDue() throws Exception {
        // given Hal logged 500 rejections a month ago, and every check-in falls due now
        bot.keep(HAL, KeptRejections.of(500, bot.clock.instant().minus(Duration.ofDays(30))));

        // when the reminders are delivered, then again through the rest of his day
        assertThat(bot.deliverDueReminders()).as("follow-ups delivered").isEqualTo(500);
        for (int hour = 1; hour < 15; hour++) {
            bot.clock.advance(Duration.ofHours(1));
            assertThat(bot.deliverDueReminders()).isZero();
        }

        // then his DMs hold two reminders with their drafts and one message naming the rest
        List<RestCall> dms = bot.dms(HAL);
        assertThat(dms.stream().filter(m -> m.content().contains("```"))).as("drafts").hasSize(2);
        assertThat(dms).filteredOn(m -> m.content().contains("498 more follow-ups are due today")).singleElement()
                .satisfies(gathered -> {
                    assertThat(gathered.content()).contains("- **Company 3**: a short check-in, to Dana Smith")
                            .contains("- and 490 more").hasSizeLessThanOrEqualTo(2000);
                    assertThat(gathered.customIds()).contains("rb:" + HAL + ":followup:r3:r3-f1:show");
                });
        assertThat(dms).as("a few messages, not one per rejection").hasSizeLessThanOrEqualTo(9);

        // and "Show the first one" brings the third company's reminder, its draft and the way to the next
        var press = bot.payloads.button(HAL, "rb:" + HAL + ":followup:r3:r3-f1:show", false);
        bot.interact(press);
        RestCall shown = bot.original(press);
        assertThat(shown.content()).contains("Company 3");
        assertThat(shown.body().toString()).as("the next one, in the reminder's menu")
                .contains("\"followup:r4:r4-f1:show\"");
    }
}
