package rebound.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.Settings;

@DisplayName("The terminal chat")
class ConsoleChatTest {

    @TempDir
    Path data;

    @Test
    @DisplayName("the member is in the system's zone: /rejected settings shows it, and it is kept (issue 21)")
    void systemZone() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Rebound bot = Rebound.open(new Settings(data, null, SettableClock.at(Instant.parse("2026-11-23T10:00:00Z"))))) {
            new ConsoleChat(bot, "console:me", new PrintStream(out, true, StandardCharsets.UTF_8), false,
                    ZoneId.of("Asia/Kolkata")).run(new BufferedReader(new StringReader("/rejected settings\nquit\n")));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Time zone: *Asia/Kolkata*");
    }
}
