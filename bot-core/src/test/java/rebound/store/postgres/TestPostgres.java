package rebound.store.postgres;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for one test class ({@link LocalPostgres}), started before its first test and
 * stopped, its folder removed, after its last: {@code @RegisterExtension static final TestPostgres
 * POSTGRES = new TestPostgres();}. Without PostgreSQL's binaries the class fails, saying how to
 * install them (apt-get install postgresql): it is never skipped.
 */
public final class TestPostgres extends LocalPostgres implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }
}
