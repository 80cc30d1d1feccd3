package rebound.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.Settings;
import rebound.frontdoor.Inbound;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.store.MapDbMemberStore;
import rebound.store.MemberStore;
import rebound.store.postgres.DatabaseAddress;
import rebound.store.postgres.LocalPostgres;
import rebound.store.postgres.PostgresMemberStore;

/**
 * The figures of issue 14, measured by a driver rather than timed tests: durable turns/s with 50
 * members at once on PostgreSQL beside MapDB in the same run, then with 1, 2 and 3 Rebound instances
 * (each its own store and pool, in this JVM) sharing one PostgreSQL, each turn of a member going to
 * the next instance in turn as a load balancer would send it. For each PostgreSQL run it also prints
 * what the database saw per turn: transactions committed and WAL bytes written.
 *
 * <p>It starts its own PostgreSQL as the tests do ({@link LocalPostgres}: Debian's binaries, default
 * settings, so {@code fsync} and {@code synchronous_commit} on), or uses the empty database named by
 * {@code REBOUND_DATABASE_URL} (with {@code REBOUND_DATABASE_USER}/{@code _PASSWORD}).
 *
 * <pre>
 * mvn -B -q -pl bot-core -DskipTests package
 * java -Xmx1g -cp bot-core/target/test-classes:bot-core/target/bot-core-0.1.0-SNAPSHOT-app.jar rebound.bench.PostgresBenchmark [seconds]
 * java -Xmx1g -cp ... rebound.bench.PostgresBenchmark turn [rejections...]
 * </pre>
 *
 * <p>The {@code turn} mode measures instead what one member's turn costs as the member grows (issue 22,
 * "a turn's write proportional to what changed"): see {@link OneMemberTurns}.
 */
public final class PostgresBenchmark {

    private static final int MEMBERS = 50;
    private static final int WARM_UP_SECONDS = 3;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private PostgresBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("turn")) {
            OneMemberTurns.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        System.out.printf("Rebound PostgreSQL benchmark (%d cores, %s), %d members at once, %d s measured per run%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), MEMBERS, seconds);
        String url = System.getenv(Settings.DATABASE_URL);
        LocalPostgres own = null;
        DatabaseAddress database;
        Path keys;
        if (url != null && !url.isBlank()) {
            database = Settings.database(System.getenv(), url);
            keys = Settings.fromEnvironment().keyFolder();
        } else {
            own = new LocalPostgres();
            own.start();
            database = own.newDatabase();
            keys = own.keyFolder(database);
        }
        try {
            Path dir = Files.createTempDirectory("rebound-pg-bench");
            MapDbMemberStore file = MapDbMemberStore.open(dir);
            System.out.printf("MapDB, 1 instance: %,.0f turns/s%n", turnsPerSecond(List.of(file), "mapdb", seconds));
            file.close();
            try (var all = Files.walk(dir)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            for (int instances = 1; instances <= 3; instances++) {
                List<MemberStore> stores = new ArrayList<>();
                for (int i = 0; i < instances; i++) {
                    stores.add(PostgresMemberStore.open(database, keys));
                }
                long[] before = databaseCounters(database);
                long[] turns = new long[1];
                double rate = turnsPerSecond(stores, "pg" + instances, seconds, turns);
                long[] after = databaseCounters(database);
                System.out.printf("PostgreSQL, %d instance%s: %,.0f turns/s; per turn the database committed %.2f "
                        + "transactions and wrote %,.0f bytes of WAL%n", instances, instances == 1 ? "" : "s", rate,
                        (after[0] - before[0]) / (double) turns[0], (after[1] - before[1]) / (double) turns[0]);
                stores.forEach(MemberStore::close);
            }
        } finally {
            if (own != null) {
                own.close();
            }
        }
    }

    private static double turnsPerSecond(List<MemberStore> stores, String prefix, int seconds) throws Exception {
        return turnsPerSecond(stores, prefix, seconds, new long[1]);
    }

    /**
     * 50 threads, one per member, each taking {@link CoreBenchmark#STORY} over and over (intake, drafts,
     * list, forget), turn {@code i} of a member on instance {@code i % n}; counts turns after the warm-up.
     * {@code allTurns[0]} gets every turn taken, warm-up included (for per-turn database counters).
     */
    private static double turnsPerSecond(List<MemberStore> stores, String prefix, int seconds, long[] allTurns)
            throws Exception {
        PlaybookBundle playbook = PlaybookBundle.load(PlaybookSource.builtIn());
        List<Rebound> instances = new ArrayList<>();
        for (MemberStore store : stores) {
            instances.add(new Rebound(new Settings(null, null, CLOCK), store, playbook));
        }
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong measured = new AtomicLong();
        AtomicLong all = new AtomicLong();
        CountDownLatch done = new CountDownLatch(MEMBERS);
        for (int m = 0; m < MEMBERS; m++) {
            String member = "console:" + prefix + "-" + m;
            int first = m;
            Thread thread = new Thread(() -> {
                int i = 0;
                while (running.get()) {
                    Rebound instance = instances.get((first + i) % instances.size());
                    instance.handle(new Inbound(new Member(member), CoreBenchmark.STORY.get(i++ % CoreBenchmark.STORY.size()), null));
                    all.incrementAndGet();
                    if (measuring.get()) {
                        measured.incrementAndGet();
                    }
                }
                done.countDown();
            });
            thread.start();
        }
        Thread.sleep(WARM_UP_SECONDS * 1_000L);
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(seconds * 1_000L);
        long counted = measured.get();
        double elapsed = (System.nanoTime() - start) / 1e9;
        running.set(false);
        done.await();
        allTurns[0] = all.get();
        return counted / elapsed;
    }

    /** Transactions committed in the database and WAL bytes written so far (whole server). */
    private static long[] databaseCounters(DatabaseAddress database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement query = connection.createStatement()) {
            try (ResultSet row = query.executeQuery("SELECT xact_commit, pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')"
                    + " FROM pg_stat_database WHERE datname = current_database()")) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        }
    }
}
