package rebound.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Hands out members with a follow-up due, each to one instance at a time: a claim is
 * {@code claimed_until = now + lease} on the member's row, taken with {@code FOR UPDATE SKIP LOCKED}
 * so instances polling at once take different members and never wait for each other. The update that
 * delivers clears the claim; a claim whose instance died runs out after the lease and the member is
 * handed out again. That a follow-up is delivered once is kept by the member's row lock, under which
 * it is marked delivered: a claim only spares the others the work.
 */
final class DueClaims {

    private static final String CLAIM = "UPDATE rebound_members SET claimed_until = ? WHERE member IN ("
            + " SELECT member FROM rebound_members"
            + " WHERE next_due <= ? AND (claimed_until IS NULL OR claimed_until < ?)"
            + " ORDER BY next_due, member LIMIT ? FOR UPDATE SKIP LOCKED)"
            + " RETURNING member, next_due";

    private record Claimed(String member, OffsetDateTime due) {
    }

    private DueClaims() {
    }

    /**
     * Claims up to {@code most} members due at {@code now} that no live claim holds, until
     * {@code now + lease}; returns them earliest first. The caller commits.
     */
    static List<String> claim(Connection connection, Instant now, Duration lease, int most) throws SQLException {
        OffsetDateTime asked = NextDue.asked(now);
        List<Claimed> claimed = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement(CLAIM)) {
            update.setObject(1, NextDue.asked(now.plus(lease)));
            update.setObject(2, asked);
            update.setObject(3, asked);
            update.setInt(4, most);
            try (ResultSet rows = update.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new Claimed(rows.getString(1), rows.getObject(2, OffsetDateTime.class)));
                }
            }
        }
        claimed.sort(Comparator.comparing(Claimed::due).thenComparing(Claimed::member));
        return claimed.stream().map(Claimed::member).toList();
    }
}
