package rebound.discord;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test against Rebound's Discord front door as it runs for real: each test gets its own bot on a fresh data directory. */
abstract class RunningBotTest {

    @TempDir
    Path data;
    RunningBot bot;

    @BeforeEach
    final void startBot() throws Exception {
        bot = new RunningBot(data);
    }

    @AfterEach
    final void stopBot() throws Exception {
        bot.close();
    }
}
