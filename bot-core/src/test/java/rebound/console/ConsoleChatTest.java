package rebound.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.Settings;

@DisplayName("The terminal chat: the files it is sent, the member's zone")
class ConsoleChatTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("export and calendar: the files are saved next to the data directory, each full path told")
    void filesSaved() throws Exception {
        Path data = dir.resolve("data");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String input = String.join("\n", "/rejected", "Acme", "Designer", "final", "hired_other",
                "Dana Smith, hiring manager, weekly releases", "done", "skip", "yes", "thank, stay in touch", "warm",
                "yes", "/rejected export", "/rejected calendar", "quit") + "\n";
        try (Rebound bot = Rebound.open(new Settings(data, null, SettableClock.at(Instant.parse("2026-11-23T10:00:00Z"))))) {
            new ConsoleChat(bot, new Member("console:alice"), new PrintStream(printed, true, StandardCharsets.UTF_8), false,
                    ConsoleChat.filesNextTo(data), ZoneOffset.UTC).run(new BufferedReader(new StringReader(input)));
        }
        String out = printed.toString(StandardCharsets.UTF_8);
        Path files = dir.resolve("rebound-files").toAbsolutePath().normalize();
        assertThat(out).contains("rebound-export.json is saved at " + files.resolve("rebound-export.json"))
                .contains("rebound-rejections.csv is saved at " + files.resolve("rebound-rejections.csv"))
                .contains("rebound-follow-ups.ics is saved at " + files.resolve("rebound-follow-ups.ics"));
        assertThat(Files.readString(files.resolve("rebound-export.json"))).contains("\"company\" : \"Acme\"");
        assertThat(Files.readString(files.resolve("rebound-rejections.csv"))).contains("Acme");
        assertThat(Files.readString(files.resolve("rebound-follow-ups.ics"))).startsWith("BEGIN:VCALENDAR")
                .contains("Dana Smith");
        assertThat(out).doesNotContain("\"rejections\"").as("the JSON is in the file, not on the screen");
    }

    @Test
    @DisplayName("the member is in the system's zone: /rejected settings shows it, and it is kept (issue 21)")
    void systemZone() throws Exception {
        Path data = dir.resolve("data");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Rebound bot = Rebound.open(new Settings(data, null, SettableClock.at(Instant.parse("2026-11-23T10:00:00Z"))))) {
            new ConsoleChat(bot, new Member("console:me"), new PrintStream(out, true, StandardCharsets.UTF_8), false,
                    ConsoleChat.filesNextTo(data), ZoneId.of("Asia/Kolkata"))
                    .run(new BufferedReader(new StringReader("/rejected settings\nquit\n")));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Time zone: *Asia/Kolkata*");
    }
}
