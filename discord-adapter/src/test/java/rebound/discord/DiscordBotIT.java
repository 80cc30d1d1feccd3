package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.discord.fake.FakeDiscord;
import rebound.discord.fake.Payloads;
import rebound.discord.fake.RestCall;

/**
 * The packaged Discord bot ({@code discord-adapter-*-app.jar}, the jar {@code ./rebound discord}
 * runs) started as a separate process with the README's variables against the fake Discord on
 * loopback: a whole intake to drafts in DMs, with the process stopped and started again mid-intake.
 */
@DisplayName("./rebound discord, as shipped")
class DiscordBotIT {

    private static final String ANA = "100000000000000011";
    private static final Duration WAIT = ShippedDiscordBot.WAIT;
    private static final Predicate<RestCall> REGISTERED = c -> c.is("PUT", "applications/\\d+/commands");

    @TempDir
    Path dir;
    private FakeDiscord discord;
    private Payloads payloads;
    private ShippedDiscordBot bot;

    @BeforeEach
    void start() throws Exception {
        discord = new FakeDiscord();
        payloads = new Payloads(discord);
        startProcess();
    }

    private void startProcess() throws Exception {
        int registered = discord.calls(REGISTERED).size();
        bot = ShippedDiscordBot.start(dir, discord, Map.of("REBOUND_DATA", dir.resolve("data").toString()));
        bot.awaitUntil("logged in", () -> discord.calls(REGISTERED).size() > registered
                && discord.gateway().connected());
    }

    private void stopProcess() throws Exception {
        bot.stop();
        assertThat(stderr()).doesNotContain("\tat ");
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (bot.alive()) {
                stopProcess();
            }
        } finally {
            discord.close();
        }
        assertThat(discord.violations()).as("what Discord would have refused").isEmpty();
    }

    private String stderr() {
        return bot.stderr();
    }

    private List<RestCall> dms() {
        String channel = FakeDiscord.dmChannelOf(ANA);
        return discord.calls(c -> c.is("POST", "channels/" + channel + "/messages"));
    }

    private RestCall say(String text, String expected) throws InterruptedException {
        int before = dms().size();
        discord.gateway().dispatch("MESSAGE_CREATE", payloads.directMessage(ANA, text));
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            List<RestCall> posted = dms();
            for (RestCall dm : posted.subList(before, posted.size())) {
                if (dm.content().contains(expected)) {
                    return dm;
                }
            }
            assertThat(Instant.now()).as("a DM containing \"%s\"; stderr: %s", expected, stderr()).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    /** GETs a probe of the running bot. */
    private java.net.http.HttpResponse<String> probe(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + bot.probePort() + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("liveness and readiness on REBOUND_PROBE_PORT: ready once the gateway is connected")
    void probes() throws Exception {
        assertThat(probe("/live").statusCode()).isEqualTo(200);
        Instant deadline = Instant.now().plus(WAIT);
        java.net.http.HttpResponse<String> ready = probe("/ready");
        while (ready.statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            ready = probe("/ready");
        }
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    }

    @Test
    @DisplayName("interactions without their channel object, as in Discord's documentation, are answered: a command "
            + "in the DM, a press there, a command in a server (issue 20)")
    void interactionsWithoutChannel() throws Exception {
        JsonNode command = rebound.discord.fake.DiscordSends.withoutChannel(payloads.slashCommand(ANA, "new", false));
        discord.gateway().dispatch("INTERACTION_CREATE", command);
        assertThat(original(command).content()).contains("Which company");
        say("Acme", "role");
        say("Product designer", "How far did you get");

        JsonNode press = rebound.discord.fake.DiscordSends.withoutChannel(
                payloads.button(ANA, "rb:" + ANA + ":answer:stage:interview", false));
        discord.gateway().dispatch("INTERACTION_CREATE", press);
        assertThat(original(press).content()).contains("How did the no come");

        JsonNode inServer = rebound.discord.fake.DiscordSends.withoutChannel(payloads.slashCommand(ANA, "help", true));
        discord.gateway().dispatch("INTERACTION_CREATE", inServer);
        assertThat(original(inServer).content()).contains("/rejected");
        assertThat(stderr()).doesNotContain("Json-parse error");
    }

    @Test
    @DisplayName("an answer fixed by editing the message is not taken: the member is told how to change it (issue 20)")
    void editedAnswerTold() throws Exception {
        JsonNode command = payloads.slashCommand(ANA, "new", false);
        discord.gateway().dispatch("INTERACTION_CREATE", command);
        assertThat(original(command).content()).contains("Which company");
        com.fasterxml.jackson.databind.node.ObjectNode typo = payloads.directMessage(ANA, "Acmee");
        int before = dms().size();
        discord.gateway().dispatch("MESSAGE_CREATE", typo);
        awaitDm(before, "role");

        before = dms().size();
        discord.gateway().dispatch("MESSAGE_UPDATE", rebound.discord.fake.DiscordSends.edited(typo, "Acme"));

        assertThat(awaitDm(before, "first sent").content()).contains("back");
        assertThat(say("Designer", "How far did you get").content()).contains("Acmee");
    }

    private RestCall awaitDm(int before, String expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            List<RestCall> posted = dms();
            for (RestCall dm : posted.subList(before, posted.size())) {
                if (dm.content().contains(expected)) {
                    return dm;
                }
            }
            assertThat(Instant.now()).as("a DM containing \"%s\"; stderr: %s", expected, stderr()).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    /** The deferred reply of an interaction, once filled in. */
    private RestCall original(JsonNode interaction) {
        String token = interaction.path("token").asText();
        return discord.await(c -> c.is("PATCH", "webhooks/\\d+/" + token + "/messages/@original"), 1).get(0);
    }

    @Test
    @DisplayName("a whole intake to drafts in DMs, restarted mid-intake")
    void wholeIntakeAcrossARestart() throws Exception {
        JsonNode command = payloads.slashCommand(ANA, "new", false);
        discord.gateway().dispatch("INTERACTION_CREATE", command);
        String token = command.path("token").asText();
        RestCall first = discord.await(c -> c.is("PATCH", "webhooks/\\d+/" + token + "/messages/@original"), 1).get(0);
        assertThat(first.content()).contains("Which company");
        say("Acme", "role");
        say("Product designer", "How far did you get");

        stopProcess();
        startProcess();

        say("interview", "How did the no come");
        say("they hired someone else", "Who did you meet");
        say("Dana Smith, hiring manager, the move to weekly releases", "Dana");
        say("done", "Who told you");
        say("skip", "still want it");
        say("yes", "What would help you most");
        say("thank, feedback", "how should the drafts sound");
        say("warm", "Does that look right");
        RestCall draft = say("yes", "```");
        assertThat(draft.content()).contains("**To:** Dana Smith");
    }
}
