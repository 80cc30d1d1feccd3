package rebound.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings the database's tables to this version with Flyway: the plain SQL migrations in
 * {@code db/migration} on the classpath and the Java ones listed here ({@link KeysOutOfTheDatabase},
 * {@link StatesIntoParts}),
 * recorded in {@code rebound_schema_history}; then checks that the key folder is the database's
 * ({@link KeyFolderClaim}). Several instances starting at once are safe: Flyway holds a lock while
 * it migrates.
 */
final class Schema {

    static final String HISTORY = "rebound_schema_history";

    private Schema() {
    }

    /**
     * Applies the migrations the database lacks, then claims {@code keys} as its key folder.
     *
     * @throws DatabaseUnusable when they cannot be applied (no right to create tables, a newer schema),
     *         or the database's keys are in another folder
     */
    static void migrate(DataSource database, DatabaseAddress address, KeyFolder keys) {
        try {
            Flyway.configure()
                    .dataSource(database)
                    .locations("classpath:db/migration")
                    .javaMigrations(new KeysOutOfTheDatabase(keys, address), new StatesIntoParts(keys))
                    .table(HISTORY)
                    .baselineOnMigrate(true) // a database that already holds other tables: start from version 0
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof DatabaseUnusable unusable) {
                    throw unusable; // the key folder is not the database's: that line says it best
                }
            }
            throw new DatabaseUnusable("cannot prepare the tables in the database at " + address + " ("
                    + DatabasePool.firstLine(e.getMessage()) + ")", e);
        }
        try (Connection connection = database.getConnection()) {
            KeyFolderClaim.claim(connection, keys, address);
            connection.commit();
        } catch (SQLException e) {
            throw new DatabaseUnusable("cannot check the key folder of the database at " + address + " ("
                    + DatabasePool.firstLine(e.getMessage()) + ")", e);
        }
    }
}
