package rebound.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.store.MemberParts;
import rebound.store.StateJson;

/**
 * Schema version 3.2 (issue 22): moves each member's whole state from {@code rebound_members.state}
 * into their parts in {@code rebound_member_parts} (version 3.1), cut by {@link MemberParts} and
 * sealed with the member's same key, then drops the column. Reads the members through a cursor
 * {@link #BATCH} rows at a time and writes their parts in batches, so memory stays flat however many
 * members there are. A state that cannot be opened or cut (damaged, key missing, a part over
 * {@code MemberParts}' bound) is kept as it was in a {@link MemberSeal#WHOLE} part: it reads as it did
 * (damaged or not) and forget erases it. One
 * transaction: if it fails, the database stays at version 3.1 with every state in its row.
 */
final class StatesIntoParts implements JavaMigration {

    /** Members read, and parts written, per round trip. */
    static final int BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(StatesIntoParts.class);

    private final KeyFolder folder;
    private final MemberSeal seal = new MemberSeal();

    StatesIntoParts(KeyFolder folder) {
        this.folder = folder;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3.2");
    }

    @Override
    public String getDescription() {
        return "member states into parts";
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
        long moved = 0;
        long damaged = 0;
        try (PreparedStatement states = connection.prepareStatement(
                "SELECT member, state, key_id FROM rebound_members WHERE state IS NOT NULL");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO rebound_member_parts (member, part, sealed) VALUES (?, ?, ?)")) {
            states.setFetchSize(BATCH); // a cursor: the transaction is open, so the driver fetches in rounds
            try (ResultSet rows = states.executeQuery()) {
                int pending = 0;
                while (rows.next()) {
                    String member = rows.getString(1);
                    Map<String, byte[]> parts = parts(member, rows.getBytes(2), rows.getString(3));
                    if (parts.containsKey(MemberSeal.WHOLE)) {
                        damaged++;
                    }
                    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                        insert.setString(1, member);
                        insert.setString(2, part.getKey());
                        insert.setBytes(3, part.getValue());
                        insert.addBatch();
                        pending++;
                    }
                    if (pending >= BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                    moved++;
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        }
        try (Statement drop = connection.createStatement()) {
            drop.execute("ALTER TABLE rebound_members DROP COLUMN state");
        }
        if (damaged > 0) {
            LOG.warn("Moved the states of {} member(s) into parts; {} could not be opened or cut (damaged, key"
                    + " missing, a part too large) and were kept whole, readable as before or damaged as before",
                    moved, damaged);
        } else {
            LOG.info("Moved the states of {} member(s) into parts", moved);
        }
    }

    /** The member's parts sealed with their key; the state as it was, as a whole part, when it cannot be opened. */
    private Map<String, byte[]> parts(String member, byte[] whole, String keyId) {
        try {
            byte[] key = folder.read(keyId);
            MemberParts.Changes cut = MemberParts.between(member, null,
                    StateJson.read(seal.open(key, member, whole)));
            return seal.seal(key, member, cut.written());
        } catch (RuntimeException e) {
            Map<String, byte[]> kept = new LinkedHashMap<>();
            kept.put(MemberSeal.WHOLE, whole);
            return kept;
        }
    }
}
