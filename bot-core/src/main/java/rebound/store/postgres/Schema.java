package rebound.store.postgres;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings the database's tables to this version with Flyway: the plain SQL migrations in
 * {@code db/migration} on the classpath, recorded in {@code rebound_schema_history}. Several
 * instances starting at once are safe: Flyway holds a lock while it migrates.
 */
final class Schema {

    static final String HISTORY = "rebound_schema_history";

    private Schema() {
    }

    /**
     * Applies the migrations the database lacks.
     *
     * @throws DatabaseUnusable when they cannot be applied (no right to create tables, a newer schema)
     */
    static void migrate(DataSource database, DatabaseAddress address) {
        try {
            Flyway.configure()
                    .dataSource(database)
                    .locations("classpath:db/migration")
                    .table(HISTORY)
                    .baselineOnMigrate(true) // a database that already holds other tables: start from version 0
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new DatabaseUnusable("cannot prepare the tables in the database at " + address + " ("
                    + DatabasePool.firstLine(e.getMessage()) + ")", e);
        }
    }
}
