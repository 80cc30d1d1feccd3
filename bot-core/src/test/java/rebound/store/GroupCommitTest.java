package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Group commit")
class GroupCommitTest {

    /** A disk in miniature: writes are pending until a commit, which takes a moment, makes all of them durable. */
    private static final class Disk {
        private final Set<Integer> pending = new HashSet<>();
        private final Set<Integer> durable = ConcurrentHashMap.newKeySet();
        private final AtomicBoolean failNext = new AtomicBoolean();

        synchronized void write(int id) {
            pending.add(id);
        }

        void commit() {
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("disk full");
            }
            List<Integer> synced;
            synchronized (this) {
                synced = new ArrayList<>(pending);
                pending.clear();
            }
            LockSupport.parkNanos(500_000); // the sync
            durable.addAll(synced);
        }
    }

    @Test
    @DisplayName("no writer returns before a commit holds its write, and writers waiting together share commits")
    void writersShareCommits() throws Exception {
        Disk disk = new Disk();
        GroupCommit commits = new GroupCommit(disk::commit);
        AtomicInteger writing = new AtomicInteger();
        List<Integer> returnedBeforeDurable = new ArrayList<>();
        int threads = 8;
        int each = 100;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t * each;
            Thread writer = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int id = first; id < first + each; id++) {
                    writing.incrementAndGet();
                    disk.write(id);
                    commits.wrote();
                    writing.decrementAndGet();
                    commits.await(writing::get);
                    if (!disk.durable.contains(id)) {
                        synchronized (returnedBeforeDurable) {
                            returnedBeforeDurable.add(id);
                        }
                    }
                }
            });
            writers.add(writer);
            writer.start();
        }
        start.countDown();
        for (Thread writer : writers) {
            writer.join(60_000);
        }
        assertThat(returnedBeforeDurable).isEmpty();
        assertThat(disk.durable).hasSize(threads * each);
        assertThat(commits.writes()).isEqualTo(threads * each);
        assertThat(commits.commits()).isLessThan(commits.writes());
        commits.close();
    }

    @Test
    @DisplayName("a failed commit is reported to the writer it covered, and the next write is saved normally")
    void failureReported() {
        Disk disk = new Disk();
        GroupCommit commits = new GroupCommit(disk::commit);
        disk.write(1);
        commits.wrote();
        disk.failNext.set(true);
        assertThatThrownBy(() -> commits.await(() -> 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("saving to the data file failed")
                .hasRootCauseMessage("disk full");
        disk.write(2);
        commits.wrote();
        commits.await(() -> 0);
        assertThat(disk.durable).containsExactlyInAnyOrder(1, 2);
        commits.close();
    }

    @Test
    @DisplayName("closing commits what is pending; a write after closing is refused, never silently lost")
    void close() {
        Disk disk = new Disk();
        GroupCommit commits = new GroupCommit(disk::commit);
        disk.write(1);
        commits.wrote();
        commits.close();
        assertThat(disk.durable).containsExactly(1);
        commits.await(() -> 0); // already covered: returns
        disk.write(2);
        commits.wrote();
        assertThatThrownBy(() -> commits.await(() -> 0)).hasMessageContaining("closed before this change was saved");
    }
}
