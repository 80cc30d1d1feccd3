package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.Settings;
import rebound.discord.fake.FakeDiscord;
import rebound.discord.fake.Payloads;
import rebound.discord.fake.RestCall;
import rebound.discord.fake.UserInstallPayloads;

/**
 * Issue 20's "Done when" for Discord, on the packaged jar ({@code ./rebound discord}) against the fake
 * Discord: a member who added Rebound to their own account and shares no server with it runs an intake
 * from a DM with a friend and gets a reminder; and issue 22's Discord call metrics on the probe port.
 *
 * <p>With the built-in plan the reminder comes a month later. The shipped jar runs on the real clock, so
 * once the jar has stopped, the month is passed by opening the data it wrote with the core on a clock a
 * month on and delivering through the same Discord front door against the same fake. A second case has
 * the jar deliver the reminder itself: a community's playbook folder whose plan reminds the day it plans.
 */
@DisplayName("./rebound discord, as shipped, for a member who added Rebound to their own account")
class UserInstallIT {

    private static final String UMA = "100000000000000071";
    private static final Duration WAIT = ShippedDiscordBot.WAIT;

    @TempDir
    Path dir;
    private FakeDiscord discord;
    private ShippedDiscordBot bot;

    @AfterEach
    void stop() throws Exception {
        try {
            if (bot != null) {
                bot.close();
            }
        } finally {
            if (discord != null) {
                discord.close();
            }
        }
        assertThat(discord.violations()).as("what Discord would have refused").isEmpty();
    }

    private void startJar() throws Exception {
        startJar(Map.of());
    }

    private void startJar(Map<String, String> more) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(more);
        env.put("REBOUND_DATA", dir.resolve("data").toString());
        bot = ShippedDiscordBot.start(dir, discord, env);
        bot.awaitUntil("logged in", () -> discord.installs().command("rejected") != null
                && discord.gateway().connected());
    }

    private String stderr() {
        return bot.stderr();
    }

    private List<RestCall> dms() {
        String channel = FakeDiscord.dmChannelOf(UMA);
        return discord.calls(c -> c.is("POST", "channels/" + channel + "/messages"));
    }

    private RestCall awaitDm(int before, String expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            List<RestCall> posted = dms();
            for (RestCall dm : posted.subList(Math.min(before, posted.size()), posted.size())) {
                if (dm.content().contains(expected)) {
                    return dm;
                }
            }
            assertThat(Instant.now()).as("a DM containing \"%s\"; stderr: %s", expected, stderr()).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    private RestCall say(String text, String expected) throws InterruptedException {
        int before = dms().size();
        discord.gateway().dispatch("MESSAGE_CREATE", new Payloads(discord).directMessage(UMA, text));
        return awaitDm(before, expected);
    }

    private String metrics() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + bot.probePort() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    @DisplayName("an intake from a DM with a friend, a reminder a month later in her DM with the bot, and Discord's"
            + " calls and 429s on /metrics without an id")
    void intakeThenReminder() throws Exception {
        discord = new FakeDiscord();
        discord.installs().addToAccount(UMA);
        startJar();

        // Uma, who added Rebound to her account and shares no server with it, runs /rejected new in a DM with a friend
        JsonNode command = new UserInstallPayloads(discord).slashCommand(UMA, "new",
                UserInstallPayloads.Where.DM_WITH_FRIEND);
        discord.gateway().dispatch("INTERACTION_CREATE", command);
        String id = command.path("id").asText();
        RestCall ack = discord.await(c -> c.is("POST", "interactions/" + id + "/[^/]+/callback"), 1).get(0);
        assertThat(ack.body().path("data").path("flags").asInt()).as("for her eyes only").isEqualTo(64);
        awaitDm(0, "Which company");
        String token = command.path("token").asText();
        assertThat(discord.await(c -> c.is("PATCH", "webhooks/\\d+/" + token + "/messages/@original"), 1).get(0)
                .content()).contains("continued in our DMs");

        firstAnswers();
        // Discord answers the next DM with a 429 once; JDA waits it out and sends it again
        discord.rateLimits().limit("POST channels/\\d+/messages", 1);
        say("Dana Smith, hiring manager, the move to weekly releases", "Dana");
        assertThat(discord.rateLimits().answered()).isEqualTo(1);
        restOfTheIntake();

        // the calls to Discord are counted by route and answer, the 429 as such, with no id in any of it
        String dmRoute = "method=\"POST /channels/{id}/messages\",platform=\"discord\"";
        String page = metrics();
        Instant counted = Instant.now().plus(WAIT);
        while (!(page.contains(dmRoute + ",status=\"429\"") && page.contains(dmRoute + ",status=\"2xx\""))
                && Instant.now().isBefore(counted)) {
            Thread.sleep(100);
            page = metrics();
        }
        assertThat(page).containsPattern("rebound_platform_calls_total\\{" + java.util.regex.Pattern.quote(dmRoute)
                + ",status=\"2xx\"} [1-9]")
                .containsPattern("rebound_platform_calls_total\\{" + java.util.regex.Pattern.quote(dmRoute)
                + ",status=\"429\"} 1")
                .contains("method=\"POST /interactions/{id}/{id}/callback\",platform=\"discord\",status=\"2xx\"")
                .doesNotContain(UMA, FakeDiscord.dmChannelOf(UMA), token, command.path("channel_id").asText());

        bot.stop();

        // a month later, her reminder reaches her DM with the bot
        int before = dms().size();
        SettableClock later = SettableClock.at(Instant.now().plus(Duration.ofDays(31)));
        try (Rebound core = Rebound.open(new Settings(dir.resolve("data"), null, later));
                DiscordApp door = DiscordApp.start(new DiscordSettings(FakeDiscord.TOKEN, discord.restUrl(),
                        discord.gatewayUrl(), null), core, null)) {
            assertThat(door.deliverDueReminders()).isEqualTo(1);
        }
        assertThat(dms().subList(before, dms().size())).anySatisfy(m -> assertThat(m.content()).contains("```"));
    }

    @Test
    @DisplayName("a community whose plan reminds the same day: the shipped jar itself delivers her reminder to her"
            + " DM with the bot, with no server shared")
    void theJarDeliversHerReminder() throws Exception {
        // the community's playbook folder: the built-in plan with every reminder due the day it is planned, in
        // the member's morning at midnight, so a reminder is due as soon as the intake ends (no clock is moved)
        Path playbook = Files.createDirectories(dir.resolve("playbook"));
        Files.writeString(playbook.resolve("plan.txt"), builtIn("plan.txt")
                .replaceAll("(?m)^(remind: .*) after \\d+ days$", "$1 after 0 days"));
        Files.writeString(playbook.resolve("words.txt"), builtIn("words.txt")
                .replaceAll("(?m)^reminder_morning: .*$", "reminder_morning: 00:00"));
        discord = new FakeDiscord();
        discord.installs().addToAccount(UMA);
        startJar(Map.of("REBOUND_PLAYBOOK_DIR", playbook.toString()));

        discord.gateway().dispatch("INTERACTION_CREATE", new UserInstallPayloads(discord).slashCommand(UMA, "new",
                UserInstallPayloads.Where.DM_WITH_FRIEND));
        awaitDm(0, "Which company");
        firstAnswers();
        say("Dana Smith, hiring manager, the move to weekly releases", "Dana");
        restOfTheIntake();

        // the jar looks for due reminders as it starts (and every minute after): a restart, and it sends hers
        bot.stop();
        int before = dms().size();
        startJar(Map.of("REBOUND_PLAYBOOK_DIR", playbook.toString()));
        RestCall reminder = awaitDm(before, "```");
        assertThat(reminder.content()).as("her reminder, with the note to send").contains("Dana");
        assertThat(discord.calls(c -> c.is("POST", "channels/\\d+/messages")))
                .as("every message went to her DM with the bot, the one channel the app may post in")
                .allSatisfy(c -> assertThat(c.path()).contains(FakeDiscord.dmChannelOf(UMA)));
    }

    /** Uma's intake up to the people she met: Acme, a product designer, turned down after an interview. */
    private void firstAnswers() throws InterruptedException {
        say("Acme", "role");
        say("Product designer", "How far did you get");
        say("interview", "How did the no come");
        say("they hired someone else", "Who did you meet");
    }

    /** Uma's intake after the people she met, to the end (she is asked her time zone). */
    private void restOfTheIntake() throws InterruptedException {
        say("done", "Who told you");
        say("skip", "still want it");
        say("yes", "What would help you most");
        say("thank, stay in touch", "how should the drafts sound");
        say("warm", "Does that look right");
        say("yes", "I'll remind you");
        awaitDm(0, "What's your time zone or city?");
    }

    private static String builtIn(String file) throws java.io.IOException {
        try (java.io.InputStream in = UserInstallIT.class.getResourceAsStream("/playbook/" + file)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
