package rebound.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import rebound.Rebound;
import rebound.Settings;
import rebound.frontdoor.Outbound;
import rebound.member.MemberState;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.store.Change;

@DisplayName("An instance killed with kill -9, others on the same PostgreSQL")
class KilledInstanceTest {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    private static final int DUE_MEMBERS = 30;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    @DisplayName("nothing the killed instance acknowledged is lost, and the reminders it had claimed are delivered by "
            + "the others, each once, after the claim's lease")
    void killNine() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        MemberState sample = Members.withFollowUps();
        Instant due = Members.firstDue(sample);
        MemberState dueNow = Members.shiftedBy(sample, Duration.between(due, Instant.now().minusSeconds(60)));
        try (PostgresMemberStore setup = PostgresMemberStore.open(database, POSTGRES.keyFolder(database))) {
            for (int i = 0; i < DUE_MEMBERS; i++) {
                setup.update("console:due" + i, before -> Change.keep(dueNow, null));
            }
        }

        List<String> lines = runAndKill(database, "run1", 300);
        List<String> claimed = lines.stream().filter(l -> l.startsWith("claimed ")).map(l -> l.substring(8)).toList();
        Map<String, List<String>> committed = new HashMap<>();
        lines.stream().filter(l -> l.startsWith("committed ")).map(l -> l.split(" "))
                .forEach(parts -> committed.computeIfAbsent(parts[1], m -> new ArrayList<>()).add(parts[2]));
        assertThat(claimed).as("the child claimed every due member before it was killed").hasSize(DUE_MEMBERS);
        assertThat(committed).as("the child took turns before it was killed").isNotEmpty();

        PlaybookBundle playbook = PlaybookBundle.load(PlaybookSource.builtIn());
        List<Outbound> delivered = new CopyOnWriteArrayList<>();
        try (PostgresMemberStore other = PostgresMemberStore.open(database, POSTGRES.keyFolder(database));
             Rebound second = new Rebound(new Settings(null, null, null), other, playbook);
             Rebound third = new Rebound(new Settings(null, null, null), PostgresMemberStore.open(database, POSTGRES.keyFolder(database)), playbook)) {
            committed.forEach((member, ids) -> assertThat(other.read(member).seen()).as("turns of %s", member)
                    .containsAll(ids.subList(Math.max(0, ids.size() - 100), ids.size())));

            Instant now = Instant.now();
            assertThat(second.deliverDueReminders(now, delivered::add) + third.deliverDueReminders(now, delivered::add))
                    .as("while the dead instance's claims last, the others leave its members alone").isZero();

            Instant afterLease = now.plus(PostgresMemberStore.LEASE).plusSeconds(1);
            int bySecond = second.deliverDueReminders(afterLease, delivered::add);
            int byThird = third.deliverDueReminders(afterLease, delivered::add);
            assertThat(bySecond + byThird).isEqualTo(DUE_MEMBERS * Members.dueAt(dueNow, afterLease));
            assertThat(delivered.stream().map(o -> o.member().key()).distinct()).containsExactlyInAnyOrderElementsOf(claimed);
            assertThat(second.deliverDueReminders(afterLease.plusSeconds(1), delivered::add)
                    + third.deliverDueReminders(afterLease.plusSeconds(1), delivered::add)).as("none twice").isZero();
        }
    }

    /** Starts {@link InstanceChild}, waits for {@code turns} committed turns (at most 60 s), kills it (SIGKILL). */
    private static List<String> runAndKill(DatabaseAddress database, String run, int turns) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InstanceChild.class.getName(), database.url(),
                database.user(), run, POSTGRES.keyFolder(database).toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> reported = new CopyOnWriteArrayList<>();
        int[] turnsSeen = new int[1];
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.matches("committed \\S+ \\S+|claimed \\S+")) {
                        reported.add(line);
                    }
                }
            } catch (IOException e) {
                // the pipe closes when the child is killed
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (reported.stream().filter(l -> l.startsWith("committed")).count() < turns && child.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(child.isAlive()).as("child still running when killed").isTrue();
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close, no rollback sent
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        return new ArrayList<>(reported);
    }
}
