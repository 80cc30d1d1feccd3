package rebound.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code VACUUM} on the member tables (rows and parts) soon after a forget, so the deleted rows' dead tuples
 * are removed from the tables and their indexes instead of waiting for autovacuum. One VACUUM per
 * {@link #EVERY} at most covers every forget committed before it started: run after each forget,
 * VACUUMs of busy tables queued behind each other (two cannot run on one table at once) and held
 * turns up. {@code TRUNCATE false}: giving back the tables' empty tail pages would need a lock that
 * stops every turn. What VACUUM does and does not erase (free space in pages, WAL, backups) is in
 * docs/postgres.md.
 */
final class Vacuum implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Vacuum.class);
    /** How long after a forget its VACUUM starts at the latest, when the database is up. */
    static final Duration EVERY = Duration.ofSeconds(1);

    private final DataSource database;
    private final Runnable first;
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "rebound-db-vacuum");
        thread.setDaemon(true);
        return thread;
    });

    /** A VACUUM after forgets, each preceded by {@code first} (the erasure of keys a failure left behind). */
    Vacuum(DataSource database, Runnable first) {
        this.database = database;
        this.first = first;
        timer.scheduleWithFixedDelay(this::runIfWanted, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a VACUUM: a forget was committed. */
    void afterForget() {
        wanted.set(true);
    }

    private void runIfWanted() {
        if (!wanted.getAndSet(false)) {
            return;
        }
        try {
            first.run();
        } catch (RuntimeException e) {
            LOG.warn("Erasing the keys of forgotten members failed", e);
        }
        try (Connection connection = database.getConnection()) {
            memberTables(connection);
        } catch (SQLException e) {
            wanted.set(true); // the database is away: try again at the next tick
            LOG.warn("VACUUM of the member tables after a forget failed ({}); trying again in {}",
                    DatabasePool.firstLine(e.getMessage()), EVERY);
        } catch (RuntimeException e) {
            LOG.warn("VACUUM of the member tables after a forget failed", e);
        }
    }

    /** VACUUM outside a transaction, on {@code connection} (returned to its former autocommit). */
    static void memberTables(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true); // VACUUM cannot run inside a transaction block
        try (Statement vacuum = connection.createStatement()) {
            vacuum.execute("VACUUM (TRUNCATE false) rebound_members, rebound_member_parts");
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Stops the timer, running a VACUUM still owed first (best effort). */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        runIfWanted();
    }
}
