package rebound.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import rebound.SettableClock;
import rebound.frontdoor.DoorContract;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeSlack;

@DisplayName("Slack keeps the door contract")
class SlackDoorTest extends DoorContract {

    @Override
    protected Door open(Path data, SettableClock clock) throws Exception {
        return new SlackDoor(new RunningSlackApp(data, clock));
    }

    /**
     * The real Bolt app against the fake Slack, driven with signed requests as Slack sends them: a
     * member's DM as {@code message.im} events, a press as {@code block_actions} naming the button the
     * fake received, {@code /rejected} as a slash command. What a member has seen is every message
     * posted to their DM and every answer to their own presses' and commands' response_url.
     */
    private static final class SlackDoor implements Door {

        private final RunningSlackApp app;
        /** The response_url paths of each member's presses and commands. */
        private final Map<String, Set<String>> responseUrls = new java.util.HashMap<>();
        /** Each member's last typed message, as Slack sent it. */
        private final Map<String, String> lastSaid = new java.util.HashMap<>();

        SlackDoor(RunningSlackApp app) {
            this.app = app;
        }

        private static String user(String member) {
            return member.equals(ANA) ? RunningSlackApp.ANA : RunningSlackApp.BEN;
        }

        @Override
        public void startsIntake(String member) {
            String body = app.payloads.slashCommand(user(member), FakeSlack.dmOf(user(member)), "new");
            answered(member, body.replaceAll(".*response_url=([^&]*).*", "$1"));
            app.send(body);
        }

        @Override
        public void says(String member, String text) {
            String body = app.payloads.eventCallback(app.payloads.nextId("Ev"), app.payloads.dmEvent(user(member), text));
            lastSaid.put(member, body);
            app.send(body);
        }

        @Override
        public void presses(String member, String label) {
            press(member, member, label, false);
        }

        @Override
        public void pressesOthers(String presser, String owner, String label) {
            press(presser, owner, label, false);
        }

        @Override
        public void pressesOld(String member, String label) {
            press(member, member, label, true);
        }

        @Override
        public void redelivers(String member) {
            var retry = app.send(lastSaid.get(member), Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
            if (retry.statusCode() != 200) {
                throw new AssertionError("Slack's retry got HTTP " + retry.statusCode() + ": " + retry.body());
            }
        }

        @Override
        public void storeFails() {
            app.breakCore();
        }

        @Override
        public void storeRecovers() {
            app.healCore();
        }

        @Override
        public void restart() {
            try {
                app.restart();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void deliverDueReminders() {
            app.slack.timePasses();
            app.door.messengerRun();
            app.settle();
        }

        @Override
        public List<String> seen(String member) {
            String dm = FakeSlack.dmOf(user(member));
            Set<String> urls = responseUrls.getOrDefault(member, Set.of());
            List<String> lines = new ArrayList<>();
            for (ApiCall call : app.slack.calls()) {
                boolean inDm = call.method().equals("chat.postMessage") && dm.equals(call.param("channel"));
                boolean answered = call.method().equals("respond") && urls.contains(call.param("path"));
                if (inDm || answered) {
                    call.shownText().lines().map(SlackDoor::unescaped).map(DoorContract::plain)
                            .filter(line -> !line.isEmpty()).forEach(lines::add);
                }
            }
            return lines;
        }

        /** Text as Slack shows it: its three escaped characters back as typed. */
        private static String unescaped(String text) {
            return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        }

        /**
         * {@code presser} presses the button (or picks the menu entry) labelled {@code label} on the latest (or
         * first) message in {@code owner}'s DM that has it.
         */
        private void press(String presser, String owner, String label, boolean first) {
            String body = null;
            for (ApiCall message : app.slack.posted(FakeSlack.dmOf(user(owner)))) {
                String press = pressOf(user(presser), message, label);
                if (press != null) {
                    body = press;
                    if (first) {
                        break;
                    }
                }
            }
            if (body == null) {
                throw new AssertionError("no message in " + owner + "'s DM offers " + label);
            }
            String payload = URLDecoder.decode(body.substring("payload=".length()), StandardCharsets.UTF_8);
            answered(presser, RunningSlackApp.json(payload).path("response_url").asText());
            app.send(body);
        }

        /** The block_actions body of pressing {@code label} on {@code message}, or null when it has no such choice. */
        private String pressOf(String user, ApiCall message, String label) {
            for (JsonNode block : message.blocks()) {
                for (JsonNode element : block.path("elements")) {
                    String blockId = block.path("block_id").asText();
                    if (element.path("text").path("text").asText().equals(label)) {
                        return app.payloads.blockAction(user, message.param("channel"), false, blockId, element, null, null);
                    }
                    for (JsonNode option : element.path("options")) {
                        if (option.path("text").path("text").asText().equals(label)) {
                            return app.payloads.blockAction(user, message.param("channel"), false, blockId, element,
                                    (ObjectNode) option, null);
                        }
                    }
                }
            }
            return null;
        }

        private void answered(String member, String responseUrl) {
            String url = URLDecoder.decode(responseUrl, StandardCharsets.UTF_8);
            responseUrls.computeIfAbsent(member, m -> new HashSet<>()).add(URI.create(url).getPath());
        }

        @Override
        public void close() throws Exception {
            app.close();
        }
    }
}
