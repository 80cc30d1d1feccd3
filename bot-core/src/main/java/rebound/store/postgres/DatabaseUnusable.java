package rebound.store.postgres;

/**
 * The database named by {@code REBOUND_DATABASE_URL} cannot be used at start-up: a URL that is not
 * {@code jdbc:postgresql://...}, a server that cannot be reached, refused credentials, a schema that
 * cannot be migrated. The message is the one line the operator reads; it never holds the password.
 */
public final class DatabaseUnusable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseUnusable(String line, Throwable cause) {
        super(line, cause);
    }
}
