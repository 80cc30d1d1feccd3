package rebound.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import rebound.member.MemberState;
import rebound.store.Change;
import rebound.store.NotSaved;
import rebound.text.LogName;

/**
 * What a failed write says (issue 22, logs): the error that reaches the log names the member by their
 * log name only, and never carries the statement's values (the member's key, their sealed bytes), which
 * the PostgreSQL driver puts in a failed batch's message unless told not to.
 */
@DisplayName("A database error names no member")
class DatabaseErrorsTest {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    private static final String MEMBER = "slack:T1:U0SECRET";

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    @DisplayName("a write the database refuses mid-batch: the message and its causes hold the log name, not the key or the values")
    void refusedBatchNamesNoMember() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        try (PostgresMemberStore store = PostgresMemberStore.open(database, POSTGRES.keyFolder(database))) {
            store.update(MEMBER, before -> Change.keep(Members.withFollowUps(), null));
            try (Connection admin = DriverManager.getConnection(database.url(), database.user(), database.password());
                 Statement sql = admin.createStatement()) {
                sql.execute("CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; "
                        + "END $$ LANGUAGE plpgsql");
                sql.execute("CREATE TRIGGER refuse BEFORE INSERT OR UPDATE ON rebound_member_parts "
                        + "FOR EACH ROW EXECUTE FUNCTION refuse()");
            }
            Throwable refused = catchThrowable(() -> store.update(MEMBER, before -> Change.keep(MemberState.empty(),
                    null)));

            assertThat(refused).isInstanceOf(NotSaved.class);
            StringWriter logged = new StringWriter();
            refused.printStackTrace(new PrintWriter(logged));
            assertThat(logged.toString()).contains(LogName.of(MEMBER)).contains("refused by the test")
                    .doesNotContain(MEMBER).doesNotContain("U0SECRET").doesNotContain("INSERT INTO")
                    .doesNotContainPattern("'\\\\x[0-9a-f]{16}");
        }
    }
}
