package rebound.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.Settings;
import rebound.frontdoor.Event;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Outbound;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;

@DisplayName("PostgreSQL stopped and started again under load")
class DatabaseRestartTest {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    private static final int THREADS = 4;

    /** Turns one thread took: the delivery ids answered normally, and how many got "couldn't save". */
    private record Taken(String member, List<String> acknowledged, int refused, int acknowledgedAfterRestart) {
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    @DisplayName("while the database is down each turn gets the \"couldn't save\" words and nothing else; once it is back "
            + "the same instance saves again, and no acknowledged turn is missing")
    void stopAndStart() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        PlaybookBundle playbook = PlaybookBundle.load(PlaybookSource.builtIn());
        String couldNotSave = playbook.words().say("store_not_saved");
        AtomicBoolean restarted = new AtomicBoolean();
        AtomicInteger refusedSoFar = new AtomicInteger();
        AtomicBoolean enough = new AtomicBoolean();
        List<Taken> taken = new ArrayList<>();
        try (PostgresMemberStore store = PostgresMemberStore.open(database, POSTGRES.keyFolder(database));
             Rebound bot = new Rebound(new Settings(null, null, null), store, playbook)) {
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Taken>> done = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    String member = "console:load" + t;
                    done.add(threads.submit(() -> {
                        List<String> acknowledged = new ArrayList<>();
                        int refused = 0;
                        int after = 0;
                        for (long turn = 0; !enough.get() || after < 20; turn++) {
                            String id = member + "-" + turn;
                            List<Outbound> replies = bot.handle(new Inbound(new Member(member), new Event.Text("Company " + turn), id));
                            if (replies.equals(List.of(Outbound.say(new Member(member), couldNotSave)))) {
                                refused++;
                                refusedSoFar.incrementAndGet();
                            } else {
                                assertThat(replies).isNotEmpty();
                                acknowledged.add(id);
                                if (restarted.get()) {
                                    after++;
                                }
                            }
                        }
                        return new Taken(member, acknowledged, refused, after);
                    }));
                }
                Thread.sleep(1_000);
                POSTGRES.stopFast();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (refusedSoFar.get() < 2 * THREADS && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                POSTGRES.startServer();
                restarted.set(true);
                enough.set(true);
                for (Future<Taken> thread : done) {
                    taken.add(thread.get(90, TimeUnit.SECONDS));
                }
            } finally {
                threads.shutdownNow();
            }
            for (Taken thread : taken) {
                assertThat(thread.refused()).as("turns of %s refused while the database was down", thread.member())
                        .isPositive();
                assertThat(thread.acknowledgedAfterRestart()).as("turns of %s saved after it was back", thread.member())
                        .isGreaterThanOrEqualTo(20);
                List<String> recent = thread.acknowledged().subList(Math.max(0, thread.acknowledged().size() - 150),
                        thread.acknowledged().size());
                assertThat(store.read(thread.member()).seen()).as("acknowledged turns of %s", thread.member())
                        .containsAll(recent);
            }
        }
    }
}
