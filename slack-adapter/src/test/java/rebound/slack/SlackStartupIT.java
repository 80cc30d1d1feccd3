package rebound.slack;

import static rebound.launch.StartupFailures.assertOneLine;
import static rebound.launch.StartupFailures.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.launch.StartupFailures;
import rebound.store.MapDbMemberStore;

@DisplayName("The packaged Slack app refuses broken start-up input on one line, exit code 2")
class SlackStartupIT {

    private static final Path JAR = Path.of(System.getProperty("rebound.app.jar"));

    @TempDir
    Path dir;

    /** A whole HTTP-mode environment; the API address is unreachable, which start-up finds only last. */
    private Map<String, String> env(String... overrides) {
        Map<String, String> env = new HashMap<>(Map.of("SLACK_BOT_TOKEN", "xoxb-startup-test",
                "SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5", "SLACK_PORT", "0", "SLACK_BIND", "127.0.0.1",
                "SLACK_API_URL", "http://127.0.0.1:9/api/", "REBOUND_DATA", dir.resolve("data").toString()));
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                env.remove(overrides[i]);
            } else {
                env.put(overrides[i], overrides[i + 1]);
            }
        }
        return env;
    }

    @Test
    @DisplayName("a missing SLACK_BOT_TOKEN or SLACK_SIGNING_SECRET, a malformed SLACK_PORT")
    void variables() throws Exception {
        assertOneLine(run(JAR, env("SLACK_BOT_TOKEN", null)), "SLACK_BOT_TOKEN");
        assertOneLine(run(JAR, env("SLACK_SIGNING_SECRET", null)), "SLACK_SIGNING_SECRET");
        assertOneLine(run(JAR, env("SLACK_PORT", "http")), "SLACK_PORT");
    }

    @Test
    @DisplayName("Slack unreachable at start-up")
    void unreachable() throws Exception {
        assertOneLine(run(JAR, env()), "cannot reach Slack", "SLACK_API_URL");
    }

    @Test
    @DisplayName("a broken playbook folder, a data directory in use, one that is a file or cannot be created")
    void playbookAndData() throws Exception {
        Path playbook = StartupFailures.brokenPlaybook(dir.resolve("playbook"));
        assertOneLine(run(JAR, env("REBOUND_PLAYBOOK_DIR", playbook.toString())), "playbook", "words.txt:1");
        Path data = dir.resolve("data");
        try (MapDbMemberStore held = MapDbMemberStore.open(data)) {
            assertOneLine(run(JAR, env()), "in use");
        }
        Path file = Files.writeString(dir.resolve("file"), "not a folder");
        assertOneLine(run(JAR, env("REBOUND_DATA", file.toString())), "data directory");
        assertOneLine(run(JAR, env("REBOUND_DATA", file.resolve("below").toString())), "data directory");
    }

    @Test
    @DisplayName("a PostgreSQL database (REBOUND_DATABASE_URL) that cannot be reached, or a URL that is not one")
    void database() throws Exception {
        assertOneLine(run(JAR, env("REBOUND_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/rebound")),
                "cannot use the database", "REBOUND_DATABASE_URL");
        assertOneLine(run(JAR, env("REBOUND_DATABASE_URL", "mysql://127.0.0.1/rebound")), "REBOUND_DATABASE_URL",
                "jdbc:postgresql://");
    }
}
