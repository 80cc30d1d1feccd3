package rebound.store;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import rebound.store.postgres.DatabaseAddress;
import rebound.store.postgres.PostgresMemberStore;
import rebound.store.postgres.TestPostgres;

/** The store contract against PostgreSQL, a new database for each test, on a server the tests start. */
@DisplayName("The PostgreSQL member store")
class PostgresMemberStoreTest extends MemberStoreContract {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    @Override
    protected MemberStore open() {
        DatabaseAddress database = POSTGRES.newDatabase();
        return PostgresMemberStore.open(database, POSTGRES.keyFolder(database));
    }
}
