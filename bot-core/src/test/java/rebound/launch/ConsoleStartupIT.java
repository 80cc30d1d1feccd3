package rebound.launch;

import static rebound.launch.StartupFailures.assertOneLine;
import static rebound.launch.StartupFailures.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.store.MapDbMemberStore;

@DisplayName("The packaged terminal front door refuses broken start-up input on one line, exit code 2")
class ConsoleStartupIT {

    private static final Path JAR = Path.of(System.getProperty("rebound.app.jar"));

    @TempDir
    Path dir;

    @Test
    @DisplayName("a broken playbook folder in REBOUND_PLAYBOOK_DIR")
    void brokenPlaybook() throws Exception {
        Path playbook = StartupFailures.brokenPlaybook(dir.resolve("playbook"));
        assertOneLine(run(JAR, Map.of("REBOUND_PLAYBOOK_DIR", playbook.toString(),
                "REBOUND_DATA", dir.resolve("data").toString()), "--jsonl"), "playbook", "words.txt:1");
    }

    @Test
    @DisplayName("a data directory another process has open")
    void dataDirInUse() throws Exception {
        try (MapDbMemberStore held = MapDbMemberStore.open(dir)) {
            assertOneLine(run(JAR, Map.of("REBOUND_DATA", dir.toString()), "--jsonl"), "in use", dir.toString());
        }
    }

    @Test
    @DisplayName("a data directory that is a file, or cannot be created")
    void unusableDataDir() throws Exception {
        Path file = Files.writeString(dir.resolve("data"), "not a folder");
        assertOneLine(run(JAR, Map.of("REBOUND_DATA", file.toString()), "--jsonl"), "data directory");
        assertOneLine(run(JAR, Map.of("REBOUND_DATA", file.resolve("below").toString()), "--jsonl"), "data directory");
    }
}
