package rebound.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one member's row, on a connection whose transaction the caller owns: lock the row
 * (creating it first when absent), write it, release a claim on it, delete it (noting its key for
 * erasure from the {@link KeyFolder}). The row holds what every instance must agree on (the lock,
 * the key id, the next follow-up and its claim); the member's state is in their parts
 * ({@link MemberPartRows}).
 */
final class MemberRows {

    /**
     * The member's row as locked: the id of their key in the key folder (null when none was made
     * yet), their next due moment as written (null: none), and whether an instance holds a claim on it.
     */
    record Locked(String keyId, OffsetDateTime nextDue, boolean claimed) {

        /** True when the row already says {@code keyId} and {@code due} and holds no claim: no need to write it. */
        boolean says(String keyId, OffsetDateTime due) {
            return !claimed && keyId.equals(this.keyId)
                    && (due == null ? nextDue == null : nextDue != null && due.isEqual(nextDue));
        }
    }

    /** This transaction waits at most {@link DatabasePool#LOCK_TIMEOUT} for a lock, then fails. */
    private static final String LOCK_TIMEOUT = "SET LOCAL lock_timeout = " + DatabasePool.LOCK_TIMEOUT.toMillis();
    /** The member of row {@code m} has a stored state: a row without parts exists only inside the transaction making it. */
    private static final String STORED = "EXISTS (SELECT 1 FROM rebound_member_parts p WHERE p.member = m.member)";
    private static final String SELECT_FOR_UPDATE = "SELECT key_id, next_due, claimed_until IS NOT NULL"
            + " FROM rebound_members WHERE member = ? FOR UPDATE";

    private MemberRows() {
    }

    /**
     * Locks the member's row until the transaction ends ({@code SELECT ... FOR UPDATE}), inserting it
     * first when absent ({@code ON CONFLICT DO NOTHING}, so two instances creating one member meet on
     * one row): every update of a member, on any instance, runs after the one before has committed.
     * It waits at most {@link DatabasePool#LOCK_TIMEOUT} for the lock (then an {@link SQLException}).
     */
    static Locked lock(Connection connection, String member) throws SQLException {
        try (java.sql.Statement wait = connection.createStatement()) {
            wait.execute(LOCK_TIMEOUT);
        }
        Locked found = selectForUpdate(connection, member);
        if (found != null) {
            return found;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO rebound_members (member) VALUES (?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, member);
            insert.executeUpdate();
        }
        found = selectForUpdate(connection, member);
        if (found == null) {
            throw new SQLException("the row of a member vanished while it was locked");
        }
        return found;
    }

    private static Locked selectForUpdate(Connection connection, String member) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_FOR_UPDATE)) {
            select.setString(1, member);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Locked(row.getString(1),
                        row.getObject(2, OffsetDateTime.class), row.getBoolean(3)) : null;
            }
        }
    }

    /**
     * Writes the id of the key the member's parts are sealed with and their next due moment, and
     * clears any claim on them.
     */
    static void write(Connection connection, String member, String keyId, OffsetDateTime nextDue)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE rebound_members SET key_id = ?,"
                + " next_due = ?, claimed_until = NULL WHERE member = ?")) {
            update.setString(1, keyId);
            update.setObject(2, nextDue);
            update.setString(3, member);
            update.executeUpdate();
        }
    }

    /** Clears a claim on the member: an update found nothing to change, so nothing is left to deliver. */
    static void release(Connection connection, String member) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE rebound_members SET claimed_until = NULL WHERE member = ?")) {
            update.setString(1, member);
            update.executeUpdate();
        }
    }

    /**
     * Deletes the member's row, and with it their parts, and notes its key for erasure
     * ({@code rebound_keys_to_erase}), in the caller's transaction.
     *
     * @return the id of the key to erase once the transaction committed; null when the row named none
     */
    static String delete(Connection connection, String member) throws SQLException {
        String keyId = null;
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM rebound_members WHERE member = ? RETURNING key_id")) {
            delete.setString(1, member);
            try (ResultSet row = delete.executeQuery()) {
                keyId = row.next() ? row.getString(1) : null;
            }
        }
        if (keyId != null) {
            try (PreparedStatement note = connection.prepareStatement(
                    "INSERT INTO rebound_keys_to_erase (key_id) VALUES (?) ON CONFLICT DO NOTHING")) {
                note.setString(1, keyId);
                note.executeUpdate();
            }
        }
        return keyId;
    }

    static long count(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT count(*) FROM rebound_members m WHERE " + STORED);
             ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Every member with a stored state (any part), in the order of their keys (offline tools: migrate). */
    static List<String> all(Connection connection) throws SQLException {
        List<String> members = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT member FROM rebound_members m WHERE " + STORED + " ORDER BY member");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                members.add(rows.getString(1));
            }
        }
        return members;
    }
}
