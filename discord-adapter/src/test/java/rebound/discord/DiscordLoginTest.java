package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.discord.fake.RestCall;

@DisplayName("Starting the Discord front door")
class DiscordLoginTest extends RunningBotTest {

    @Test
    @DisplayName("logs in with the token and registers the global /rejected command with its subcommands")
    void registersRejected() {
        // given the bot started against the fake Discord (see start())
        // then it checked its token and is connected to the gateway
        assertThat(bot.discord.calls(c -> c.is("GET", "users/@me"))).hasSize(1);
        assertThat(bot.discord.gateway().identifies()).isEqualTo(1);

        // and it put one global command, /rejected, with the seven subcommands (settings: issue 21)
        RestCall put = bot.discord.await(c -> c.is("PUT", "applications/\\d+/commands"), 1).get(0);
        assertThat(put.body()).hasSize(1);
        assertThat(put.body().get(0).path("name").asText()).isEqualTo("rejected");
        java.util.List<String> subcommands = new java.util.ArrayList<>();
        put.body().get(0).path("options").forEach(o -> subcommands.add(o.path("name").asText()));
        assertThat(subcommands).containsExactly("new", "list", "update", "settings", "forget", "calendar", "export",
                "help");
        // settings takes an optional zone, typed
        assertThat(put.body().get(0).path("options").get(3).path("options").findValuesAsText("name"))
                .containsExactly("zone");
        assertThat(put.body().get(0).path("options").get(3).path("options").get(0).path("required").asBoolean())
                .isFalse();
        // each described by the playbook's frontdoor.txt (command_<name>), within Discord's 100 characters
        rebound.frontdoor.DoorWords words = rebound.frontdoor.DoorWords.load(rebound.playbook.PlaybookSource.builtIn());
        assertThat(put.body().get(0).path("description").asText()).isEqualTo(words.say("command_rejected"));
        put.body().get(0).path("options").forEach(o -> assertThat(o.path("description").asText())
                .isEqualTo(words.say("command_" + o.path("name").asText())).hasSizeLessThanOrEqualTo(100));
    }
}
