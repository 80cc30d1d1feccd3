package rebound.reminder;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import rebound.store.MemberStore;
import rebound.store.postgres.DatabaseAddress;
import rebound.store.postgres.PostgresMemberStore;
import rebound.store.postgres.TestPostgres;

/** On PostgreSQL: the member's queue orders the reminder on this instance; the row lock is never held across the send. */
@DisplayName("Reminders through the front door, in each member's order (PostgreSQL)")
class RemindersAtTheDoorOnPostgresTest extends RemindersAtTheDoorContract {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    @Override
    MemberStore openStore() {
        DatabaseAddress database = POSTGRES.newDatabase();
        return PostgresMemberStore.open(database, POSTGRES.keyFolder(database));
    }
}
