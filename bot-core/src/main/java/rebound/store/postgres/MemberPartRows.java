package rebound.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The SQL of one member's parts in {@code rebound_member_parts} (one row per part of
 * {@link rebound.store.MemberParts}, sealed), on a connection whose transaction the caller owns: read
 * them all, write the changed ones, delete the ones gone. Deleting the member's row deletes their
 * parts ({@code ON DELETE CASCADE}).
 */
final class MemberPartRows {

    /** The member's key id and sealed parts by name, read in one statement (one snapshot); empty: none stored. */
    record Stored(String keyId, Map<String, byte[]> parts) {
    }

    private static final String UPSERT = "INSERT INTO rebound_member_parts (member, part, sealed) VALUES (?, ?, ?)"
            + " ON CONFLICT (member, part) DO UPDATE SET sealed = EXCLUDED.sealed";

    private MemberPartRows() {
    }

    /** The member's sealed parts by name; empty for someone with none. Call with their row locked. */
    static Map<String, byte[]> read(Connection connection, String member) throws SQLException {
        Map<String, byte[]> parts = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT part, sealed FROM rebound_member_parts WHERE member = ?")) {
            select.setString(1, member);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    parts.put(rows.getString(1), rows.getBytes(2));
                }
            }
        }
        return parts;
    }

    /** The member's key id and parts without a lock, in one statement; a null key id and no parts when unknown. */
    static Stored readUnlocked(Connection connection, String member) throws SQLException {
        Map<String, byte[]> parts = new HashMap<>();
        String keyId = null;
        try (PreparedStatement select = connection.prepareStatement("SELECT m.key_id, p.part, p.sealed"
                + " FROM rebound_members m JOIN rebound_member_parts p ON p.member = m.member WHERE m.member = ?")) {
            select.setString(1, member);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keyId = rows.getString(1);
                    parts.put(rows.getString(2), rows.getBytes(3));
                }
            }
        }
        return new Stored(keyId, parts);
    }

    /** Writes each sealed part by name, replacing the one of that name (one batch). */
    static void write(Connection connection, String member, Map<String, byte[]> sealed) throws SQLException {
        if (sealed.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (Map.Entry<String, byte[]> part : sealed.entrySet()) {
                upsert.setString(1, member);
                upsert.setString(2, part.getKey());
                upsert.setBytes(3, part.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** Deletes the member's parts of these names. */
    static void delete(Connection connection, String member, Collection<String> names) throws SQLException {
        if (names.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM rebound_member_parts WHERE member = ? AND part = ANY (?)")) {
            delete.setString(1, member);
            delete.setArray(2, connection.createArrayOf("text", names.toArray()));
            delete.executeUpdate();
        }
    }
}
