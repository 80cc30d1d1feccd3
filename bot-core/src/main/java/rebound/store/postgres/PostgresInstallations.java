package rebound.store.postgres;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.store.Installations;
import rebound.store.Sealer;

/**
 * {@link Installations} in PostgreSQL, shared by every instance: table {@code rebound_installations}
 * (migration V4), each row sealed ({@link Sealer}, its id as associated data) with a key of its own
 * in the same {@link KeyFolder} as the members' keys, outside the database; a replaced or removed
 * row's key is erased once the change committed, so its token cannot be read from a backup.
 */
final class PostgresInstallations implements Installations {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresInstallations.class);

    private final DataSource pool;
    private final KeyFolder keys;
    private final Sealer sealer = new Sealer();

    PostgresInstallations(DataSource pool, KeyFolder keys) {
        this.pool = pool;
        this.keys = keys;
    }

    @Override
    public Optional<String> find(String id) {
        try (Connection connection = pool.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT key_id, sealed FROM rebound_installations WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                Optional<String> found = Optional.empty();
                if (row.next()) {
                    byte[] plain = sealer.open(new SecretKeySpec(keys.read(row.getString(1)), "AES"), id, row.getBytes(2));
                    found = Optional.of(new String(plain, StandardCharsets.UTF_8));
                }
                connection.rollback();
                return found;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the installation " + id + " ("
                    + DatabasePool.firstLine(e.getMessage()) + ")", e);
        }
    }

    @Override
    public void save(String id, String record) {
        String keyId = keys.create();
        byte[] sealed = sealer.seal(new SecretKeySpec(keys.read(keyId), "AES"), id,
                record.getBytes(StandardCharsets.UTF_8));
        String before;
        try (Connection connection = pool.getConnection()) {
            before = lockedKey(connection, id);
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO rebound_installations "
                    + "(id, key_id, sealed) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET key_id = excluded.key_id,"
                    + " sealed = excluded.sealed")) {
                upsert.setString(1, id);
                upsert.setString(2, keyId);
                upsert.setBytes(3, sealed);
                upsert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            erase(keyId);
            throw new IllegalStateException("the installation " + id + " was not saved ("
                    + DatabasePool.firstLine(e.getMessage()) + ")", e);
        }
        if (before != null) {
            erase(before);
        }
    }

    @Override
    public void remove(String id) {
        String before;
        try (Connection connection = pool.getConnection()) {
            before = lockedKey(connection, id);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rebound_installations WHERE id = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("the installation " + id + " was not removed ("
                    + DatabasePool.firstLine(e.getMessage()) + ")", e);
        }
        if (before != null) {
            erase(before);
        }
    }

    /** The key id of the row {@code id}, locked until the transaction ends; null when there is no row. */
    private static String lockedKey(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT key_id FROM rebound_installations WHERE id = ? FOR UPDATE")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private void erase(String keyId) {
        try {
            keys.erase(keyId);
        } catch (RuntimeException e) {
            LOG.warn("The key of a replaced installation could not be erased from the key folder ({})", e.getMessage());
        }
    }

    @Override
    public void close() {
        // the pool is the member store's
    }
}
