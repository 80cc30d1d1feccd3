package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.discord.fake.RestCall;
import rebound.frontdoor.PlannedFollowUp;

/** Issue 21, the member's clock on Discord, which gives no zone: asked once, lightly; the answer kept. */
@DisplayName("A Discord member's time zone")
class MemberZoneTest extends RunningBotTest {

    static final String HINA = "100000000000000071";
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final String QUESTION = "What's your time zone or city?";

    private void intake(String company) {
        var command = bot.payloads.slashCommand(HINA, "new", false);
        bot.interact(command);
        bot.original(command);
        bot.say(HINA, company, "role");
        bot.say(HINA, "Product designer", "How far did you get");
        bot.say(HINA, "interview", "How did the no come");
        bot.say(HINA, "they hired someone else", "Who did you meet");
        bot.say(HINA, "Dana Smith, hiring manager, the move to weekly releases", "Dana");
        bot.say(HINA, "done", "Who told you");
        bot.say(HINA, "skip", "still want it");
        bot.say(HINA, "yes", "What would help you most");
        bot.say(HINA, "thank, stay in touch", "how should the drafts sound");
        bot.say(HINA, "warm", "Does that look right");
        bot.say(HINA, "yes", "I'll remind you");
    }

    private List<PlannedFollowUp> followUps() {
        return bot.core().overview(Members.of(Long.parseLong(HINA))).followups();
    }

    private long questions() {
        return bot.dms(HINA).stream().filter(m -> m.content().contains(QUESTION)).count();
    }

    @Test
    @DisplayName("after the first plan the zone is asked once, with buttons; a typed city is kept, and reminders come at 09:00 there")
    void askedOnceAndKept() {
        intake("Acme");
        RestCall question = bot.awaitDm(HINA, 0, QUESTION);
        assertThat(question.customIds()).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("rb:" + HINA + ":"));

        bot.say(HINA, "Auckland", "Pacific/Auckland");
        assertThat(followUps()).isNotEmpty().allSatisfy(f ->
                assertThat(f.due().atZone(AUCKLAND).toLocalTime()).isEqualTo(LocalTime.of(9, 0)));

        intake("Globex");
        bot.awaitDm(HINA, 0, "Globex");
        assertThat(questions()).isEqualTo(1);
        assertThat(followUps()).allSatisfy(f ->
                assertThat(f.due().atZone(AUCKLAND).toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
    }

    @Test
    @DisplayName("/rejected settings shows the zone, and a zone button changes it")
    void settings() {
        intake("Acme");
        RestCall question = bot.awaitDm(HINA, 0, QUESTION);
        String india = question.customIds().stream().filter(id -> id.endsWith("Asia/Kolkata")).findFirst().orElseThrow();
        var press = bot.payloads.button(HINA, india, false);
        bot.interact(press);
        assertThat(bot.original(press).content()).contains("Asia/Kolkata");
        var command = bot.payloads.slashCommand(HINA, "settings", false);
        bot.interact(command);
        assertThat(bot.original(command).content()).contains("Asia/Kolkata");
    }
}
