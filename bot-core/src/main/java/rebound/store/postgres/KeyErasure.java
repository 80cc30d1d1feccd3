package rebound.store.postgres;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases forgotten members' keys from the {@link KeyFolder}. The transaction that deletes a member's
 * row also notes their key in {@code rebound_keys_to_erase} ({@link MemberRows#delete}); once it has
 * committed, {@link #erase} erases the file and removes the note. A crash or a disk error in
 * between leaves the note: {@link #pending} (when any instance opens the store) and {@link #sweep}
 * (after forgets, for notes already there at the previous sweep) finish the work. Key ids are never reused, so erasing a noted key never touches a
 * member who came back.
 */
final class KeyErasure {

    private static final Logger LOG = LoggerFactory.getLogger(KeyErasure.class);

    private final DataSource database;
    private final KeyFolder keys;
    private final java.util.concurrent.atomic.AtomicLong deferred = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong leftBehind = new java.util.concurrent.atomic.AtomicLong();
    /** The notes the previous sweep saw. */
    private volatile Set<String> seenBefore = Set.of();

    KeyErasure(DataSource database, KeyFolder keys) {
        this.database = database;
        this.keys = keys;
    }

    /**
     * Erases the key of a member whose row deletion has committed, then removes its note on
     * {@code connection} (the one that committed the deletion: taking a second connection from the
     * pool while holding one starved the pool under load). A failure is logged and left to
     * {@link #pending}.
     */
    void erase(Connection connection, String keyId) {
        try {
            keys.erase(keyId);
            removeNote(connection, keyId);
            connection.commit();
        } catch (UncheckedIOException | SQLException e) {
            deferred.incrementAndGet();
            LOG.warn("The key of a forgotten member is not erased yet ({}); it will be at the next forget or start",
                    e.getMessage());
        }
    }

    /** How many erasures failed and were left to {@link #pending} since this instance started. */
    long deferred() {
        return deferred.get();
    }

    /**
     * At open: erases every noted key. No forget of this instance is under way yet, so each note is
     * one a crash or an error left behind.
     */
    void pending() {
        List<String> noted = noted();
        if (noted == null) {
            return;
        }
        int erased = eraseAll(noted);
        seenBefore = Set.of();
        if (erased > 0) {
            LOG.info("Erased {} key(s) of forgotten members that an earlier crash or error left behind", erased);
        }
    }

    /**
     * After forgets (from the VACUUM's timer): erases the noted keys that were already noted at the
     * previous sweep. A note seen for the first time may be a forget still under way on this or
     * another instance, which erases it itself a moment later: taking those for leftovers told the
     * operator of crashes that never happened.
     */
    void sweep() {
        List<String> noted = noted();
        if (noted == null) {
            return;
        }
        List<String> stuck = noted.stream().filter(seenBefore::contains).toList();
        seenBefore = Set.copyOf(noted);
        int erased = eraseAll(stuck);
        if (erased > 0) {
            leftBehind.addAndGet(erased);
            LOG.info("Erased {} key(s) of forgotten members whose erasure an error had stopped", erased);
        }
    }

    /** How many keys a sweep erased because their own erasure had stopped, since this instance started. */
    long leftBehind() {
        return leftBehind.get();
    }

    /** The noted key ids, or null (logged) when the database cannot list them now. */
    private List<String> noted() {
        List<String> noted = new ArrayList<>();
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement select = connection.prepareStatement("SELECT key_id FROM rebound_keys_to_erase");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    noted.add(rows.getString(1));
                }
            }
            connection.rollback();
            return noted;
        } catch (SQLException e) {
            LOG.warn("Cannot list the keys of forgotten members still to erase ({})", DatabasePool.firstLine(e.getMessage()));
            return null;
        }
    }

    /** Erases these keys on one connection; returns how many were erased now. */
    private int eraseAll(List<String> keyIds) {
        if (keyIds.isEmpty()) {
            return 0;
        }
        long failedBefore = deferred.get();
        try (Connection connection = database.getConnection()) {
            keyIds.forEach(keyId -> erase(connection, keyId));
        } catch (SQLException e) {
            LOG.warn("Cannot erase the keys of forgotten members now ({})", DatabasePool.firstLine(e.getMessage()));
            return 0;
        }
        return (int) (keyIds.size() - (deferred.get() - failedBefore));
    }

    private static void removeNote(Connection connection, String keyId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rebound_keys_to_erase WHERE key_id = ?")) {
            delete.setString(1, keyId);
            delete.executeUpdate();
        }
    }
}
