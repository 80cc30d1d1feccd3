package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Starting without a token")
class MissingTokenTest {

    @Test
    @DisplayName("prints one clear line naming DISCORD_TOKEN and exits with code 2, no stack trace")
    void missingToken() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = DiscordMain.run(Map.of("DISCORD_TOKEN", " "), new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(2);
        assertThat(printed.strip().lines()).hasSize(1);
        assertThat(printed).contains("DISCORD_TOKEN").doesNotContain("Exception", "\tat ");
    }
}
