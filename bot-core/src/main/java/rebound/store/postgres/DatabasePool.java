package rebound.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.Metrics;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * The kept connections to the database (HikariCP), opened only after one plain connection proved
 * the address works, so a wrong URL, an unreachable server or refused credentials is one clear
 * line ({@link DatabaseUnusable}) instead of the pool's retries. Once open, the pool reconnects by
 * itself: while the server is down, asking for a connection fails after {@link #CONNECTION_TIMEOUT}.
 */
final class DatabasePool {

    /** How long a turn waits for a connection before it is refused (the member reads "couldn't save"). */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);
    /** Connections kept per instance; each turn holds one for the length of its transaction. */
    static final int CONNECTIONS = 10;
    /**
     * How long an update waits for a member's row lock before it fails and the turn is
     * {@link rebound.store.NotSaved} ("couldn't save"): no platform call is made under a row lock, so
     * a wait this long means something is stuck, and a member should hear so rather than wait. Set
     * per transaction ({@link MemberRows#lock}), not per connection: Flyway's migration lock at start
     * must be able to wait for another instance's migration.
     */
    static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);
    /** A query that gets no answer for this long fails (a server gone without closing the socket). */
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(60);

    private DatabasePool() {
    }

    /**
     * Opens the pool on {@code address}.
     *
     * @throws DatabaseUnusable when the URL is not PostgreSQL's or a first connection fails
     */
    static HikariDataSource open(DatabaseAddress address) {
        if (!DatabaseAddress.isDatabaseUrl(address.url())) {
            throw new DatabaseUnusable("REBOUND_DATABASE_URL must be a PostgreSQL JDBC URL like "
                    + "jdbc:postgresql://host:5432/rebound, not " + address.shown(), null);
        }
        probe(address);
        HikariConfig config = new HikariConfig();
        config.setPoolName("rebound-db");
        // the pool's connections, waits and timeouts as metrics (hikaricp_*), read by the probe port's /metrics
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(Metrics.globalRegistry));
        config.setJdbcUrl(address.url());
        config.setUsername(address.user());
        config.setPassword(address.password());
        config.setAutoCommit(false);
        config.setMaximumPoolSize(CONNECTIONS);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(Math.min(1_000, CONNECTION_TIMEOUT.toMillis() - 1));
        config.setInitializationFailTimeout(-1); // probed above; a server gone since then is the pool's to retry
        config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECTION_TIMEOUT.toSeconds()));
        config.addDataSourceProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT.toSeconds()));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        // the driver otherwise writes a failed statement's values (a member's key, sealed bytes) and the
        // server's detail lines into its exceptions, and those reach the log (issue 22: no member in the logs)
        config.addDataSourceProperty("logServerErrorDetail", "false");
        return new HikariDataSource(config);
    }

    private static void probe(DatabaseAddress address) {
        Properties properties = new Properties();
        if (address.user() != null) {
            properties.setProperty("user", address.user());
        }
        if (address.password() != null) {
            properties.setProperty("password", address.password());
        }
        properties.setProperty("connectTimeout", String.valueOf(CONNECTION_TIMEOUT.toSeconds()));
        properties.setProperty("loginTimeout", String.valueOf(CONNECTION_TIMEOUT.toSeconds()));
        try (Connection connection = DriverManager.getConnection(address.url(), properties)) {
            connection.isValid((int) CONNECTION_TIMEOUT.toSeconds());
        } catch (SQLException e) {
            throw new DatabaseUnusable("cannot use the database at " + address + " (" + firstLine(e.getMessage())
                    + "); check REBOUND_DATABASE_URL, REBOUND_DATABASE_USER and REBOUND_DATABASE_PASSWORD", e);
        }
    }

    static String firstLine(String text) {
        if (text == null) {
            return "no reason given";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
