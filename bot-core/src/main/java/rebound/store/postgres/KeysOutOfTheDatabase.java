package rebound.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 3: claims the key folder for the database ({@link KeyFolderClaim}), moves every
 * key of {@code rebound_member_keys} (version 1) into it, names it in the member's row, and drops
 * that table. One transaction: if it fails, the database stays at version 2 and the key files
 * written so far hold no member (no row names them).
 */
final class KeysOutOfTheDatabase implements JavaMigration {

    private final KeyFolder folder;
    private final DatabaseAddress address;

    KeysOutOfTheDatabase(KeyFolder folder, DatabaseAddress address) {
        this.folder = folder;
        this.address = address;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "keys out of the database";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        KeyFolderClaim.claim(connection, folder, address);
        try (PreparedStatement keys = connection.prepareStatement("SELECT member, key FROM rebound_member_keys");
             PreparedStatement name = connection.prepareStatement(
                     "UPDATE rebound_members SET key_id = ? WHERE member = ?");
             ResultSet rows = keys.executeQuery()) {
            while (rows.next()) {
                name.setString(1, folder.keep(rows.getBytes(2)));
                name.setString(2, rows.getString(1));
                name.executeUpdate();
            }
        }
        try (Statement drop = connection.createStatement()) {
            drop.execute("DROP TABLE rebound_member_keys");
        }
    }
}
