package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import rebound.slack.fake.FakeSlack;
import rebound.store.postgres.DatabaseAddress;
import rebound.store.postgres.TestPostgres;

/**
 * Installed in many workspaces with the members in PostgreSQL (issue 20, "many workspaces"): the
 * installation is kept in the database's table, sealed, and an uninstall forgets that workspace's
 * members there.
 */
@DisplayName("Slack, installed in many workspaces, on PostgreSQL")
class InstallOnPostgresTest {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    @TempDir
    Path data;

    @Test
    @DisplayName("the installation is a sealed row of the database; app_uninstalled removes it and forgets the members")
    void installedInTheDatabase() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        try (RunningInstalls app = new RunningInstalls(data, database, POSTGRES.keyFolder(database));
             Connection sql = DriverManager.getConnection(database.url(), database.user(), null)) {
            app.slack.installs().people("T0ACME", "U0ANA");
            app.slack.installs().people("T0BRIGHT", "U0BO");
            app.installer.install("T0ACME", "Acme Bootcamp", "U0ANA");
            app.installer.install("T0BRIGHT", "Bright Chapter", "U0BO");
            assertThat(app.say("T0ACME", "U0ANA", "hi").param("Authorization"))
                    .isEqualTo("Bearer " + app.slack.installs().tokenOf("T0ACME"));
            app.say("T0BRIGHT", "U0BO", "hi");
            assertThat(rows(sql, "SELECT count(*) FROM rebound_installations WHERE encode(sealed, 'escape') LIKE '%xoxb%'"))
                    .as("no token in the clear").isZero();

            app.send(app.slack.installs().uninstall("T0ACME", app.payloads.nextId("Ev")));

            assertThat(rows(sql, "SELECT count(*) FROM rebound_installations")).isEqualTo(1);
            assertThat(rows(sql, "SELECT count(*) FROM rebound_members WHERE member LIKE 'slack:T0ACME:%'")).isZero();
            assertThat(rows(sql, "SELECT count(*) FROM rebound_members WHERE member LIKE 'slack:T0BRIGHT:%'")).isEqualTo(1);
            int before = app.slack.posted(FakeSlack.dmOf("U0ANA")).size();
            app.send(app.dm("T0ACME", "U0ANA", "hi"));
            assertThat(app.slack.posted(FakeSlack.dmOf("U0ANA"))).hasSize(before);
            assertThat(app.slack.installs().refused()).isEmpty();
        }
    }

    private static long rows(Connection sql, String query) throws Exception {
        try (Statement statement = sql.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
