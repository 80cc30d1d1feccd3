package rebound;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import rebound.store.postgres.DatabaseAddress;

/**
 * Where Rebound keeps its data, which playbook folder overrides the built-in one, and its clock.
 * With a {@code database} (REBOUND_DATABASE_URL), state lives in PostgreSQL, shared by every
 * instance pointed at it, and {@code dataDir} is not used for it; without one, in the MapDB file of
 * {@code dataDir}. With a database, the members' keys live apart from it in {@link #keyFolder()}
 * ({@code keyDir}, REBOUND_KEY_DIR), so forget can erase them; null means the default folder in
 * the data directory.
 */
public record Settings(Path dataDir, Path playbookDir, Clock clock, DatabaseAddress database, Path keyDir) {

    /** Environment variables other code and deployments rely on. */
    public static final String DATA = "REBOUND_DATA";
    public static final String PLAYBOOK = "REBOUND_PLAYBOOK_DIR";
    /** A {@code jdbc:postgresql://host:port/database} URL: keep state in PostgreSQL instead of {@link #DATA}. */
    public static final String DATABASE_URL = "REBOUND_DATABASE_URL";
    public static final String DATABASE_USER = "REBOUND_DATABASE_USER";
    public static final String DATABASE_PASSWORD = "REBOUND_DATABASE_PASSWORD";
    /** The folder of the members' keys when state is in a database; every instance must see the same one. */
    public static final String KEY_DIR = "REBOUND_KEY_DIR";
    public static final Path DEFAULT_DATA = Path.of("data");
    /** {@link #KEY_DIR}'s default, inside the data directory: right for one instance, or several on one host. */
    public static final String DEFAULT_KEY_FOLDER = "database-keys";

    public Settings {
        dataDir = dataDir == null ? DEFAULT_DATA : dataDir;
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** Settings on the MapDB file of {@code dataDir} (no database). */
    public Settings(Path dataDir, Path playbookDir, Clock clock) {
        this(dataDir, playbookDir, clock, null, null);
    }

    /** Settings on {@code database} (null: the MapDB file of {@code dataDir}), keys in the default folder. */
    public Settings(Path dataDir, Path playbookDir, Clock clock, DatabaseAddress database) {
        this(dataDir, playbookDir, clock, database, null);
    }

    /**
     * Where the members' keys of a {@link #database} live: {@code keyDir} when set, else
     * {@value #DEFAULT_KEY_FOLDER} in the data directory.
     */
    public Path keyFolder() {
        return keyDir != null ? keyDir : dataDir.resolve(DEFAULT_KEY_FOLDER);
    }

    /**
     * Whether state lives in a database that several instances share (a {@link #database}); false
     * for the MapDB file of one data directory, which one instance holds at a time.
     */
    public boolean sharesState() {
        return database != null;
    }

    public static Settings fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static Settings fromEnvironment(Map<String, String> env) {
        String data = env.get(DATA);
        String playbook = env.get(PLAYBOOK);
        String keys = env.get(KEY_DIR);
        return new Settings(data == null || data.isBlank() ? DEFAULT_DATA : Path.of(data),
                playbook == null || playbook.isBlank() ? null : Path.of(playbook), Clock.systemUTC(),
                database(env, env.get(DATABASE_URL)), keys == null || keys.isBlank() ? null : Path.of(keys));
    }

    /**
     * The database at {@code url} with the credentials of {@link #DATABASE_USER} and
     * {@link #DATABASE_PASSWORD} in {@code env}; null when {@code url} is null or blank.
     */
    public static DatabaseAddress database(Map<String, String> env, String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        return new DatabaseAddress(url.strip(), blankToNull(env.get(DATABASE_USER)), blankToNull(env.get(DATABASE_PASSWORD)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    public Settings withDataDir(Path dir) {
        return new Settings(dir, playbookDir, clock, database, keyDir);
    }

    public Settings withPlaybookDir(Path dir) {
        return new Settings(dataDir, dir, clock, database, keyDir);
    }

    public Settings withClock(Clock newClock) {
        return new Settings(dataDir, playbookDir, newClock, database, keyDir);
    }

    /** These settings with state in the database at {@code address} (null: back to the data directory). */
    public Settings withDatabase(DatabaseAddress address) {
        return new Settings(dataDir, playbookDir, clock, address, keyDir);
    }

    /** These settings with the members' keys of a database in {@code dir} (null: the default folder). */
    public Settings withKeyDir(Path dir) {
        return new Settings(dataDir, playbookDir, clock, database, dir);
    }
}
