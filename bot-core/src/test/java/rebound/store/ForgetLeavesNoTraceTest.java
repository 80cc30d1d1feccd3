package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.Settings;
import rebound.frontdoor.Inbound;

@DisplayName("Forget leaves no readable trace")
class ForgetLeavesNoTraceTest {

    /** What only the forgotten member told: their company, role, contacts' names and details. */
    private static final List<String> SECRETS = List.of("Zyxwvut Holdings", "Quillwright Architect",
            "Ottoline Vantablack", "Barnaby Quenching", "the glacial release cadence");

    @TempDir
    Path dir;

    private List<Path> filesHolding(String text) {
        return Traces.filesHolding(dir, text);
    }

    @Test
    @DisplayName("after a confirmed forget, no byte under the data directory holds the member's company, names or details, before and after compact")
    void noTrace() throws IOException {
        try (Rebound bot = Rebound.open(new Settings(dir, null, null))) {
            Traces.logRejection(bot, "console:gone", SECRETS.get(0), SECRETS.get(1),
                    SECRETS.get(2) + ", hiring manager, " + SECRETS.get(4) + "\n" + SECRETS.get(3) + ", recruiter");
            Traces.logRejection(bot, "console:stays", "Acme", "Designer", "Dana Smith, hiring manager, weekly releases");
            assertThat(bot.overview(new Member("console:gone")).text()).contains(SECRETS.get(0));
            bot.handle(Inbound.command(new Member("console:gone"), "forget"));
            bot.handle(Inbound.text(new Member("console:gone"), "yes"));
            assertThat(bot.overview(new Member("console:gone")).text()).doesNotContain(SECRETS.get(0));
        }
        Path probe = Files.createDirectories(dir.resolve("probe")).resolve("probe.bin");
        Files.write(probe, ("\u0000\u0001" + SECRETS.get(0) + "\u0002").getBytes(StandardCharsets.UTF_8));
        assertThat(filesHolding(SECRETS.get(0))).as("the search finds a secret in any file, however deep")
                .containsExactly(probe);
        Files.delete(probe);
        Files.delete(probe.getParent());
        for (String secret : SECRETS) {
            assertThat(filesHolding(secret)).as(secret).isEmpty();
        }
        Compaction.Result result = Compaction.compact(dir);
        assertThat(result.members()).isEqualTo(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(name -> name.startsWith("backup-"));
        }
        for (String secret : SECRETS) {
            assertThat(filesHolding(secret)).as(secret + " after compact, backups included").isEmpty();
        }
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            assertThat(store.read("console:stays").rejections()).singleElement()
                    .satisfies(r -> assertThat(r.company()).isEqualTo("Acme"));
        }
    }
}
