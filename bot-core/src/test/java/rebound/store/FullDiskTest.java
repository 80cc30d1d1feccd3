package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mapdb.volume.RandomAccessFileVol;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.Settings;
import rebound.frontdoor.Event;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Outbound;
import rebound.member.MemberState;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;

@DisplayName("A full disk never damages committed data")
class FullDiskTest {

    private static final PlaybookBundle PLAYBOOK = PlaybookBundle.load(PlaybookSource.builtIn());
    private static final String NOT_SAVED = PLAYBOOK.words().say("store_not_saved");
    private static final int MEMBERS = 4;
    private static final int MOST_TURNS = 150;

    @TempDir
    Path root;

    @Test
    @DisplayName("when the disk fills mid-stream, turns are refused with store_not_saved; on a roomy disk every committed turn is there")
    void fillsMidStream() throws Exception {
        // budgets count every byte written twice: a commit goes to the journal, then into the data file
        for (long budget : new long[] {300_000, 800_000, 1_800_000}) {
            Path dir = root.resolve("budget-" + budget);
            Map<String, List<String>> committed = new ConcurrentHashMap<>();
            AtomicLong refused = new AtomicLong();
            MapDbMemberStore store = MapDbMemberStore.open(dir, new FillingDisk(RandomAccessFileVol.FACTORY, budget),
                    new DiskGuard(dir, () -> Long.MAX_VALUE, 0, 0));
            try (Rebound bot = new Rebound(new Settings(dir, null, null), store, PLAYBOOK)) {
                List<Thread> writers = new ArrayList<>();
                for (int m = 0; m < MEMBERS; m++) {
                    String member = "console:m" + m;
                    List<String> mine = committed.computeIfAbsent(member, k -> new CopyOnWriteArrayList<>());
                    Thread writer = new Thread(() -> {
                        int refusedHere = 0;
                        for (int turn = 0; turn < MOST_TURNS && refusedHere < 3; turn++) {
                            String id = member + "-" + turn;
                            List<Outbound> replies = bot.handle(new Inbound(new Member(member),
                                    new Event.Text("Company " + turn), id));
                            if (replies.stream().anyMatch(r -> r.text().equals(NOT_SAVED))) {
                                refusedHere++;
                                refused.incrementAndGet();
                            } else {
                                mine.add(id);
                            }
                        }
                    });
                    writers.add(writer);
                    writer.start();
                }
                for (Thread writer : writers) {
                    writer.join(60_000);
                }
            }
            assertThat(refused.get()).as("the disk filled with budget %d", budget).isPositive();
            try (MapDbMemberStore roomy = MapDbMemberStore.open(dir)) {
                committed.forEach((member, ids) -> {
                    MemberState state = roomy.read(member);
                    assertThat(state.seen()).as("%s with budget %d", member, budget).containsAll(ids);
                });
            }
        }
    }

    @Test
    @DisplayName("under the free-space margin a turn is refused before anything is written, and goes through once there is room")
    void margin() {
        Path dir = root.resolve("margin");
        AtomicLong free = new AtomicLong(1_000_000_000L);
        MapDbMemberStore store = MapDbMemberStore.open(dir, RandomAccessFileVol.FACTORY,
                new DiskGuard(dir, free::get, 64L << 20, 1L << 20));
        assertThat(dir.resolve(DiskGuard.RESERVE_FILE)).exists();
        try (Rebound bot = new Rebound(new Settings(dir, null, null), store, PLAYBOOK)) {
            bot.handle(new Inbound(new Member("console:a"), new Event.Command(""), "e1"));
            MemberState before = store.read("console:a");
            free.set(10L << 20);
            assertThat(bot.handle(new Inbound(new Member("console:a"), new Event.Text("Acme"), "e2")))
                    .extracting(Outbound::text).containsExactly(NOT_SAVED);
            assertThat(store.read("console:a")).isEqualTo(before);
            assertThat(store.loadFromFile("console:a")).isEqualTo(before);
            free.set(1_000_000_000L);
            assertThat(bot.handle(new Inbound(new Member("console:a"), new Event.Text("Acme"), "e2")))
                    .extracting(Outbound::text).doesNotContain(NOT_SAVED);
            assertThat(store.read("console:a").seen()).contains("e1", "e2");
        }
    }

    @Test
    @DisplayName("after a disk error the store saves nothing more, frees its reserve, and a restart has every committed turn")
    void stopsAfterDiskError() throws Exception {
        Path dir = root.resolve("stop");
        FillingDisk disk = new FillingDisk(RandomAccessFileVol.FACTORY, 240_000);
        MapDbMemberStore store = MapDbMemberStore.open(dir, disk, new DiskGuard(dir, () -> Long.MAX_VALUE, 0, 1L << 20));
        List<String> committed = new ArrayList<>();
        try (Rebound bot = new Rebound(new Settings(dir, null, null), store, PLAYBOOK)) {
            int turn = 0;
            while (turn < 1_000) {
                String id = "e" + turn++;
                if (bot.handle(new Inbound(new Member("console:a"), new Event.Text("Company " + turn), id)).stream()
                        .anyMatch(r -> r.text().equals(NOT_SAVED))) {
                    break;
                }
                committed.add(id);
            }
            assertThat(turn).as("the disk filled").isLessThan(1_000);
            assertThat(Files.exists(dir.resolve(DiskGuard.RESERVE_FILE))).as("reserve freed").isFalse();
            disk.free(10_000_000);
            assertThat(bot.handle(new Inbound(new Member("console:b"), new Event.Text("Acme"), "b1")))
                    .extracting(Outbound::text).containsExactly(NOT_SAVED);
        }
        try (MapDbMemberStore roomy = MapDbMemberStore.open(dir)) {
            assertThat(roomy.read("console:a").seen()).containsAll(committed.subList(Math.max(0,
                    committed.size() - 150), committed.size()));
            assertThat(roomy.read("console:b")).isEqualTo(MemberState.empty());
        }
    }
}
