package rebound.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.Settings;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Outbound;
import rebound.store.MapDbMemberStore;

@DisplayName("The JSON-lines front door")
class JsonLinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant LOGGED = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path data;
    private final SettableClock clock = SettableClock.at(LOGGED);
    private Rebound bot;

    @BeforeEach
    void open() {
        bot = Rebound.open(new Settings(data, null, clock));
    }

    @AfterEach
    void close() {
        bot.close();
    }

    /** Runs {@code input} through the front door and returns every object printed. */
    private List<JsonNode> run(String input) throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        run(input, new PrintStream(printed, true, StandardCharsets.UTF_8));
        List<JsonNode> objects = new ArrayList<>();
        for (String line : printed.toString(StandardCharsets.UTF_8).split("\n")) {
            objects.add(JSON.readTree(line));
        }
        return objects;
    }

    private void run(String input, PrintStream out) throws IOException {
        new JsonLines(bot, clock, out).run(new BufferedReader(new StringReader(input)));
    }

    /** A member with a logged rejection; returns when their first follow-up is due. */
    private Instant logARejection(String member) {
        bot.handle(Inbound.command(new Member(member), ""));
        for (String text : List.of("Acme", "Designer", "final", "hired_other",
                "Dana Smith, hiring manager, weekly releases", "done", "skip", "yes", "thank, stay in touch", "warm",
                "yes")) {
            bot.handle(Inbound.text(new Member(member), text));
        }
        Outbound overview = bot.overview(new Member(member));
        return overview.followups().stream().map(f -> f.due()).min(Instant::compareTo).orElseThrow();
    }

    @Test
    @DisplayName("files sent with a message: name, media type, size and the text (issue 20, item 9; issue 21)")
    void files() throws IOException {
        logARejection("alice");
        List<JsonNode> out = run("{\"member\":\"alice\",\"command\":\"rejected\",\"args\":\"export\"}\n"
                + "{\"member\":\"alice\",\"command\":\"rejected\",\"args\":\"calendar\"}\n");
        JsonNode export = out.get(0);
        assertThat(export.has("drafts")).isFalse();
        assertThat(export.get("attachments")).hasSize(2);
        JsonNode json = export.get("attachments").get(0);
        assertThat(json.get("name").asText()).isEqualTo("rebound-export.json");
        assertThat(json.get("media_type").asText()).isEqualTo("application/json");
        assertThat(JSON.readTree(json.get("text").asText()).get("rejections").get(0).get("company").asText())
                .isEqualTo("Acme");
        assertThat(json.get("size").asInt()).isEqualTo(json.get("text").asText().getBytes(StandardCharsets.UTF_8).length);
        assertThat(export.get("attachments").get(1).get("name").asText()).isEqualTo("rebound-rejections.csv");
        assertThat(export.get("attachments").get(1).get("text").asText()).contains("Acme");
        JsonNode calendar = out.get(2);
        assertThat(calendar.get("attachments").get(0).get("name").asText()).isEqualTo("rebound-follow-ups.ics");
        assertThat(calendar.get("attachments").get(0).get("media_type").asText()).startsWith("text/calendar");
        assertThat(calendar.get("attachments").get(0).get("text").asText()).startsWith("BEGIN:VCALENDAR");
    }

    @Test
    @DisplayName("a due reminder that cannot be printed stays pending, and is printed once the output works")
    void remindersPrintedBeforeDelivered() throws IOException {
        Instant due = logARejection("alice");
        PrintStream broken = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        }, true, StandardCharsets.UTF_8);
        run("{\"clock\":\"" + due + "\"}\n", broken);
        Instant retry = due.plusSeconds(3_600); // a refused reminder is offered again after an hour
        List<JsonNode> printed = run("{\"clock\":\"" + retry + "\"}\n");
        assertThat(printed).filteredOn(o -> o.path("reminder").asBoolean()).isNotEmpty();
        assertThat(run("{\"clock\":\"" + retry + "\"}\n")).as("then delivered once").hasSize(1);
    }

    /** How many members the data directory holds (the bot is closed and opened again to look). */
    private long storedMembers() {
        bot.close();
        try (MapDbMemberStore store = MapDbMemberStore.open(data)) {
            return store.memberCount();
        } finally {
            bot = Rebound.open(new Settings(data, null, clock));
        }
    }

    @Test
    @DisplayName("a bare CR inside a line keeps it one line: one end marker, the line numbers stay right")
    void bareCarriageReturn() throws IOException {
        List<JsonNode> printed = run("{\"member\":\"alice\",\r\"text\":\"hi\"}\n\"a\rb\"\n{\"clock\":\"2026-12-01T00:00:00Z\"}\r\n");
        assertThat(printed).filteredOn(o -> o.has("end")).extracting(o -> o.get("end").asInt())
                .containsExactly(1, 2, 3);
        assertThat(printed).filteredOn(o -> o.has("error")).extracting(o -> o.get("line").asInt()).containsExactly(2);
        assertThat(printed.get(0).path("member").asText()).isEqualTo("alice");
    }

    @Test
    @DisplayName("null fields get a clear error naming the field, and change nothing")
    void nullFields() throws IOException {
        List<String> lines = List.of("{\"member\":null,\"text\":\"hi\"}", "{\"member\":\"alice\",\"text\":null}",
                "{\"member\":\"alice\",\"command\":null}", "{\"member\":\"alice\",\"command\":\"rejected\",\"args\":null}",
                "{\"member\":\"alice\",\"action\":null}", "{\"member\":\"alice\",\"form\":null}",
                "{\"member\":\"alice\",\"form\":{\"id\":null,\"values\":{}}}",
                "{\"member\":\"alice\",\"form\":{\"id\":\"contact\",\"values\":{\"name\":null}}}",
                "{\"member\":\"alice\",\"text\":\"hi\",\"id\":null}", "{\"clock\":null}");
        List<JsonNode> printed = run(String.join("\n", lines) + "\n");
        List<JsonNode> errors = printed.stream().filter(o -> o.has("error")).toList();
        assertThat(errors).hasSize(lines.size());
        assertThat(errors).allSatisfy(e -> assertThat(e.get("error").asText()).doesNotContain("Exception"));
        assertThat(errors.get(1).get("error").asText()).contains("\"text\"").contains("null");
        assertThat(printed).filteredOn(o -> o.has("member")).isEmpty();
        assertThat(clock.instant()).isEqualTo(LOGGED);
        assertThat(storedMembers()).isZero();
    }

    @Test
    @DisplayName("a clock out of range is refused, does not move, and later turns work")
    void clockOutOfRange() throws IOException {
        List<JsonNode> printed = run("{\"clock\":\"+1000000000-12-31T23:59:59Z\"}\n{\"clock\":\"-0001-01-01T00:00:00Z\"}\n"
                + "{\"clock\":12}\n{\"member\":\"alice\",\"command\":\"rejected\"}\n{\"member\":\"alice\",\"text\":\"Acme\"}\n");
        assertThat(printed).filteredOn(o -> o.has("error")).extracting(o -> o.get("line").asInt())
                .containsExactly(1, 2, 3);
        assertThat(printed.get(0).get("error").asText()).contains("clock").contains("9999");
        assertThat(clock.instant()).isEqualTo(LOGGED);
        assertThat(printed).filteredOn(o -> o.has("step")).extracting(o -> o.get("step").asText()).contains("role");
    }

    @Test
    @DisplayName("an id or member key over 200 characters is refused and changes nothing")
    void oversizedIds() throws IOException {
        String big = "x".repeat(201);
        List<JsonNode> printed = run("{\"member\":\"alice\",\"text\":\"hi\",\"id\":\"" + big + "\"}\n"
                + "{\"member\":\"" + big + "\",\"text\":\"hi\"}\n");
        assertThat(printed).filteredOn(o -> o.has("error")).extracting(o -> o.get("error").asText())
                .allMatch(e -> e.contains("200"))
                .hasSize(2);
        assertThat(storedMembers()).isZero();
        String fits = "x".repeat(200);
        assertThat(run("{\"member\":\"alice\",\"text\":\"hi\",\"id\":\"" + fits + "\"}\n"))
                .noneMatch(o -> o.has("error"));
    }

    @Test
    @DisplayName("a member key with a lone surrogate, a control character or a number is refused in plain words, "
            + "so member \"x\\ud800\" can never read the data of member \"x?\"")
    void malformedMemberKeys() throws IOException {
        run("{\"member\":\"x?\",\"command\":\"rejected\"}\n{\"member\":\"x?\",\"text\":\"Acme\"}\n");
        List<String> lines = List.of("{\"member\":\"x\\ud800\",\"command\":\"rejected\",\"args\":\"list\"}",
                "{\"member\":\"x\\ud800\",\"command\":\"rejected\",\"args\":\"forget\"}",
                "{\"member\":\"a\\u0000b\",\"text\":\"hi\"}", "{\"member\":\"a\\u001bb\",\"text\":\"hi\"}",
                "{\"member\":42,\"text\":\"hi\"}", "{\"member\":\"alice\",\"text\":\"hi\",\"id\":\"d\\udc00\"}");
        List<JsonNode> printed = run(String.join("\n", lines) + "\n");
        List<JsonNode> errors = printed.stream().filter(o -> o.has("error")).toList();
        assertThat(errors).extracting(e -> e.get("line").asInt()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(errors).extracting(e -> e.get("error").asText())
                .allSatisfy(e -> assertThat(e).doesNotContain("Exception"))
                .satisfies(e -> assertThat(e.get(0)).contains("\"member\"", "surrogate"))
                .satisfies(e -> assertThat(e.get(2)).contains("\"member\"", "U+0000"))
                .satisfies(e -> assertThat(e.get(4)).contains("\"member\"", "string"))
                .satisfies(e -> assertThat(e.get(5)).contains("\"id\"", "surrogate"));
        assertThat(printed).filteredOn(o -> o.has("member")).isEmpty();
        assertThat(run("{\"member\":\"x?\",\"command\":\"rejected\",\"args\":\"list\"}\n"))
                .as("x? keeps their own conversation").noneMatch(o -> o.has("error"));
        assertThat(storedMembers()).isEqualTo(1);
    }

    @Test
    @DisplayName("the same delivery id again changes nothing, even after 200 newer ones within a day; a day later and "
            + "past the latest 200 it is taken as new")
    void deliveryIdsKeptForADay() throws IOException {
        run("{\"member\":\"alice\",\"command\":\"rejected\",\"id\":\"first\"}\n");
        StringBuilder newer = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            newer.append("{\"member\":\"alice\",\"command\":\"rejected\",\"args\":\"help\",\"id\":\"n").append(i)
                    .append("\"}\n");
        }
        run(newer.toString());
        assertThat(run("{\"member\":\"alice\",\"command\":\"rejected\",\"id\":\"first\"}\n"))
                .as("a retry of the first, 250 deliveries later").containsExactly(JSON.readTree("{\"end\":1}"));

        clock.set(LOGGED.plus(java.time.Duration.ofHours(25)));
        run(newer.toString().replace("\"n", "\"m"));
        assertThat(run("{\"member\":\"alice\",\"command\":\"rejected\",\"id\":\"first\"}\n"))
                .as("the same id a day later, 500 deliveries later").anyMatch(o -> o.has("text"));
    }

    @Test
    @DisplayName("a line longer than the bound is refused whole, and the next line is read normally")
    void overlongLine() throws IOException {
        String huge = "{\"member\":\"alice\",\"text\":\"" + "y".repeat(JsonLines.LONGEST_LINE) + "\"}";
        List<JsonNode> printed = run(huge + "\n{\"member\":\"bob\",\"command\":\"rejected\"}\n");
        assertThat(printed.get(0).get("error").asText()).contains("at most");
        assertThat(printed).filteredOn(o -> o.has("end")).extracting(o -> o.get("end").asInt()).containsExactly(1, 2);
        assertThat(printed).filteredOn(o -> o.has("member")).extracting(o -> o.get("member").asText())
                .containsOnly("bob");
    }

    @Test
    @DisplayName("a line's \"zone\" is the member's zone; a line without one is in the system's; a bad zone is refused (issue 21)")
    void zone() throws IOException {
        List<JsonNode> printed = run("{\"member\":\"kiri\",\"command\":\"rejected\",\"args\":\"settings\","
                + "\"zone\":\"Pacific/Auckland\"}\n");
        assertThat(printed).anySatisfy(o -> assertThat(o.path("text").asText()).contains("Pacific/Auckland"));
        assertThat(zoneOf("kiri")).isEqualTo(ZoneId.of("Pacific/Auckland"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonLines(bot, clock, new PrintStream(out, true, StandardCharsets.UTF_8), ZoneId.of("America/Adak"))
                .run(new BufferedReader(new StringReader("{\"member\":\"ana\",\"command\":\"rejected\","
                        + "\"args\":\"settings\"}\n")));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("America/Adak");

        List<JsonNode> refused = run("{\"member\":\"kiri\",\"text\":\"hi\",\"zone\":\"Mars/Olympus\"}\n"
                + "{\"member\":\"kiri\",\"text\":\"hi\",\"zone\":5}\n");
        assertThat(refused).filteredOn(o -> o.has("error")).extracting(o -> o.get("line").asInt()).containsExactly(1, 2);
        assertThat(refused).filteredOn(o -> o.has("error")).allSatisfy(o -> assertThat(o.get("error").asText())
                .contains("\"zone\" must be a time zone"));
        assertThat(zoneOf("kiri")).as("a refused line changes nothing").isEqualTo(ZoneId.of("Pacific/Auckland"));
    }

    @Test
    @DisplayName("a new member who types what happened is told once, briefly, to type start; start asks the company, "
            + "and README's example input (start, then Acme) is answered as it says")
    void newMemberTypesWhatHappened() throws IOException {
        // given a new member who types the company, a sentence and a number before anything is under way
        List<JsonNode> printed = run("{\"member\":\"noor\",\"text\":\"Brightwave\"}\n"
                + "{\"member\":\"noor\",\"text\":\"I got rejected by Acme\"}\n"
                + "{\"member\":\"noor\",\"text\":\"2\"}\n"
                + "{\"member\":\"noor\",\"text\":\"start\"}\n"
                + "{\"member\":\"noor\",\"text\":\"Acme\"}\n");
        List<JsonNode> messages = printed.stream().filter(o -> o.has("member")).toList();
        // then each of the first three gets the one short line with the welcome's choices, never the introduction
        assertThat(messages).hasSize(5);
        for (JsonNode hint : messages.subList(0, 3)) {
            assertThat(hint.get("text").asText()).startsWith("To log a rejection, pick *Log a rejection* or type *start*")
                    .doesNotContain("I'm Rebound");
            assertThat(hint.get("choices")).extracting(c -> c.get("action").asText())
                    .containsExactly("start", "rejected:list");
        }
        // and start asks the company, which Acme answers: the role is asked next
        assertThat(messages.get(3).get("step").asText()).isEqualTo("company");
        assertThat(messages.get(4).get("step").asText()).isEqualTo("role");
        assertThat(messages.get(4).get("text").asText()).contains("Acme");
    }

    private ZoneId zoneOf(String member) {
        bot.close();
        try (MapDbMemberStore store = MapDbMemberStore.open(data)) {
            return store.read(member).zone();
        } finally {
            bot = Rebound.open(new Settings(data, null, clock));
        }
    }
}
