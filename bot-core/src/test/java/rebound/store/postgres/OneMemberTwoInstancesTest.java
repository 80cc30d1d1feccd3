package rebound.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
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
import rebound.frontdoor.Event;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Outbound;
import rebound.member.MemberState;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.store.InMemoryMemberStore;

@DisplayName("One member driven from two Rebound instances on one PostgreSQL")
class OneMemberTwoInstancesTest {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    private static final Member MEMBER = new Member("slack:T1:U1");
    private static final int TURNS_EACH = 1_200;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    /** What a member says, drawn at random: commands, intake answers, choices and stray words. */
    private static final List<Event> SAYINGS = List.of(new Event.Command("new"), new Event.Text("Acme"),
            new Event.Text("Product Designer"), new Event.Text("final"), new Event.Text("they hired someone else"),
            new Event.Text("Dana Smith, hiring manager, the move to weekly releases"), new Event.Text("done"),
            new Event.Text("skip"), new Event.Text("yes"), new Event.Text("no"), new Event.Text("thank, stay in touch"),
            new Event.Text("warm"), new Event.Command("list"), new Event.Command("update"),
            new Event.Text("1"), new Event.Text("back"), new Event.Command("help"));

    /** One turn as the store applied it, in the store's order. */
    private record Applied(Inbound inbound, Object replies) {
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    @DisplayName("thousands of turns at once, some retried on the other instance: each delivery is taken once, and the "
            + "conversation, every reply and the final state are those of one instance taking the turns in that order")
    void oneConversation() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        PlaybookBundle playbook = PlaybookBundle.load(PlaybookSource.builtIn());
        Settings settings = new Settings(null, null, CLOCK);
        List<Applied> applied = new ArrayList<>();
        ThreadLocal<Inbound> current = new ThreadLocal<>();
        RecordingStore.Listener record = (member, before, decided) -> {
            synchronized (applied) {
                applied.add(new Applied(current.get(), decided.result()));
            }
        };
        Inbound[][] turns = new Inbound[2][TURNS_EACH];
        Random random = new Random(14);
        for (int t = 0; t < 2; t++) {
            for (int i = 0; i < TURNS_EACH; i++) {
                turns[t][i] = new Inbound(MEMBER, SAYINGS.get(random.nextInt(SAYINGS.size())), "i" + t + "-" + i);
            }
        }
        int[] calls = new int[2];
        try (Rebound first = new Rebound(settings, new RecordingStore(PostgresMemberStore.open(database, POSTGRES.keyFolder(database)), record), playbook);
             Rebound second = new Rebound(settings, new RecordingStore(PostgresMemberStore.open(database, POSTGRES.keyFolder(database)), record),
                     playbook)) {
            List<Rebound> instances = List.of(first, second);
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    int me = t;
                    done.add(threads.submit(() -> {
                        Random retries = new Random(me);
                        start.await();
                        for (int i = 0; i < TURNS_EACH; i++) {
                            take(instances.get(me), turns[me][i], current);
                            calls[me]++;
                            if (retries.nextInt(10) == 0) { // the platform retries a delivery of the other one's here
                                take(instances.get(me), turns[1 - me][retries.nextInt(i + 1)], current);
                                calls[me]++;
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> thread : done) {
                    thread.get();
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(applied).as("every call was applied once, none lost, none twice").hasSize(calls[0] + calls[1]);

            InMemoryMemberStore memory = new InMemoryMemberStore();
            try (Rebound alone = new Rebound(settings, memory, playbook)) {
                for (int i = 0; i < applied.size(); i++) {
                    Applied turn = applied.get(i);
                    assertThat(alone.handle(turn.inbound())).as("the replies of turn %d, %s", i, turn.inbound())
                            .isEqualTo(turn.replies());
                }
                assertThat(stored(database)).as("the state both instances made").isEqualTo(memory.read(MEMBER.key()));
            }
        }
        long distinct = applied.stream().map(a -> a.inbound().deliveryId()).distinct().count();
        assertThat(distinct).as("both threads' deliveries were all taken").isEqualTo(2L * TURNS_EACH);
    }

    private static List<Outbound> take(Rebound instance, Inbound inbound, ThreadLocal<Inbound> current) {
        current.set(inbound);
        return instance.handle(inbound);
    }

    private static MemberState stored(DatabaseAddress database) {
        try (PostgresMemberStore store = PostgresMemberStore.open(database, POSTGRES.keyFolder(database))) {
            return store.read(MEMBER.key());
        }
    }
}
