package rebound.frontdoor;

import java.util.Optional;
import rebound.Rebound;
import rebound.store.Installations;

/**
 * The front doors' view of where an app installed in many workspaces keeps its installations
 * (issue 20, "many workspaces"): records by id, sealed at rest where the members are kept (the data
 * directory's file, or the database; {@link Installations}). The adapter chooses the ids and the
 * record's format; the core only keeps them.
 */
public final class InstalledApps implements AutoCloseable {

    private final Installations kept;

    private InstalledApps(Installations kept) {
        this.kept = kept;
    }

    /** The installations of {@code bot}'s store, opened; close them before the bot. */
    public static InstalledApps of(Rebound bot) {
        return new InstalledApps(bot.installations());
    }

    /** The record kept under {@code id}, or empty. */
    public Optional<String> find(String id) {
        return kept.find(id);
    }

    /**
     * Keeps {@code record} under {@code id}, durably before it returns.
     *
     * @throws IllegalStateException when it could not be saved
     */
    public void save(String id, String record) {
        kept.save(id, record);
    }

    /** Removes the record under {@code id}, durably; nothing when there is none. */
    public void remove(String id) {
        kept.remove(id);
    }

    @Override
    public void close() {
        kept.close();
    }
}
