package rebound.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.Settings;
import rebound.frontdoor.Event;
import rebound.frontdoor.Inbound;
import rebound.member.MemberState;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.store.Change;
import rebound.store.InMemoryMemberStore;
import rebound.store.postgres.DatabaseAddress;
import rebound.store.postgres.LocalPostgres;
import rebound.store.postgres.PostgresMemberStore;

/**
 * What one turn of one member costs on PostgreSQL as the member grows (issue 22: "at 500 rejections a
 * turn writes 788 KB of WAL and takes 105 ms"). For each size (default 1 and 500 rejections): a member
 * with that many rejections, each logged through the real conversation to its drafts (in memory, then
 * stored in one write), then takes the core benchmark's intake of one more rejection to its drafts
 * ({@link CoreBenchmark#STORY}'s first 14 turns, each with a delivery id as Slack and Discord send)
 * twice: once to warm up (so pages touched after the last checkpoint are not counted), once measured.
 * Per measured turn: the WAL the server wrote ({@code pg_current_wal_lsn()} before and after, read on
 * another connection) and the turn's wall time through {@link Rebound#handle}. Prints the mean, the
 * largest and the turn that wrote the most.
 *
 * <p>Starts its own PostgreSQL as the tests do ({@link LocalPostgres}, default settings), nothing
 * else running on it.
 */
final class OneMemberTurns {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    /** The intake of one rejection to its drafts: the core benchmark's story without its list and forget. */
    private static final List<Event> INTAKE = CoreBenchmark.STORY.subList(0, 14);

    private OneMemberTurns() {
    }

    /** {@code args}: the numbers of rejections to measure (default 1 and 500). */
    static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {1, 500} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        PlaybookBundle playbook = PlaybookBundle.load(PlaybookSource.builtIn());
        System.out.printf("Rebound PostgreSQL, one member's turn (%d cores, %s): the intake of one more rejection,"
                + " %d turns, after one to warm up%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), INTAKE.size());
        try (LocalPostgres server = new LocalPostgres()) {
            server.start();
            for (int size : sizes) {
                DatabaseAddress database = server.newDatabase();
                MemberState grown = grown(playbook, size);
                try (PostgresMemberStore store = PostgresMemberStore.open(database, server.keyFolder(database));
                     Rebound bot = new Rebound(new Settings(null, null, CLOCK), store, playbook);
                     Connection watch = DriverManager.getConnection(database.url(), database.user(),
                             database.password())) {
                    String member = "console:grown";
                    store.update(member, before -> Change.keep(grown, null));
                    intake(bot, member, "warm", watch);
                    List<long[]> turns = intake(bot, member, "measured", watch);
                    long[] most = turns.stream().max((a, b) -> Long.compare(a[0], b[0])).orElseThrow();
                    System.out.printf("%d rejection%s: per turn %,.0f bytes of WAL (most %,d, turn %d) and %.1f ms"
                            + " (most %.1f ms); %d rejections after%n", size, size == 1 ? "" : "s",
                            turns.stream().mapToLong(t -> t[0]).average().orElseThrow(), most[0], turns.indexOf(most) + 1,
                            turns.stream().mapToLong(t -> t[1]).average().orElseThrow() / 1e6,
                            turns.stream().mapToLong(t -> t[1]).max().orElseThrow() / 1e6,
                            store.read(member).rejections().size());
                }
            }
        }
    }

    /** A member with {@code rejections} rejections, each logged through the conversation to its drafts. */
    private static MemberState grown(PlaybookBundle playbook, int rejections) {
        InMemoryMemberStore memory = new InMemoryMemberStore();
        String member = "console:grown";
        try (Rebound bot = new Rebound(new Settings(null, null, CLOCK), memory, playbook)) {
            for (int i = 0; i < rejections; i++) {
                for (Event event : INTAKE) {
                    bot.handle(new Inbound(new Member(member), event, null));
                }
            }
        }
        MemberState state = memory.read(member);
        if (state.rejections().size() != rejections) {
            throw new IllegalStateException("made " + state.rejections().size() + " rejections, not " + rejections);
        }
        return state;
    }

    /** The intake's turns with delivery ids; per turn the WAL bytes written and the nanoseconds taken. */
    private static List<long[]> intake(Rebound bot, String member, String round, Connection watch)
            throws SQLException {
        List<long[]> turns = new ArrayList<>();
        for (int i = 0; i < INTAKE.size(); i++) {
            long wal = walBytes(watch);
            long start = System.nanoTime();
            bot.handle(new Inbound(new Member(member), INTAKE.get(i), round + "-" + i));
            long took = System.nanoTime() - start;
            turns.add(new long[] {walBytes(watch) - wal, took});
        }
        return turns;
    }

    private static long walBytes(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')")) {
            row.next();
            return row.getLong(1);
        }
    }
}
