package rebound.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import rebound.member.MemberState;
import rebound.store.Change;
import rebound.store.UnreadableMember;

@DisplayName("What the PostgreSQL store keeps of a member, and what forget leaves")
class ForgetAndSealTest {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    @Test
    @DisplayName("a member's state is stored in parts sealed with their own key: no plain JSON in any part, a part"
            + " moved to another member does not open, nor one moved to another part of the same member")
    void sealed() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        MemberState state = Members.withFollowUps();
        try (PostgresMemberStore store = PostgresMemberStore.open(database, POSTGRES.keyFolder(database));
             Connection sql = DriverManager.getConnection(database.url(), database.user(), null)) {
            store.update("a", before -> Change.keep(state, null));
            store.update("b", before -> Change.keep(MemberState.empty().nextId(), null));
            store.update("c", before -> Change.keep(state, null));
            List<byte[]> parts = column(sql, "SELECT sealed FROM rebound_member_parts WHERE member = 'a'");
            assertThat(parts).hasSize(2 + state.rejections().size()); // head, delivery ids, one per rejection
            for (byte[] part : parts) {
                assertThat(new String(part, StandardCharsets.ISO_8859_1)).doesNotContain("Acme").doesNotContain("Dana");
            }
            assertThat(store.read("a")).isEqualTo(state);
            byte[] head = single(sql, "SELECT sealed FROM rebound_member_parts WHERE member = 'a' AND part = 'head'");
            try (PreparedStatement swap = sql.prepareStatement(
                    "UPDATE rebound_member_parts SET sealed = ? WHERE member = 'b' AND part = 'head'")) {
                swap.setBytes(1, head);
                assertThat(swap.executeUpdate()).isEqualTo(1);
            }
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.read("b")).isInstanceOf(UnreadableMember.class);
            byte[] seenOfC = single(sql, "SELECT sealed FROM rebound_member_parts WHERE member = 'c' AND part = 'seen'");
            try (PreparedStatement swap = sql.prepareStatement(
                    "UPDATE rebound_member_parts SET sealed = ? WHERE member = 'c' AND part = 'head'")) {
                swap.setBytes(1, seenOfC);
                assertThat(swap.executeUpdate()).isEqualTo(1);
            }
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.read("c")).isInstanceOf(UnreadableMember.class);
            store.forget("b");
            assertThat(store.read("b")).isEqualTo(MemberState.empty());
            assertThat(store.read("a")).isEqualTo(state);
        }
    }

    @Test
    @DisplayName("forget deletes the member's row, erases their key file from the key folder, and a VACUUM of the"
            + " member tables (rows and parts) follows within seconds")
    void forgetAndVacuum() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        KeyFolder keys = new KeyFolder(POSTGRES.keyFolder(database));
        try (PostgresMemberStore store = PostgresMemberStore.open(database, POSTGRES.keyFolder(database));
             Connection sql = DriverManager.getConnection(database.url(), database.user(), null)) {
            store.update("a", before -> Change.keep(Members.withFollowUps(), null));
            store.update("b", before -> Change.keep(Members.withFollowUps(), null));
            String keyOfA = keyId(sql, "a");
            String keyOfB = keyId(sql, "b");
            assertThat(keyOfA).isNotEqualTo(keyOfB);
            assertThat(keys.holds(keyOfA)).isTrue();
            store.update("a", before -> Change.forget(null));
            assertThat(count(sql, "rebound_members")).isEqualTo(1);
            assertThat(count(sql, "rebound_member_parts WHERE member = 'a'")).as("a's parts").isZero();
            assertThat(count(sql, "rebound_member_parts WHERE member = 'b'")).as("b's parts").isPositive();
            assertThat(keys.holds(keyOfA)).as("a's key file").isFalse();
            assertThat(keys.holds(keyOfB)).as("b's key file").isTrue();
            assertThat(count(sql, "rebound_keys_to_erase")).as("erasures still owed").isZero();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!(vacuumed(sql, "rebound_members") && vacuumed(sql, "rebound_member_parts"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(vacuumed(sql, "rebound_members")).as("rebound_members vacuumed").isTrue();
            assertThat(vacuumed(sql, "rebound_member_parts")).as("rebound_member_parts vacuumed").isTrue();
            assertThat(store.read("b")).isEqualTo(Members.withFollowUps());
        }
    }

    @Test
    @DisplayName("more members forgetting at once than the instance has connections: every forget succeeds and has"
            + " erased its key when it returns (the erasure once took a second connection and starved the pool)")
    void manyForgetsAtOnce() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        KeyFolder keys = new KeyFolder(POSTGRES.keyFolder(database));
        int members = DatabasePool.CONNECTIONS * 3;
        try (PostgresMemberStore store = PostgresMemberStore.open(database, POSTGRES.keyFolder(database));
             Connection sql = DriverManager.getConnection(database.url(), database.user(), null)) {
            List<String> keyIds = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                String member = "m" + i;
                store.update(member, before -> Change.keep(Members.withFollowUps(), null));
                keyIds.add(keyId(sql, member));
            }
            CyclicBarrier together = new CyclicBarrier(members);
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                String member = "m" + i;
                String keyId = keyIds.get(i);
                Thread thread = new Thread(() -> {
                    try {
                        together.await();
                        store.forget(member);
                        if (keys.holds(keyId)) {
                            failures.add(new AssertionError(member + "'s key is still there after forget returned"));
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(failures).isEmpty();
            assertThat(store.deferredErasures()).as("erasures that failed and were left for later").isZero();
            Thread.sleep(2 * Vacuum.EVERY.toMillis() + 500); // the sweeps after these forgets have run
            assertThat(store.sweptErasures()).as("erasures under way taken by a sweep for leftovers of a crash").isZero();
            assertThat(count(sql, "rebound_members")).isZero();
            assertThat(count(sql, "rebound_member_parts")).isZero();
            assertThat(count(sql, "rebound_keys_to_erase")).isZero();
        }
    }

    @Test
    @DisplayName("a forgotten member whose key erasure a crash cut short has it erased when an instance next opens"
            + " the store")
    void erasureFinishedAtOpen() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        KeyFolder keys = new KeyFolder(POSTGRES.keyFolder(database));
        String keyOfA;
        try (PostgresMemberStore store = PostgresMemberStore.open(database, POSTGRES.keyFolder(database));
             Connection sql = DriverManager.getConnection(database.url(), database.user(), null)) {
            store.update("a", before -> Change.keep(Members.withFollowUps(), null));
            keyOfA = keyId(sql, "a");
            // what the forget's transaction commits, the crash coming before the key file is erased
            sql.setAutoCommit(false);
            execute(sql, "DELETE FROM rebound_members WHERE member = 'a'");
            execute(sql, "INSERT INTO rebound_keys_to_erase (key_id) VALUES ('" + keyOfA + "')");
            sql.commit();
        }
        assertThat(keys.holds(keyOfA)).isTrue();
        try (PostgresMemberStore reopened = PostgresMemberStore.open(database, POSTGRES.keyFolder(database));
             Connection sql = DriverManager.getConnection(database.url(), database.user(), null)) {
            assertThat(keys.holds(keyOfA)).as("the key after the next open").isFalse();
            assertThat(count(sql, "rebound_keys_to_erase")).isZero();
            assertThat(reopened.read("a")).isEqualTo(MemberState.empty());
        }
    }

    @Test
    @DisplayName("an instance given another key folder than the database's is refused at start, naming REBOUND_KEY_DIR;"
            + " the same folder again is welcome")
    void oneKeyFolderPerDatabase(@TempDir Path elsewhere) {
        DatabaseAddress database = POSTGRES.newDatabase();
        try (PostgresMemberStore first = PostgresMemberStore.open(database, POSTGRES.keyFolder(database))) {
            first.update("a", before -> Change.keep(Members.withFollowUps(), null));
            assertThatThrownBy(() -> PostgresMemberStore.open(database, elsewhere).close())
                    .isInstanceOf(DatabaseUnusable.class)
                    .hasMessageContaining("REBOUND_KEY_DIR").hasMessageContaining(elsewhere.toString())
                    .hasMessageContaining("another folder");
            try (PostgresMemberStore second = PostgresMemberStore.open(database, POSTGRES.keyFolder(database))) {
                assertThat(second.read("a")).isEqualTo(Members.withFollowUps());
            }
        }
    }

    @Test
    @DisplayName("a database of the first version, keys in a table, has them moved into the key folder and the table"
            + " dropped; its members read as before")
    void keysMovedOutOfAnOldDatabase() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        try (Connection sql = DriverManager.getConnection(database.url(), database.user(), null)) {
            org.flywaydb.core.Flyway.configure().dataSource(database.url(), database.user(), null)
                    .locations("classpath:db/migration").table(Schema.HISTORY).target("1").load().migrate();
            byte[] key = new byte[KeyFolder.KEY_BYTES];
            new java.security.SecureRandom().nextBytes(key);
            byte[] sealed = new MemberSeal().seal(key, "a", rebound.store.StateJson.write(Members.withFollowUps()));
            try (PreparedStatement row = sql.prepareStatement("INSERT INTO rebound_members (member, state) VALUES ('a', ?)");
                 PreparedStatement keyRow = sql.prepareStatement(
                         "INSERT INTO rebound_member_keys (member, key) VALUES ('a', ?)")) {
                row.setBytes(1, sealed);
                row.executeUpdate();
                keyRow.setBytes(1, key);
                keyRow.executeUpdate();
            }
            try (PostgresMemberStore store = PostgresMemberStore.open(database, POSTGRES.keyFolder(database))) {
                assertThat(store.read("a")).isEqualTo(Members.withFollowUps());
                assertThat(new KeyFolder(POSTGRES.keyFolder(database)).read(keyId(sql, "a"))).isEqualTo(key);
                assertThat(count(sql, "pg_tables WHERE tablename = 'rebound_member_keys'")).as("the old key table")
                        .isZero();
            }
        }
    }

    private static String keyId(Connection sql, String member) throws SQLException {
        try (PreparedStatement query = sql.prepareStatement("SELECT key_id FROM rebound_members WHERE member = ?")) {
            query.setString(1, member);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static void execute(Connection sql, String statement) throws SQLException {
        try (PreparedStatement run = sql.prepareStatement(statement)) {
            run.executeUpdate();
        }
    }

    private static boolean vacuumed(Connection sql, String table) throws SQLException {
        try (PreparedStatement query = sql.prepareStatement(
                "SELECT last_vacuum IS NOT NULL FROM pg_stat_user_tables WHERE relname = ?")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private static long count(Connection sql, String table) throws SQLException {
        try (PreparedStatement query = sql.prepareStatement("SELECT count(*) FROM " + table);
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static List<byte[]> column(Connection sql, String select) throws SQLException {
        List<byte[]> values = new ArrayList<>();
        try (PreparedStatement query = sql.prepareStatement(select); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getBytes(1));
            }
        }
        return values;
    }

    private static byte[] single(Connection sql, String select) throws SQLException {
        try (PreparedStatement query = sql.prepareStatement(select); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getBytes(1);
        }
    }
}
