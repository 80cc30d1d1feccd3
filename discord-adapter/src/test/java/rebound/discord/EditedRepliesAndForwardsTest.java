package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.discord.fake.DiscordSends;
import rebound.discord.fake.FakeDiscord;
import rebound.discord.fake.RestCall;

@DisplayName("Edits, replies, forwards and attachments in DMs, as Discord sends them (issue 20)")
class EditedRepliesAndForwardsTest extends RunningBotTest {

    static final String ANA = "100000000000000011";

    private void start() {
        var command = bot.payloads.slashCommand(ANA, "new", false);
        bot.interact(command);
        assertThat(bot.original(command).content()).contains("Which company");
    }

    private RestCall send(ObjectNode message, String expected) {
        int before = bot.dms(ANA).size();
        bot.discord.gateway().dispatch("MESSAGE_CREATE", message);
        return bot.awaitDm(ANA, before, expected);
    }

    @Test
    @DisplayName("an edited answer is not taken; the member is told so and how to change it, and the intake goes on")
    void editTold() {
        // given Ana named the company with a typo, and was asked the role
        start();
        ObjectNode typo = bot.payloads.directMessage(ANA, "Acmee");
        send(typo, "role");
        int before = bot.dms(ANA).size();

        // when she edits it
        bot.discord.gateway().dispatch("MESSAGE_UPDATE", DiscordSends.edited(typo, "Acme"));

        // then she is told the edit changed nothing and how to change the answer
        assertThat(bot.awaitDm(ANA, before, "first sent").content()).contains("back");
        // and the intake goes on from where it was, with what she first sent
        assertThat(bot.say(ANA, "Designer", "How far did you get").content()).contains("Acmee");
        assertThat(bot.dms(ANA)).hasSize(before + 2);
    }

    @Test
    @DisplayName("an answer sent as a reply to the question is taken like any other")
    void replyTaken() {
        start();
        RestCall asked = send(bot.payloads.directMessage(ANA, "Acme"), "role");
        JsonNode question = createdShowing(asked.content());

        send(DiscordSends.reply(bot.payloads.directMessage(ANA, "Designer"), question), "How far did you get");
    }

    /** The message Discord created in Ana's DM that shows {@code content} (its record follows the POST's). */
    private JsonNode createdShowing(String content) {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
        while (true) {
            List<JsonNode> created = bot.discord.created(FakeDiscord.dmChannelOf(ANA));
            for (JsonNode message : created) {
                if (message.path("content").asText().equals(content)) {
                    return message;
                }
            }
            assertThat(java.time.Instant.now()).as("created: %s", created).isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    @Test
    @DisplayName("a rejection e-mail forwarded without a word of her own is met with the question again, never silence")
    void forwardedAlone() {
        start();

        RestCall again = send(DiscordSends.forwarded(bot.payloads.directMessage(ANA, ""),
                "Thank you for your interest in the Product designer role at Acme...", "800000000000000077",
                "800000000000000078"), "company");

        assertThat(again.content()).contains("company");
    }

    @Test
    @DisplayName("a screenshot alone, with no text, is met with the question again, never silence")
    void attachmentAlone() {
        start();

        send(DiscordSends.attachmentOnly(bot.payloads.directMessage(ANA, ""), "800000000000000079"), "company");
    }
}
