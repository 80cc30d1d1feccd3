package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.conversation.MemberState;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;

@DisplayName("Durability under hostile kills")
class HostileKillTest {

    private static final int KILLS = 20;
    private static final int REJECTIONS = 300;

    @TempDir
    Path dir;

    @Test
    @DisplayName("4 writers on members of 300 rejections, kill -9 at random 20 times: the file opens, every member reads, every reported turn is there")
    void hostileKills() throws Exception {
        int members = HostileChild.WRITERS * HostileChild.MEMBERS_PER_WRITER;
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            MemberState big = RecordSizeTest.big(REJECTIONS);
            for (int m = 0; m < members; m++) {
                store.update("m" + m, s -> Change.keep(big, null));
            }
            assertThat(StateJson.write(big).length).as("each member's state").isGreaterThan(64 * 1024);
        }
        Random random = new Random(10);
        Map<String, Set<String>> reported = new HashMap<>();
        for (int kill = 0; kill < KILLS; kill++) {
            String run = "k" + kill;
            for (String line : runAndKill(run, 20 + random.nextInt(300))) {
                String[] parts = line.split(" ");
                reported.computeIfAbsent(parts[1], m -> new HashSet<>()).add(parts[2]);
            }
            try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
                for (int m = 0; m < members; m++) {
                    String member = "m" + m;
                    MemberState state = store.read(member);
                    assertThat(state.rejections()).as("%s after kill %d", member, kill).hasSize(REJECTIONS);
                    Set<String> noted = new HashSet<>();
                    for (Rejection rejection : state.rejections()) {
                        rejection.history().stream().map(HistoryEntry::to).forEach(noted::add);
                    }
                    assertThat(noted).as("turns of %s after kill %d", member, kill)
                            .containsAll(reported.getOrDefault(member, Set.of()));
                }
                assertThat(store.recordSizes().values()).allMatch(size -> size <= MemberRecords.LARGEST_RECORD);
            }
        }
        assertThat(reported.values().stream().mapToInt(Set::size).sum()).as("turns reported").isGreaterThan(KILLS * 20);
    }

    private List<String> runAndKill(String run, int turnsBeforeKill) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HostileChild.class.getName(), dir.toString(), run)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> reported = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.matches("committed \\S+ \\S+")) {
                        reported.add(line);
                    }
                }
            } catch (java.io.IOException e) {
                // the pipe closes when the child is killed
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (reported.size() < turnsBeforeKill && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(child.isAlive()).as("child still running when killed").isTrue();
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        return new ArrayList<>(reported);
    }
}
