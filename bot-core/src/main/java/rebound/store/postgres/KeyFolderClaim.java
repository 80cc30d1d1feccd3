package rebound.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ties a database to one key folder: the first instance to use the database records its folder's
 * {@link KeyFolder#identity() identity}; an instance started with another folder is refused, since
 * the keys it made would be missing for every other instance, and theirs for it.
 */
final class KeyFolderClaim {

    /** The setting that names the key folder, as messages show it. */
    static final String SETTING = "REBOUND_KEY_DIR";

    private KeyFolderClaim() {
    }

    /**
     * Records {@code folder} as the database's key folder when it has none yet, in the caller's
     * transaction.
     *
     * @throws DatabaseUnusable when the database's keys are in another folder
     */
    static void claim(Connection connection, KeyFolder folder, DatabaseAddress address) throws SQLException {
        String mine = folder.identity();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO rebound_key_folder (folder_id) VALUES (?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, mine);
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT folder_id FROM rebound_key_folder");
             ResultSet row = select.executeQuery()) {
            row.next();
            if (!row.getString(1).equals(mine)) {
                throw new DatabaseUnusable("the members' keys of the database at " + address + " are in another"
                        + " folder than " + folder.root() + " (" + SETTING + "): give every instance the same key"
                        + " folder", null);
            }
        }
    }
}
