package rebound.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one member's rows, on a connection whose transaction the caller owns: lock the row
 * (creating it first when absent), write it, release a claim on it, delete it with its key.
 */
final class MemberRows {

    /**
     * The member's row as locked: the sealed state (null for a row created by this transaction),
     * their key (null when none was made yet), and whether an instance holds a claim on it.
     */
    record Locked(byte[] state, byte[] key, boolean claimed) {
    }

    /** The member's row as read without a lock: sealed state and key, both null when absent. */
    record Stored(byte[] state, byte[] key) {
    }

    private static final String SELECT_FOR_UPDATE = "SELECT m.state, k.key, m.claimed_until IS NOT NULL"
            + " FROM rebound_members m LEFT JOIN rebound_member_keys k ON k.member = m.member"
            + " WHERE m.member = ? FOR UPDATE OF m";

    private MemberRows() {
    }

    /**
     * Locks the member's row until the transaction ends ({@code SELECT ... FOR UPDATE}), inserting it
     * first when absent ({@code ON CONFLICT DO NOTHING}, so two instances creating one member meet on
     * one row): every update of a member, on any instance, runs after the one before has committed.
     */
    static Locked lock(Connection connection, String member) throws SQLException {
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
                return row.next() ? new Locked(row.getBytes(1), row.getBytes(2), row.getBoolean(3)) : null;
            }
        }
    }

    /** The member's row without waiting for a lock; both fields null when the member is unknown. */
    static Stored read(Connection connection, String member) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT m.state, k.key FROM rebound_members m"
                + " LEFT JOIN rebound_member_keys k ON k.member = m.member WHERE m.member = ?")) {
            select.setString(1, member);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Stored(row.getBytes(1), row.getBytes(2)) : new Stored(null, null);
            }
        }
    }

    /** Stores a new key for the member (their row is locked, so no one else makes one meanwhile). */
    static void insertKey(Connection connection, String member, byte[] key) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO rebound_member_keys (member, key) VALUES (?, ?)")) {
            insert.setString(1, member);
            insert.setBytes(2, key);
            insert.executeUpdate();
        }
    }

    /** Writes the member's sealed state and next due moment, and clears any claim on them. */
    static void write(Connection connection, String member, byte[] sealed, OffsetDateTime nextDue) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE rebound_members SET state = ?, next_due = ?, claimed_until = NULL WHERE member = ?")) {
            update.setBytes(1, sealed);
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

    /** Deletes the member's row and their key. */
    static void delete(Connection connection, String member) throws SQLException {
        try (PreparedStatement members = connection.prepareStatement("DELETE FROM rebound_members WHERE member = ?");
             PreparedStatement keys = connection.prepareStatement("DELETE FROM rebound_member_keys WHERE member = ?")) {
            members.setString(1, member);
            members.executeUpdate();
            keys.setString(1, member);
            keys.executeUpdate();
        }
    }

    static long count(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT count(*) FROM rebound_members WHERE state IS NOT NULL");
             ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Every member with a stored state, in the order of their keys (offline tools: migrate). */
    static List<String> all(Connection connection) throws SQLException {
        List<String> members = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT member FROM rebound_members WHERE state IS NOT NULL ORDER BY member");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                members.add(rows.getString(1));
            }
        }
        return members;
    }
}
