package rebound.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import rebound.SettableClock;
import rebound.discord.fake.FakeDiscord;
import rebound.discord.fake.RestCall;
import rebound.frontdoor.DoorContract;

@DisplayName("Discord keeps the door contract")
class DiscordDoorTest extends DoorContract {

    @Override
    protected Door open(Path data, SettableClock clock) throws Exception {
        return new DiscordDoor(new RunningBot(data, clock));
    }

    /**
     * The real JDA logged in to the fake Discord, driven with gateway events as Discord sends them: a
     * member's DM as {@code MESSAGE_CREATE}, a press as an {@code INTERACTION_CREATE} carrying the
     * {@code custom_id} of the button (or the value of the menu entry) the fake received, {@code /rejected
     * new} as a slash command in the DM. What a member has seen is every message posted to their DM and
     * every answer to their own interactions (callbacks, the deferred reply's edits, follow-ups). Discord
     * is answered asynchronously, so a step is over once its answer came and nothing more follows for a
     * moment.
     */
    private static final class DiscordDoor implements Door {

        private static final Duration QUIET = Duration.ofMillis(150);
        private static final Map<String, String> USERS = Map.of(ANA, "100000000000000071", BEN, "100000000000000072");

        private final RunningBot bot;
        /** The interaction ids and tokens of each member's interactions. */
        private final Map<String, Set<String>> interactions = new java.util.HashMap<>();
        /** Each member's last DM, as Discord sent it. */
        private final Map<String, ObjectNode> lastSaid = new java.util.HashMap<>();

        DiscordDoor(RunningBot bot) {
            this.bot = bot;
        }

        private static String user(String member) {
            return USERS.get(member);
        }

        @Override
        public void startsIntake(String member) {
            interact(member, bot.payloads.slashCommand(user(member), "new", false));
        }

        @Override
        public void says(String member, String text) {
            int before = seen(member).size();
            ObjectNode message = bot.payloads.directMessage(user(member), text);
            lastSaid.put(member, message);
            bot.discord.gateway().dispatch("MESSAGE_CREATE", message);
            answeredAfter(member, before);
        }

        @Override
        public void presses(String member, String label) {
            interact(member, pressOf(member, member, label, false));
        }

        @Override
        public void pressesOthers(String presser, String owner, String label) {
            interact(presser, pressOf(presser, owner, label, false));
        }

        @Override
        public void pressesOld(String member, String label) {
            interact(member, pressOf(member, member, label, true));
        }

        @Override
        public void redelivers(String member) {
            // a replay after a resume: the same message, same id
            bot.discord.gateway().dispatch("MESSAGE_CREATE", lastSaid.get(member));
            quiet();
        }

        @Override
        public void storeFails() {
            bot.breakCore();
        }

        @Override
        public void storeRecovers() {
            bot.healCore();
        }

        @Override
        public void restart() {
            try {
                bot.restart();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void deliverDueReminders() {
            bot.deliverDueReminders();
            quiet();
        }

        @Override
        public List<String> seen(String member) {
            String dm = "channels/" + FakeDiscord.dmChannelOf(user(member)) + "/messages";
            Set<String> mine = interactions.getOrDefault(member, Set.of());
            List<String> lines = new ArrayList<>();
            for (RestCall call : bot.discord.calls()) {
                if (shownTo(call, dm, mine)) {
                    call.content().lines().map(DoorContract::plain).filter(line -> !line.isEmpty()).forEach(lines::add);
                }
            }
            return lines;
        }

        /** Whether the call shows a message to the member: a post in their DM, or an answer to one of their interactions. */
        private static boolean shownTo(RestCall call, String dm, Set<String> interactions) {
            if (call.is("POST", dm)) {
                return true;
            }
            String[] path = call.path().split("/");
            if (call.is("POST", "interactions/\\d+/[^/]+/callback")) {
                return interactions.contains(path[1]);
            }
            return path.length >= 3 && path[0].equals("webhooks") && interactions.contains(path[2])
                    && !call.method().equals("DELETE");
        }

        /**
         * The interaction of {@code presser} pressing the button (or picking the menu entry) labelled
         * {@code label} on the latest (or first) message shown to {@code owner} that has it.
         */
        private ObjectNode pressOf(String presser, String owner, String label, boolean first) {
            String dm = "channels/" + FakeDiscord.dmChannelOf(user(owner)) + "/messages";
            Set<String> theirs = interactions.getOrDefault(owner, Set.of());
            ObjectNode press = null;
            for (RestCall call : bot.discord.calls()) {
                if (!shownTo(call, dm, theirs)) {
                    continue;
                }
                JsonNode message = call.body().has("data") ? call.body().get("data") : call.body();
                ObjectNode found = pressIn(message.path("components"), user(presser), label);
                if (found != null) {
                    press = found;
                    if (first) {
                        break;
                    }
                }
            }
            if (press == null) {
                throw new AssertionError("nothing shown to " + owner + " offers " + label);
            }
            return press;
        }

        /** The interaction of pressing {@code label} among {@code components} (rows of buttons and menus), or null. */
        private ObjectNode pressIn(JsonNode components, String userId, String label) {
            for (JsonNode row : components) {
                for (JsonNode component : row.path("components")) {
                    if (component.path("type").asInt() == 2 && label.equals(component.path("label").asText())) {
                        return bot.payloads.button(userId, component.path("custom_id").asText(), false);
                    }
                    for (JsonNode option : component.path("options")) {
                        if (label.equals(option.path("label").asText())) {
                            return bot.payloads.select(userId, component.path("custom_id").asText(), false,
                                    option.path("value").asText());
                        }
                    }
                }
            }
            return null;
        }

        /** Sends the interaction as the member and waits for its callback, its deferred reply if any, and quiet. */
        private void interact(String member, ObjectNode interaction) {
            Set<String> mine = interactions.computeIfAbsent(member, m -> new HashSet<>());
            mine.add(interaction.path("id").asText());
            mine.add(interaction.path("token").asText());
            RestCall callback = bot.interact(interaction);
            if (callback.body().path("type").asInt() == 5) {
                bot.original(interaction);
            }
            quiet();
        }

        /** Waits until the member has seen more than {@code before} lines, then for quiet. */
        private void answeredAfter(String member, int before) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (seen(member).size() <= before) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(member + " was not answered; Discord got:\n" + bot.discord.calls());
                }
                pause();
            }
            quiet();
        }

        /** Waits until Discord has received nothing more for {@link #QUIET}. */
        private void quiet() {
            DoorContract.awaitQuiet(() -> bot.discord.calls().size(), QUIET);
        }

        @Override
        public void close() throws Exception {
            bot.close();
        }
    }
}
