package rebound.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.Settings;
import rebound.frontdoor.DoorContract;
import rebound.frontdoor.DoorWords;
import rebound.frontdoor.Draft;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.store.FailingStore;
import rebound.store.MapDbMemberStore;

@DisplayName("The JSON-lines door keeps the door contract")
class JsonLinesDoorTest extends DoorContract {

    @Override
    protected Door open(Path data, SettableClock clock) {
        return new LinesDoor(data, clock);
    }

    /**
     * {@code ./rebound --jsonl} in-process: each line is run through {@link JsonLines} as a script writes
     * it, and what it printed is read back as the script reads it (objects by {@code member}; an
     * {@code error} belongs to the member of the line that caused it).
     */
    private static final class LinesDoor implements Door {

        private static final ObjectMapper JSON = new ObjectMapper();
        private static final DoorWords WORDS = DoorWords.builtIn();

        private final Path data;
        private final SettableClock clock;
        private final List<JsonNode> printed = new ArrayList<>();
        private final List<String> printedFor = new ArrayList<>();
        private final java.util.Map<String, ObjectNode> lastSaid = new java.util.HashMap<>();
        private FailingStore store;
        private Rebound bot;
        private int ids;

        LinesDoor(Path data, SettableClock clock) {
            this.data = data;
            this.clock = clock;
            start();
        }

        private void start() {
            store = new FailingStore(MapDbMemberStore.open(data));
            bot = new Rebound(new Settings(data, null, clock), store, PlaybookBundle.load(PlaybookSource.builtIn()));
        }

        @Override
        public String cannot(Limit limit) {
            return limit == Limit.ONE_MEMBER
                    ? "every line names its member, so a choice is always pressed by the member it is sent for"
                    : null;
        }

        @Override
        public void startsIntake(String member) {
            line(member, line(member).put("command", "rejected").put("args", "new"));
        }

        @Override
        public void says(String member, String text) {
            ObjectNode line = line(member).put("text", text).put("id", "line-" + ++ids);
            lastSaid.put(member, line);
            line(member, line);
        }

        @Override
        public void presses(String member, String label) {
            line(member, line(member).put("action", action(member, label, false)).put("id", "line-" + ++ids));
        }

        @Override
        public void pressesOthers(String presser, String owner, String label) {
            throw new UnsupportedOperationException(cannot(Limit.ONE_MEMBER));
        }

        @Override
        public void pressesOld(String member, String label) {
            line(member, line(member).put("action", action(member, label, true)).put("id", "line-" + ++ids));
        }

        @Override
        public void redelivers(String member) {
            line(member, lastSaid.get(member));
        }

        @Override
        public void storeFails() {
            store.fail();
        }

        @Override
        public void storeRecovers() {
            store.heal();
        }

        @Override
        public void restart() {
            bot.close();
            start();
        }

        @Override
        public void deliverDueReminders() {
            line(null, JSON.createObjectNode().put("clock", clock.instant().toString()));
        }

        @Override
        public List<String> seen(String member) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < printed.size(); i++) {
                JsonNode object = printed.get(i);
                if (object.has("error") && member.equals(printedFor.get(i))) {
                    add(lines, object.get("error").asText());
                }
                if (!member.equals(object.path("member").asText(null))) {
                    continue;
                }
                add(lines, object.path("text").asText());
                for (JsonNode choice : object.path("choices")) {
                    add(lines, choice.path("label").asText());
                }
                for (JsonNode draft : object.path("drafts")) {
                    add(lines, WORDS.draftHeading(new Draft(draft.path("kind").asText(), draft.path("to").asText(null),
                            draft.path("part").asText(null), draft.path("subject").asText(null),
                            draft.path("body").asText(), null)));
                    add(lines, draft.path("body").asText());
                }
            }
            return lines;
        }

        private static void add(List<String> lines, String text) {
            text.lines().map(DoorContract::plain).filter(line -> !line.isEmpty()).forEach(lines::add);
        }

        /** The action of the choice labelled {@code label} on the member's latest (or first) object offering it. */
        private String action(String member, String label, boolean first) {
            String found = null;
            for (JsonNode object : printed) {
                if (!member.equals(object.path("member").asText(null))) {
                    continue;
                }
                for (JsonNode choice : object.path("choices")) {
                    if (choice.path("label").asText().equals(label)) {
                        if (first) {
                            return choice.path("action").asText();
                        }
                        found = choice.path("action").asText();
                    }
                }
            }
            if (found == null) {
                throw new AssertionError("no choice labelled " + label + " was printed for " + member);
            }
            return found;
        }

        private static ObjectNode line(String member) {
            return JSON.createObjectNode().put("member", member);
        }

        /** Runs one line, as a script writes it, and keeps every object printed for it. */
        private void line(String member, ObjectNode line) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                new JsonLines(bot, clock, new PrintStream(out, true, StandardCharsets.UTF_8))
                        .run(new BufferedReader(new StringReader(line + "\n")));
                for (String printedLine : out.toString(StandardCharsets.UTF_8).split("\n")) {
                    JsonNode object = JSON.readTree(printedLine);
                    if (!object.has("end")) {
                        printed.add(object);
                        printedFor.add(member);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            bot.close();
        }
    }
}
