package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.member.MemberState;

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
            List<String> reported = KilledChild.runAndKill(DurabilityChild.class, dir, run,
                    20 + random.nextInt(400));
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
}
