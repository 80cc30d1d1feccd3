package rebound.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import rebound.member.MemberState;
import rebound.store.Change;
import rebound.store.Installations;

/**
 * The installations of an app serving many workspaces in PostgreSQL (issue 20, "many workspaces";
 * migration V4): sealed with a key of their own in the key folder, whose key is erased when the row
 * is replaced or removed; members of one workspace listed by prefix.
 */
@DisplayName("Installations in PostgreSQL")
class PostgresInstallationsTest {

    private static final String TOKEN = "xoxb-1234567890-0987654321-SecretBotTokenValue";

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    @Test
    @DisplayName("a record is kept sealed (no token in the row), shared by instances, and its key erased when it is "
            + "replaced or removed")
    void sealedAndErased() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        KeyFolder keys = new KeyFolder(POSTGRES.keyFolder(database));
        try (PostgresMemberStore one = PostgresMemberStore.open(database, POSTGRES.keyFolder(database));
             PostgresMemberStore two = PostgresMemberStore.open(database, POSTGRES.keyFolder(database));
             Installations first = one.installations();
             Installations second = two.installations();
             Connection sql = DriverManager.getConnection(database.url(), database.user(), null)) {
            first.save("slack:T0ACME", "{\"botAccessToken\":\"" + TOKEN + "\"}");
            assertThat(second.find("slack:T0ACME")).hasValueSatisfying(r -> assertThat(r).contains(TOKEN));
            String keyId = keyOf(sql);
            assertThat(new String(sealedOf(sql), StandardCharsets.ISO_8859_1)).doesNotContain(TOKEN, "botAccessToken");

            second.save("slack:T0ACME", "{\"botAccessToken\":\"xoxb-new\"}");
            assertThat(keys.holds(keyId)).as("the replaced record's key").isFalse();
            assertThat(first.find("slack:T0ACME")).contains("{\"botAccessToken\":\"xoxb-new\"}");

            String newKey = keyOf(sql);
            first.remove("slack:T0ACME");
            assertThat(second.find("slack:T0ACME")).isEmpty();
            assertThat(keys.holds(newKey)).as("the removed record's key").isFalse();

            for (String member : List.of("slack:T0ACME:U1", "slack:T0ACMEX:U2")) {
                one.update(member, before -> Change.keep(MemberState.empty().nextId(), null));
            }
            assertThat(two.membersStartingWith("slack:T0ACME:")).containsExactly("slack:T0ACME:U1");
        }
    }

    private static String keyOf(Connection sql) throws Exception {
        try (Statement select = sql.createStatement();
             ResultSet row = select.executeQuery("SELECT key_id FROM rebound_installations")) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }

    private static byte[] sealedOf(Connection sql) throws Exception {
        try (Statement select = sql.createStatement();
             ResultSet row = select.executeQuery("SELECT sealed FROM rebound_installations")) {
            assertThat(row.next()).isTrue();
            return row.getBytes(1);
        }
    }
}
