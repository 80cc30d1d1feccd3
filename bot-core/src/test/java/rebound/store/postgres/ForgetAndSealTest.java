package rebound.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import rebound.conversation.MemberState;
import rebound.store.Change;
import rebound.store.UnreadableMember;

@DisplayName("What the PostgreSQL store keeps of a member, and what forget leaves")
class ForgetAndSealTest {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    @Test
    @DisplayName("a member's state is stored sealed with their own key: no plain JSON in the row, and a row moved to "
            + "another member does not open")
    void sealed() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        MemberState state = Members.withFollowUps();
        try (PostgresMemberStore store = PostgresMemberStore.open(database);
             Connection sql = DriverManager.getConnection(database.url(), database.user(), null)) {
            store.update("a", before -> Change.keep(state, null));
            store.update("b", before -> Change.keep(MemberState.empty().nextId(), null));
            byte[] row = single(sql, "SELECT state FROM rebound_members WHERE member = 'a'");
            assertThat(new String(row, StandardCharsets.ISO_8859_1)).doesNotContain("Acme").doesNotContain("Dana");
            assertThat(store.read("a")).isEqualTo(state);
            try (PreparedStatement swap = sql.prepareStatement("UPDATE rebound_members SET state = ? WHERE member = 'b'")) {
                swap.setBytes(1, row);
                swap.executeUpdate();
            }
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.read("b")).isInstanceOf(UnreadableMember.class);
            store.forget("b");
            assertThat(store.read("b")).isEqualTo(MemberState.empty());
        }
    }

    @Test
    @DisplayName("forget deletes the member's row and their key, and a VACUUM of both tables follows within seconds")
    void forgetAndVacuum() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        try (PostgresMemberStore store = PostgresMemberStore.open(database);
             Connection sql = DriverManager.getConnection(database.url(), database.user(), null)) {
            store.update("a", before -> Change.keep(Members.withFollowUps(), null));
            store.update("b", before -> Change.keep(Members.withFollowUps(), null));
            assertThat(count(sql, "rebound_member_keys")).isEqualTo(2);
            store.update("a", before -> Change.forget(null));
            assertThat(count(sql, "rebound_members")).isEqualTo(1);
            assertThat(count(sql, "rebound_member_keys")).isEqualTo(1);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!(vacuumed(sql, "rebound_members") && vacuumed(sql, "rebound_member_keys"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(vacuumed(sql, "rebound_members")).as("rebound_members vacuumed").isTrue();
            assertThat(vacuumed(sql, "rebound_member_keys")).as("rebound_member_keys vacuumed").isTrue();
            assertThat(store.read("b")).isEqualTo(Members.withFollowUps());
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

    private static byte[] single(Connection sql, String select) throws SQLException {
        try (PreparedStatement query = sql.prepareStatement(select); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getBytes(1);
        }
    }
}
