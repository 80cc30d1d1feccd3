package rebound.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.Settings;
import rebound.frontdoor.Outbound;
import rebound.member.MemberState;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.store.Change;

@DisplayName("Reminders with three instances on one PostgreSQL")
class ThreeInstancesRemindersTest {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    private static final int MEMBERS = 1_000;
    private static final int INSTANCES = 3;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    @DisplayName("follow-ups due for 1,000 members, three instances polling at once: each is delivered exactly once, "
            + "the work is shared out, and later polls deliver nothing more")
    void eachDeliveredOnce() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        MemberState sample = Members.withFollowUps();
        Instant now = Members.firstDue(sample);
        long duePerMember = Members.dueAt(sample, now);
        assertThat(duePerMember).isPositive();
        try (PostgresMemberStore setup = PostgresMemberStore.open(database, POSTGRES.keyFolder(database))) {
            for (int i = 0; i < MEMBERS; i++) {
                setup.update("slack:T1:U" + i, before -> Change.keep(sample, null));
            }
        }
        PlaybookBundle playbook = PlaybookBundle.load(PlaybookSource.builtIn());
        Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
        AtomicInteger delivered = new AtomicInteger();
        List<Rebound> instances = new ArrayList<>();
        try {
            for (int i = 0; i < INSTANCES; i++) {
                instances.add(new Rebound(new Settings(null, null, null),
                        PostgresMemberStore.open(database, POSTGRES.keyFolder(database), PostgresMemberStore.LEASE, 50), playbook));
            }
            long expected = MEMBERS * duePerMember;
            int[] byInstance = new int[INSTANCES];
            CyclicBarrier start = new CyclicBarrier(INSTANCES);
            ExecutorService pollers = Executors.newFixedThreadPool(INSTANCES);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < INSTANCES; i++) {
                    int me = i;
                    done.add(pollers.submit(() -> {
                        start.await();
                        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
                        while (delivered.get() < expected && System.nanoTime() < deadline) {
                            byInstance[me] += instances.get(me).deliverDueReminders(now, (Outbound message) -> {
                                received.computeIfAbsent(message.member().key(), m -> new AtomicInteger()).incrementAndGet();
                                delivered.incrementAndGet();
                            });
                        }
                        return null;
                    }));
                }
                for (Future<?> poller : done) {
                    poller.get();
                }
            } finally {
                pollers.shutdownNow();
            }
            assertThat(received).as("every member got their reminders").hasSize(MEMBERS);
            assertThat(received.values().stream().map(AtomicInteger::get).collect(Collectors.toSet()))
                    .as("reminders per member").containsExactly((int) duePerMember);
            assertThat(java.util.Arrays.stream(byInstance).filter(n -> n > 0).count())
                    .as("instances that delivered some (by instance: %s)", java.util.Arrays.toString(byInstance))
                    .isGreaterThan(1);
            Instant afterLeases = now.plus(PostgresMemberStore.LEASE).plus(Duration.ofMinutes(1));
            for (Rebound instance : instances) {
                assertThat(instance.deliverDueReminders(afterLeases, message -> delivered.incrementAndGet()))
                        .as("nothing is left to deliver, even once every claim ran out").isZero();
            }
            assertThat(delivered.get()).isEqualTo(expected);
        } finally {
            instances.forEach(Rebound::close);
        }
    }
}
