package rebound.store.postgres;

import java.util.Objects;

/**
 * Where the shared store lives: a {@code jdbc:postgresql://host:port/database} URL and the
 * credentials ({@code REBOUND_DATABASE_URL}, {@code REBOUND_DATABASE_USER},
 * {@code REBOUND_DATABASE_PASSWORD}); user and password may be null when the URL or the server's
 * authentication supplies them. {@link #toString()} never shows the password.
 */
public record DatabaseAddress(String url, String user, String password) {

    public DatabaseAddress {
        Objects.requireNonNull(url, "url");
    }

    /** True when the URL names the PostgreSQL driver, as {@code --database} and {@code migrate} expect. */
    public static boolean isDatabaseUrl(String text) {
        return text != null && text.startsWith("jdbc:postgresql:");
    }

    /** The URL with any {@code password=} parameter hidden: what a message may print. */
    public String shown() {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    @Override
    public String toString() {
        return shown() + (user == null ? "" : " as " + user);
    }
}
