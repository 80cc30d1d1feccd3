package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.conversation.KeptRejections;
import rebound.discord.fake.FakeDiscord;
import rebound.discord.fake.FormData;
import rebound.discord.fake.RestCall;

@DisplayName("Files on Discord: the export and the calendar arrive as attachments (issue 20, item 9; issue 21)")
class FilesTest extends RunningBotTest {

    static final String ANA = "100000000000000011";

    @Test
    @DisplayName("/rejected calendar in a DM: one message with the .ics file, taken by the fake as Discord takes it")
    void calendar() {
        bot.keep(ANA, KeptRejections.of(2, Instant.parse("2026-11-23T10:00:00Z")));
        var command = bot.payloads.slashCommand(ANA, "calendar", false);
        bot.interact(command);
        RestCall reply = bot.original(command);
        assertThat(reply.content()).contains("2 upcoming follow-ups").contains("calendar file");
        assertThat(reply.files()).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("files[0]");
            assertThat(file.filename()).isEqualTo("rebound-follow-ups.ics");
            assertThat(file.text()).startsWith("BEGIN:VCALENDAR").contains("Dana Smith at Company 1");
        });
        assertThat(reply.body().path("attachments").get(0).path("filename").asText()).isEqualTo("rebound-follow-ups.ics");
    }

    @Test
    @DisplayName("500 rejections: /rejected export is one message with the JSON and the CSV, not 501 messages")
    void fiveHundred() throws Exception {
        bot.keep(ANA, KeptRejections.of(500, Instant.parse("2026-11-23T10:00:00Z")));
        var command = bot.payloads.slashCommand(ANA, "export", false);
        bot.interact(command);
        RestCall reply = bot.original(command);
        assertThat(reply.content()).startsWith("Here's everything I keep about you, in two files");
        assertThat(reply.files()).extracting(FormData.Part::filename)
                .containsExactly("rebound-export.json", "rebound-rejections.csv");
        assertThat(reply.files().get(0).content().length).isGreaterThan(150_000);
        assertThat(reply.files().get(1).text().lines().count()).isEqualTo(501);
        Thread.sleep(300); // anything more would have followed by now
        String token = command.path("token").asText();
        assertThat(bot.discord.calls(c -> c.is("POST", "webhooks/\\d+/" + token))).as("no follow-up messages").isEmpty();
        assertThat(bot.dms(ANA)).isEmpty();
        assertThat(new String(reply.files().get(0).content(), StandardCharsets.UTF_8)).contains("Company 500");
    }

    @Test
    @DisplayName("/rejected export in a server: the files come in the member's ephemeral reply")
    void inServer() {
        bot.keep(ANA, KeptRejections.of(1, Instant.parse("2026-11-23T10:00:00Z")));
        var command = bot.payloads.slashCommand(ANA, "export", true);
        bot.interact(command);
        RestCall reply = bot.original(command);
        assertThat(reply.files()).extracting(FormData.Part::filename)
                .containsExactly("rebound-export.json", "rebound-rejections.csv");
        assertThat(bot.discord.violations()).isEmpty();
        assertThat(FakeDiscord.dmChannelOf(ANA)).isNotEmpty();
    }
}
