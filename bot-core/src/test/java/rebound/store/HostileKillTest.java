package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.member.MemberState;
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
            for (String line : KilledChild.runAndKill(HostileChild.class, dir, run, 20 + random.nextInt(300))) {
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
}
