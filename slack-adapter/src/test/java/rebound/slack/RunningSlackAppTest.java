package rebound.slack;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test against Rebound's Slack app as it runs for real: each test gets its own app on a fresh data directory. */
abstract class RunningSlackAppTest {

    @TempDir
    Path data;
    RunningSlackApp app;

    @BeforeEach
    final void startApp() throws Exception {
        app = new RunningSlackApp(data);
    }

    @AfterEach
    final void stopApp() throws Exception {
        app.close();
    }
}
