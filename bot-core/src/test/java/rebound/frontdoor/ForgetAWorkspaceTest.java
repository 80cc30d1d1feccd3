package rebound.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.Settings;
import rebound.playbook.PlaybookSource;

/**
 * A workspace that removes Rebound has every member forgotten (issue 20), and a turn already taken
 * before the uninstall cannot write one of them back afterwards: the forget waits its turn in each
 * member's queue.
 */
@DisplayName("Forgetting a whole workspace at the door")
class ForgetAWorkspaceTest {

    private static final Member ANA = new Member("slack:T1:U0ANA");
    private static final Member NEW_BEN = new Member("slack:T1:U0BEN");
    private static final Member OTHER = new Member("slack:T2:U0CAT");
    private static final ReplyChannel NOWHERE = new ReplyChannel() {
        @Override
        public void send(List<Outbound> answers) {
        }

        @Override
        public void fail(String words) {
        }
    };

    @TempDir
    Path data;
    private Rebound bot;
    private ExecutorService workers;

    @AfterEach
    void close() {
        workers.shutdownNow();
        bot.close();
    }

    @Test
    @DisplayName("turns queued before the uninstall run first, then their members are forgotten; other workspaces keep theirs")
    void queuedTurnsCannotWriteBack() throws Exception {
        bot = Rebound.open(new Settings(data, null, SettableClock.at(Instant.parse("2026-12-01T10:00:00Z"))));
        workers = Executors.newFixedThreadPool(2);
        FrontDoor door = new FrontDoor(bot, workers, DoorWords.load(PlaybookSource.withOverrides(null)));
        door.turn(new Inbound(ANA, new Event.Text("hi"), "Ev1"), NOWHERE).get(10, TimeUnit.SECONDS);
        door.turn(new Inbound(OTHER, new Event.Text("hi"), "Ev2"), NOWHERE).get(10, TimeUnit.SECONDS);

        CountDownLatch hold = new CountDownLatch(1);
        door.later(ANA, () -> await(hold)); // Ana's queue is busy when the uninstall comes
        door.later(NEW_BEN, () -> await(hold)); // and so is Ben's, whose first turn is not saved yet
        door.turn(new Inbound(ANA, new Event.Text("Acme"), "Ev3"), NOWHERE);
        door.turn(new Inbound(NEW_BEN, new Event.Text("hi"), "Ev4"), NOWHERE);

        Thread release = new Thread(() -> {
            sleep(200);
            hold.countDown();
        });
        release.start();
        int forgotten = door.forgetAllStartingWith("slack:T1:");
        release.join();

        assertThat(forgotten).isEqualTo(2);
        assertThat(bot.membersStartingWith("slack:T1:")).isEmpty();
        assertThat(bot.membersStartingWith("slack:T2:")).containsExactly(OTHER);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
