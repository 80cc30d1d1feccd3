package rebound.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.store.MapDbMemberStore;

@DisplayName("The rebound command line")
class MainTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("check-playbook lists every problem with file and line and fails")
    void checkPlaybook() throws Exception {
        Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(dir.resolve("words.txt"), "greeting: Hello ${nobody}\n");
        Files.writeString(dir.resolve("scripts/limerick.txt"), "[warm]\nsubject: x\nbody:\n  y\n");
        assertThat(run("check-playbook", dir.toString())).isEqualTo(1);
        String report = err.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("words.txt:1: unknown variable ${nobody}");
        assertThat(report).contains("scripts/limerick.txt").contains("unknown kind");
    }

    @Test
    @DisplayName("check-playbook passes an empty folder, which changes nothing")
    void emptyPlaybookFolder() {
        assertThat(run("check-playbook", dir.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("fine");
    }

    @Test
    @DisplayName("compact reports what it did")
    void compact() {
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            store.save("a", rebound.member.MemberState.empty());
            store.commit();
        }
        assertThat(run("compact", "--data", dir.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Compacted 1 members");
    }

    @Test
    @DisplayName("a data directory in use is refused with a message, not a stack trace")
    void dataDirInUse() {
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            assertThat(run("compact", "--data", dir.toString())).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("in use").doesNotContain("\tat ");
        }
    }

    @Test
    @DisplayName("an unknown option prints the usage")
    void unknownOption() {
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage");
    }

    @Test
    @DisplayName("check-playbook also checks the front doors' own lines (frontdoor.txt)")
    void checkFrontDoorWords() throws Exception {
        Files.writeString(dir.resolve("frontdoor.txt"), "failed: Oops ${nobody}\n");
        assertThat(run("check-playbook", dir.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("frontdoor.txt:1: unknown variable ${nobody}")
                .contains("missing the line 'not_yours:'");
    }
}
