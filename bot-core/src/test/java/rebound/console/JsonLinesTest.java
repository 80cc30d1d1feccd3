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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.Rebound;
import rebound.Settings;
import rebound.SettableClock;
import rebound.conversation.Inbound;
import rebound.conversation.Outbound;

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
        bot.handle(Inbound.command(member, ""));
        for (String text : List.of("Acme", "Designer", "final", "hired_other",
                "Dana Smith, hiring manager, weekly releases", "done", "yes", "thank, stay in touch", "warm", "yes")) {
            bot.handle(Inbound.text(member, text));
        }
        Outbound overview = bot.overview(member);
        return overview.followups().stream().map(f -> f.due()).min(Instant::compareTo).orElseThrow();
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
}
