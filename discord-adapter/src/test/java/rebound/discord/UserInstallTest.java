package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.discord.fake.DiscordSends;
import rebound.discord.fake.FakeDiscord;
import rebound.discord.fake.RestCall;
import rebound.discord.fake.UserInstallPayloads.Where;
import rebound.discord.fake.UserInstallPayloads;

@DisplayName("Rebound added to a member's own account, sharing no server with them (issue 20)")
class UserInstallTest extends RunningBotTest {

    static final String UMA = "100000000000000071";
    private UserInstallPayloads payloads;

    @BeforeEach
    void umaAddsReboundToHerAccount() {
        bot.discord.installs().addToAccount(UMA);
        payloads = new UserInstallPayloads(bot.discord);
    }

    @Test
    @DisplayName("/rejected is registered for server and account installs, in servers, the bot's DM and other DMs")
    void registeredForBothInstalls() {
        JsonNode rejected = bot.discord.installs().command("rejected");

        // JDA writes each as a string ("0"), which Discord reads as the number
        assertThat(rejected.path("integration_types")).extracting(JsonNode::asInt).containsExactly(0, 1);
        assertThat(rejected.path("contexts")).extracting(JsonNode::asInt).containsExactly(0, 1, 2);
    }

    @Test
    @DisplayName("/rejected new in a DM with a friend: only she sees the answer, the intake goes on in her DM with the"
            + " bot, and a month later her reminder arrives there")
    void intakeAndReminderFromAFriendsDm() {
        // when Uma uses /rejected new in her DM with a friend, a channel the bot is not in
        var command = payloads.slashCommand(UMA, "new", Where.DM_WITH_FRIEND);
        RestCall ack = bot.interact(command);

        // then only she sees the answer, which points to her DM with the bot, where the first question is
        assertThat(ack.body().path("data").path("flags").asInt()).as("ephemeral").isEqualTo(64);
        assertThat(bot.original(command).content()).contains("continued in our DMs");
        bot.awaitDm(UMA, 0, "Which company");

        // and she finishes the intake there
        finishIntakeInHerDm();

        // when a month has passed
        int before = bot.dms(UMA).size();
        bot.clock.advance(Duration.ofDays(31));

        // then her reminder is a DM with its draft and buttons
        assertThat(bot.deliverDueReminders()).isEqualTo(1);
        List<RestCall> reminder = bot.dms(UMA).subList(before, bot.dms(UMA).size());
        assertThat(reminder).anySatisfy(m -> assertThat(m.content()).contains("```"));
    }

    /** Uma answers every question of the intake in her DM with the bot, up to the plan and the zone question. */
    private void finishIntakeInHerDm() {
        bot.say(UMA, "Acme", "role");
        bot.say(UMA, "Product designer", "How far did you get");
        bot.say(UMA, "interview", "How did the no come");
        bot.say(UMA, "they hired someone else", "Who did you meet");
        bot.say(UMA, "Dana Smith, hiring manager, the move to weekly releases", "Dana");
        bot.say(UMA, "done", "Who told you");
        bot.say(UMA, "skip", "still want it");
        bot.say(UMA, "yes", "What would help you most");
        bot.say(UMA, "thank, stay in touch", "how should the drafts sound");
        bot.say(UMA, "warm", "Does that look right");
        bot.say(UMA, "yes", "I'll remind you");
        bot.awaitDm(UMA, 0, "What's your time zone or city?");
    }

    /** Waits until no DM to Uma has been posted for half a second (the plan's last messages follow its question). */
    private void settled() {
        try {
            int count;
            do {
                count = bot.dms(UMA).size();
                Thread.sleep(500);
            } while (bot.dms(UMA).size() != count);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("a reminder Discord refuses (50278) stays pending, is not tried again at once, and arrives once"
            + " she can be sent DMs again")
    void refusedReminderDoesNotLoop() {
        bot.interact(payloads.slashCommand(UMA, "new", Where.GROUP_DM));
        bot.awaitDm(UMA, 0, "Which company");
        finishIntakeInHerDm();

        // given the plan's last messages are out, she removed Rebound from her account (no shared server), and a
        // month has passed
        settled();
        bot.discord.installs().removeFromAccount(UMA);
        bot.clock.advance(Duration.ofDays(31));
        int before = bot.dms(UMA).size();

        // then the reminder is tried, refused, and not tried again straight away
        assertThat(bot.deliverDueReminders()).isZero();
        int attempts = bot.dms(UMA).size();
        assertThat(attempts).isGreaterThan(before);
        assertThat(bot.deliverDueReminders()).isZero();
        assertThat(bot.dms(UMA)).hasSize(attempts);

        // when she adds it again and the retry time has come, it arrives
        bot.discord.installs().addToAccount(UMA);
        bot.clock.advance(Duration.ofDays(2));
        assertThat(bot.deliverDueReminders()).isEqualTo(1);
    }

    @Test
    @DisplayName("a typed answer whose reply Discord refuses (50278) is saved, and not followed by a 'failed' Discord"
            + " would refuse too")
    void refusedDmAnswerNotRetried() {
        bot.interact(payloads.slashCommand(UMA, "new", Where.GROUP_DM));
        bot.awaitDm(UMA, 0, "Which company");
        bot.discord.installs().removeFromAccount(UMA);
        int before = bot.dms(UMA).size();

        bot.discord.gateway().dispatch("MESSAGE_CREATE", bot.payloads.directMessage(UMA, "Acme"));

        bot.discord.await(c -> c.is("POST", "channels/" + FakeDiscord.dmChannelOf(UMA) + "/messages"), before + 1);
        settled();
        assertThat(bot.dms(UMA)).as("the answer tried once, no 'failed' after it").hasSize(before + 1);
        // and her answer was taken: back on her account, a new /rejected sets aside the one about Acme
        bot.discord.installs().addToAccount(UMA);
        var command = payloads.slashCommand(UMA, "new", Where.BOT_DM);
        bot.interact(command);
        assertThat(bot.original(command).content()).as("Acme was saved").contains("Acme");
    }

    @Test
    @DisplayName("/rejected list in a group DM is answered for her eyes only, with a link to her DM with the bot")
    void listInAGroupDm() {
        var command = payloads.slashCommand(UMA, "list", Where.GROUP_DM);
        RestCall ack = bot.interact(command);

        assertThat(ack.body().path("data").path("flags").asInt()).isEqualTo(64);
        RestCall answer = bot.original(command);
        assertThat(answer.content()).contains("You haven't logged any rejections yet");
        assertThat(answer.body().findValuesAsText("url"))
                .containsExactly("https://discord.com/channels/@me/" + FakeDiscord.dmChannelOf(UMA));
    }

    @Test
    @DisplayName("/rejected in a group DM without its channel object is answered too")
    void groupDmWithoutChannel() {
        var command = DiscordSends.withoutChannel(payloads.slashCommand(UMA, "help", Where.GROUP_DM));
        RestCall ack = bot.interact(command);

        assertThat(ack.body().path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(bot.original(command).content()).contains("/rejected");
    }

    @Test
    @DisplayName("/rejected help in a server the bot is not in is answered for her eyes only")
    void inAServerWithoutTheBot() {
        var command = payloads.slashCommand(UMA, "help", Where.SERVER_WITHOUT_BOT);
        RestCall ack = bot.interact(command);

        assertThat(ack.body().path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(bot.original(command).content()).contains("/rejected");
    }

    @Test
    @DisplayName("/rejected new in her DM with the bot is answered right there")
    void inTheBotsDm() {
        var command = payloads.slashCommand(UMA, "new", Where.BOT_DM);
        RestCall ack = bot.interact(command);

        assertThat(ack.body().path("data").path("flags").asInt()).as("not ephemeral").isZero();
        assertThat(bot.original(command).content()).contains("Which company");
    }

    @Test
    @DisplayName("when Discord refuses the DM (50278, no shared server), she is told plainly why, what to do and where"
            + " her follow-ups show meanwhile, and the intake starts here")
    void dmRefusedSaysWhy() {
        // given Discord will not let the bot DM Uma
        var command = payloads.slashCommand(UMA, "new", Where.DM_WITH_FRIEND);
        bot.discord.installs().removeFromAccount(UMA);

        // when she uses /rejected new in a DM with a friend
        RestCall ack = bot.interact(command);

        // then she reads why, what to do and where her follow-ups are, then the first question, for her eyes only
        RestCall answer = bot.original(command);
        assertThat(answer.content()).contains("share a server", "add Rebound to your account", "/rejected list");
        assertThat(ack.body().path("data").path("flags").asInt()).as("ephemeral").isEqualTo(64);
        String token = command.path("token").asText();
        assertThat(bot.discord.await(c -> c.is("POST", "webhooks/\\d+/" + token), 1))
                .anySatisfy(m -> assertThat(m.content()).contains("Which company"));
    }

    @Test
    @DisplayName("when she closed her DMs (50007), a group DM's answer says how to let the bot DM her, not a server's"
            + " privacy settings")
    void closedDmsOutsideAServer() {
        bot.discord.closeDms(UMA);

        var command = payloads.slashCommand(UMA, "new", Where.GROUP_DM);
        bot.interact(command);

        assertThat(bot.original(command).content()).contains("let me DM you again", "/rejected list")
                .doesNotContain("right-click this server");
    }

    @Test
    @DisplayName("a button pressed on her answer in a group DM answers her alone")
    void buttonInAGroupDm() {
        var command = payloads.slashCommand(UMA, "new", Where.GROUP_DM);
        bot.interact(command);
        bot.awaitDm(UMA, 0, "Which company");
        bot.say(UMA, "Acme", "role");
        bot.say(UMA, "Product designer", "How far did you get");

        var press = payloads.button(UMA, "rb:" + UMA + ":answer:stage:interview", Where.GROUP_DM);
        RestCall ack = bot.interact(press);

        assertThat(ack.body().path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(bot.awaitDm(UMA, 0, "How did the no come").flags()).isZero();
    }
}
