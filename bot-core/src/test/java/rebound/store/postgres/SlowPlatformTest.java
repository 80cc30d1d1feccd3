package rebound.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.Settings;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Outbound;
import rebound.member.MemberState;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.store.Change;

/**
 * A platform that takes long to answer a reminder (Slack answering after 20 s) stalls nobody: the
 * instance sending it holds no transaction, pooled connection or row lock while it waits. The slow
 * platform is a latch the test opens, so the property is shown without a real 20 s wait.
 */
@DisplayName("A reminder held by a slow platform, two instances on one PostgreSQL")
class SlowPlatformTest {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    private static final Member MEMBER = new Member("slack:T1:U1");

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    @DisplayName("while one instance waits for the platform, the member's turns answer at once on both instances, "
            + "and the reminder is delivered once")
    void turnsGoOnWhileThePlatformWaits() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        MemberState sample = Members.withFollowUps();
        Instant now = Members.firstDue(sample);
        long due = Members.dueAt(sample, now);
        try (PostgresMemberStore setup = PostgresMemberStore.open(database, POSTGRES.keyFolder(database))) {
            setup.update(MEMBER.key(), before -> Change.keep(sample, null));
        }
        PlaybookBundle playbook = PlaybookBundle.load(PlaybookSource.builtIn());
        Settings settings = new Settings(null, null, Clock.fixed(now, ZoneOffset.UTC));
        List<Outbound> delivered = new CopyOnWriteArrayList<>();
        CountDownLatch inPlatform = new CountDownLatch(1);
        CountDownLatch platformAnswers = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try (Rebound sender = new Rebound(settings, PostgresMemberStore.open(database, POSTGRES.keyFolder(database)),
                playbook);
             Rebound other = new Rebound(settings, PostgresMemberStore.open(database, POSTGRES.keyFolder(database)),
                     playbook)) {
            Future<Integer> sending = threads.submit(() -> sender.deliverDueReminders(now, message -> {
                inPlatform.countDown();
                try {
                    platformAnswers.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                delivered.add(message);
            }));
            assertThat(inPlatform.await(30, TimeUnit.SECONDS)).as("the reminder reached the platform").isTrue();

            Future<List<Outbound>> onOther = threads.submit(() -> other.handle(Inbound.command(MEMBER, "list")));
            Future<List<Outbound>> onSender = threads.submit(() -> sender.handle(Inbound.command(MEMBER, "list")));
            assertThat(onOther.get(5, TimeUnit.SECONDS)).as("the member's list on the other instance")
                    .anyMatch(m -> m.text().contains("Acme"));
            assertThat(onSender.get(5, TimeUnit.SECONDS)).as("the member's list on the sending instance")
                    .anyMatch(m -> m.text().contains("Acme"));
            assertThat(other.deliverDueReminders(now.plusSeconds(1), delivered::add))
                    .as("the other instance does not send what is being sent").isZero();

            platformAnswers.countDown();
            assertThat(sending.get(30, TimeUnit.SECONDS)).isEqualTo((int) due);
            assertThat(delivered).hasSize((int) due);
        } finally {
            platformAnswers.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    @DisplayName("a member's row locked by something stuck: the turn gives up after the lock timeout and changes nothing")
    void stuckLockTimesOut() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        try (PostgresMemberStore store = PostgresMemberStore.open(database, POSTGRES.keyFolder(database))) {
            store.update(MEMBER.key(), before -> Change.keep(Members.withFollowUps(), null));
            try (java.sql.Connection stuck = java.sql.DriverManager.getConnection(database.url(), database.user(),
                    database.password())) {
                stuck.setAutoCommit(false);
                try (java.sql.Statement lock = stuck.createStatement()) {
                    lock.execute("SELECT member FROM rebound_members WHERE member = '" + MEMBER.key() + "' FOR UPDATE");
                }
                long started = System.nanoTime();
                org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> store.update(MEMBER.key(), before -> Change.keep(MemberState.empty(), null)))
                        .isInstanceOf(rebound.store.NotSaved.class);
                assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
                        .isBetween(DatabasePool.LOCK_TIMEOUT.minusSeconds(1), DatabasePool.LOCK_TIMEOUT.plusSeconds(10));
                stuck.rollback();
            }
            assertThat(store.read(MEMBER.key()).rejections()).as("nothing changed").isNotEmpty();
        }
    }
}
