package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.discord.fake.FakeDiscord;
import rebound.discord.fake.RestCall;

@DisplayName("A member's intake in DMs")
class DirectMessageIntakeTest extends RunningBotTest {

    static final String ANA = "100000000000000011";

    @Test
    @DisplayName("runs from the first answer to the drafts, one draft per message in a code block under 2,000 characters")
    void wholeIntakeEndsInDrafts() {
        // given Ana starts with /rejected new in her DM with the bot
        var command = bot.payloads.slashCommand(ANA, "new", false);
        RestCall ack = bot.interact(command);
        assertThat(ack.body().path("type").asInt()).as("deferred reply").isEqualTo(5);
        assertThat(ack.flags()).as("not ephemeral in a DM").isZero();
        assertThat(bot.original(command).content()).contains("Which company");

        // when she answers every step by typing
        bot.say(ANA, "Acme", "role");
        bot.say(ANA, "Product designer", "How far did you get");
        bot.say(ANA, "interview", "How did the no come");
        bot.say(ANA, "they hired someone else", "Who did you meet");
        bot.say(ANA, "Dana Smith, hiring manager, the move to weekly releases", "Dana");
        bot.say(ANA, "done", "Who told you");
        bot.say(ANA, "skip", "still want it");
        bot.say(ANA, "yes", "What would help you most");
        bot.say(ANA, "thank, feedback", "how should the drafts sound");
        bot.say(ANA, "warm", "Does that look right");
        RestCall firstDraft = bot.say(ANA, "yes", "```");

        // then the drafts arrive, each in its own message, as a code block that copies cleanly
        String dm = FakeDiscord.dmChannelOf(ANA);
        List<RestCall> drafts = bot.discord.await(
                c -> c.is("POST", "channels/" + dm + "/messages") && c.content().contains("```"), 1);
        assertThat(firstDraft.content()).contains("**To:** Dana Smith");
        bot.awaitDm(ANA, 0, "Copy each draft");
        assertThat(drafts).allSatisfy(d -> {
            assertThat(d.content()).containsOnlyOnce("```\n").endsWith("\n```");
            assertThat(d.content().length()).isLessThanOrEqualTo(2000);
        });
        assertThat(bot.dms(ANA)).allSatisfy(d -> assertThat(d.content().length()).isLessThanOrEqualTo(2000));
    }

    @Test
    @DisplayName("ignores the bot's own messages and other bots' messages")
    void ignoresBots() {
        // given Ana has started an intake
        var command = bot.payloads.slashCommand(ANA, "new", false);
        bot.interact(command);
        bot.original(command);

        // when the bot's own message and another bot's message show up in her DM, then Ana answers
        var otherBot = FakeDiscord.user("100000000000000099", "OtherBot").put("bot", true);
        bot.discord.gateway().dispatch("MESSAGE_CREATE", bot.payloads.message(ANA, FakeDiscord.botUser(), "Acme"));
        bot.discord.gateway().dispatch("MESSAGE_CREATE", bot.payloads.message(ANA, otherBot, "Globex"));
        bot.say(ANA, "Initech", "role");

        // then only Ana's message was answered, and her company is the one she typed
        assertThat(bot.dms(ANA)).hasSize(1);
        assertThat(bot.dms(ANA).get(0).content()).contains("Initech").doesNotContain("Acme", "Globex");
    }
}
