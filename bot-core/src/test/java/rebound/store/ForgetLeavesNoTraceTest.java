package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.Rebound;
import rebound.Settings;
import rebound.conversation.Inbound;
import rebound.conversation.Outbound;

@DisplayName("Forget leaves no readable trace")
class ForgetLeavesNoTraceTest {

    /** What only the forgotten member told: their company, role, contacts' names and details. */
    private static final List<String> SECRETS = List.of("Zyxwvut Holdings", "Quillwright Architect",
            "Ottoline Vantablack", "Barnaby Quenching", "the glacial release cadence");

    @TempDir
    Path dir;

    private static void logRejection(Rebound bot, String member, String company, String role, String contacts) {
        Map<String, String> answers = Map.of("company", company, "role", role, "stage", "final",
                "outcome", "hired_other", "still_interested", "yes", "goals", "thank, stay in touch",
                "tone", "warm", "confirm", "yes");
        Deque<String> people = new ArrayDeque<>(List.of(contacts.split("\n"))); // one person per message
        List<Outbound> replies = bot.handle(Inbound.command(member, ""));
        for (int turn = 0; turn < 30; turn++) {
            String step = replies.get(replies.size() - 1).step();
            if (step == null) {
                return; // the plan is written
            }
            // who told the news and whom they clicked with change the drafts, but are not asked for here
            String answer = step.equals("contacts") ? (people.isEmpty() ? "done" : people.poll())
                    : answers.getOrDefault(step, "skip");
            replies = bot.handle(Inbound.text(member, answer));
        }
        throw new AssertionError("the intake did not end");
    }

    /** Every file under the data directory (the live file, its log, keys, backups) that holds {@code text}. */
    private List<Path> filesHolding(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    /** Where {@code needle} first occurs in {@code haystack}, or -1. */
    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    @DisplayName("after a confirmed forget, no byte under the data directory holds the member's company, names or details, before and after compact")
    void noTrace() throws IOException {
        try (Rebound bot = Rebound.open(new Settings(dir, null, null))) {
            logRejection(bot, "console:gone", SECRETS.get(0), SECRETS.get(1),
                    SECRETS.get(2) + ", hiring manager, " + SECRETS.get(4) + "\n" + SECRETS.get(3) + ", recruiter");
            logRejection(bot, "console:stays", "Acme", "Designer", "Dana Smith, hiring manager, weekly releases");
            assertThat(bot.overview("console:gone").text()).contains(SECRETS.get(0));
            bot.handle(Inbound.command("console:gone", "forget"));
            bot.handle(Inbound.text("console:gone", "yes"));
            assertThat(bot.overview("console:gone").text()).doesNotContain(SECRETS.get(0));
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
