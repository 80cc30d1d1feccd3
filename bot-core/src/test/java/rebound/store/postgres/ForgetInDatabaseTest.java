package rebound.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.Settings;
import rebound.frontdoor.Inbound;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.store.Traces;
import rebound.store.UnreadableMember;

/**
 * Issue 14's forget guarantee: what PostgreSQL keeps after a forget (dead tuples, WAL, a backup
 * taken before it) cannot be read, because the member's key never entered the database and is
 * erased from the key folder.
 */
@DisplayName("Forget on PostgreSQL leaves no readable trace, in the database's files, its WAL or a backup")
class ForgetInDatabaseTest {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    /** What only the forgotten member told: their company, role, contacts' names and details. */
    private static final List<String> SECRETS = List.of("Zyxwvut Holdings", "Quillwright Architect",
            "Ottoline Vantablack", "Barnaby Quenching", "the glacial release cadence");

    @TempDir
    Path backup;

    @Test
    @DisplayName("the member's words never reach the database's files; their key is never in them; after forget the"
            + " key is nowhere, and a row and parts restored from a backup taken before cannot be opened")
    void noReadableTrace() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        Path keys = POSTGRES.keyFolder(database);
        Path files = POSTGRES.dataFolder();
        try (PostgresMemberStore store = PostgresMemberStore.open(database, keys);
             Rebound bot = new Rebound(new Settings(null, null, null), store,
                     PlaybookBundle.load(PlaybookSource.builtIn()));
             Connection sql = DriverManager.getConnection(database.url(), database.user(), null)) {
            Traces.logRejection(bot, "console:gone", SECRETS.get(0), SECRETS.get(1),
                    SECRETS.get(2) + ", hiring manager, " + SECRETS.get(4) + "\n" + SECRETS.get(3) + ", recruiter");
            Traces.logRejection(bot, "console:stays", "Acme", "Designer", "Dana Smith, hiring manager, weekly releases");
            assertThat(bot.overview(new Member("console:gone")).text()).contains(SECRETS.get(0));
            checkpoint(sql);

            String keyId = keyId(sql);
            byte[] key = new KeyFolder(keys).read(keyId);
            java.util.Map<String, byte[]> sealedParts = sealedParts(sql);
            byte[] sealedHead = sealedParts.get(rebound.store.MemberParts.HEAD);
            assertThat(Traces.filesHolding(keys, key)).as("the search finds the key in its own file").hasSize(1);
            assertThat(Traces.filesHolding(files, java.util.Arrays.copyOf(sealedHead, 32)))
                    .as("the search sees what the database keeps: the sealed head's first bytes").isNotEmpty();
            assertThat(Traces.filesHolding(files, key)).as("the key in the database's files").isEmpty();
            for (String secret : SECRETS) {
                assertThat(Traces.filesHolding(files, secret)).as(secret + " in the database's files").isEmpty();
            }
            copy(files, backup);

            bot.handle(Inbound.command(new Member("console:gone"), "forget"));
            bot.handle(Inbound.text(new Member("console:gone"), "yes"));
            assertThat(bot.overview(new Member("console:gone")).text()).doesNotContain(SECRETS.get(0));
            checkpoint(sql);

            for (Path where : List.of(keys, files, backup)) {
                assertThat(Traces.filesHolding(where, key)).as("the erased key under " + where).isEmpty();
                for (String secret : SECRETS) {
                    assertThat(Traces.filesHolding(where, secret)).as(secret + " under " + where).isEmpty();
                }
            }
            try (PreparedStatement restore = sql.prepareStatement(
                    "INSERT INTO rebound_members (member, key_id) VALUES ('console:gone', ?)");
                 PreparedStatement parts = sql.prepareStatement(
                         "INSERT INTO rebound_member_parts (member, part, sealed) VALUES ('console:gone', ?, ?)")) {
                restore.setString(1, keyId);
                restore.executeUpdate();
                for (java.util.Map.Entry<String, byte[]> part : sealedParts.entrySet()) {
                    parts.setString(1, part.getKey());
                    parts.setBytes(2, part.getValue());
                    parts.executeUpdate();
                }
            }
            assertThatThrownBy(() -> store.read("console:gone")).as("the row and parts as a backup would bring them back")
                    .isInstanceOf(UnreadableMember.class);
            assertThat(store.read("console:stays").rejections()).singleElement()
                    .satisfies(r -> assertThat(r.company()).isEqualTo("Acme"));
        }
    }

    /** Writes every change to the tables' files, so the search sees them there as well as in the WAL. */
    private static void checkpoint(Connection sql) throws SQLException {
        try (Statement run = sql.createStatement()) {
            run.execute("CHECKPOINT");
        }
    }

    private static String keyId(Connection sql) throws SQLException {
        try (Statement query = sql.createStatement();
             ResultSet row = query.executeQuery("SELECT key_id FROM rebound_members WHERE member = 'console:gone'")) {
            row.next();
            return row.getString(1);
        }
    }

    /** The forgotten member's sealed parts by name, as the database holds them before the forget. */
    private static java.util.Map<String, byte[]> sealedParts(Connection sql) throws SQLException {
        java.util.Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        try (Statement query = sql.createStatement();
             ResultSet rows = query.executeQuery(
                     "SELECT part, sealed FROM rebound_member_parts WHERE member = 'console:gone'")) {
            while (rows.next()) {
                parts.put(rows.getString(1), rows.getBytes(2));
            }
        }
        assertThat(parts).containsKey(rebound.store.MemberParts.HEAD);
        return parts;
    }

    /** A file-level copy of the server's folder, as a backup would hold it (files that vanish meanwhile left out). */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                try {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                } catch (NoSuchFileException gone) {
                    // a WAL segment recycled while copying
                }
            }
        }
    }
}
