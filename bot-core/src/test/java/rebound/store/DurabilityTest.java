package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.conversation.MemberState;

@DisplayName("Durability")
class DurabilityTest {

    private static final int KILLS = 6;

    @TempDir
    Path dir;

    @Test
    @DisplayName("after kill -9 at a random moment, every turn the bot reported as committed is on disk")
    void killNine() throws Exception {
        Random random = new Random(42);
        for (int kill = 0; kill < KILLS; kill++) {
            String run = "run" + kill;
            List<String> reported = runAndKill(run, 20 + random.nextInt(400));
            assertThat(reported).as("the child took some turns before it was killed").isNotEmpty();

            Map<String, List<String>> idsByMember = new HashMap<>();
            for (String line : reported) {
                String[] parts = line.split(" ");
                idsByMember.computeIfAbsent(parts[1], m -> new ArrayList<>()).add(parts[2]);
            }
            try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
                idsByMember.forEach((member, ids) -> {
                    MemberState state = store.read(member);
                    List<String> recent = ids.subList(Math.max(0, ids.size() - 100), ids.size());
                    assertThat(state.seen()).as("turns of %s in %s", member, run).containsAll(recent);
                });
            }
        }
    }

    private List<String> runAndKill(String run, int turnsBeforeKill) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DurabilityChild.class.getName(),
                dir.toString(), run)
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
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
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
