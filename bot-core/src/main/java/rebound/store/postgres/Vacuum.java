package rebound.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs {@code VACUUM} on the member tables after a forget, so the deleted rows' dead tuples are
 * removed from the tables and their indexes instead of waiting for autovacuum. What that does and
 * does not erase (free space in pages, WAL, backups) is in docs/postgres.md.
 */
final class Vacuum {

    private Vacuum() {
    }

    /** VACUUM outside a transaction, on {@code connection} (returned to its former autocommit). */
    static void memberTables(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true); // VACUUM cannot run inside a transaction block
        try (Statement vacuum = connection.createStatement()) {
            vacuum.execute("VACUUM rebound_members, rebound_member_keys");
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
