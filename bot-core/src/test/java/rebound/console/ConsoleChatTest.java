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

    @Test
    @DisplayName("a number picks what it stands before: the choices of one answer are numbered once, fix and remove included")
    void numbersAcrossOneAnswer() throws Exception {
        // given a member who added Jen: her read-back offers fix and remove, the question offers done
        // when they type the number shown before "Remove Jen"
        String out = chat("Acme", "Designer", "final", "hired_other", "Jen, recruiter, salary talk", "2");
        // then no number stands before two choices, and 2 removed Jen
        assertThat(out).contains("  1) Fix Jen\n  2) Remove Jen\n")
                .contains("  3) Done, that's everyone")
                .contains("Removed *Jen*.")
                .doesNotContain("I couldn't use that answer");
    }

    @Test
    @DisplayName("the greeting asked under a read-back is picked by its number too")
    void greetingByNumber() throws Exception {
        // given a name written family name first: Rebound asks how to greet her, under the read-back
        String out = chat("Acme", "Designer", "final", "hired_other", "Nguyen Lan, recruiter, salary talk", "4");
        // when the member types the number before the second greeting, then that greeting is set
        assertThat(out).contains("  1) Fix Nguyen Lan\n  2) Remove Nguyen Lan\n")
                .contains("  3) Hi Nguyen Lan\n  4) Hi Lan\n")
                .contains("The notes to Nguyen Lan will say \"Hi Lan,\".")
                .doesNotContain("I couldn't use that answer");
    }

    private String chat(String... lines) throws Exception {
        Path data = dir.resolve("data");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String input = String.join("\n", lines) + "\nquit\n";
        try (Rebound bot = Rebound.open(new Settings(data, null, SettableClock.at(Instant.parse("2026-11-23T10:00:00Z"))))) {
            new ConsoleChat(bot, new Member("console:lan"), new PrintStream(printed, true, StandardCharsets.UTF_8), false,
                    ConsoleChat.filesNextTo(data), ZoneOffset.UTC).run(new BufferedReader(new StringReader(input)));
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
