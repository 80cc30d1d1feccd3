package rebound.frontdoor;

import java.util.Optional;

/**
 * Where an app installed in many workspaces keeps its installations (issue 20, "many workspaces"):
 * records by id, sealed at rest where the members are kept (the data directory's file, or the
 * database). The adapter chooses the ids and the record's format; the core only keeps them.
 */
public interface InstalledApps extends AutoCloseable {

    /** The record kept under {@code id}, or empty when there is none. */
    Optional<String> find(String id);

    /**
     * Keeps {@code record} under {@code id}, replacing what was there, durably before it returns.
     *
     * @throws IllegalStateException when it could not be saved (nothing changed)
     */
    void save(String id, String record);

    /** Removes the record kept under {@code id}, durably; removing one that is not there does nothing. */
    void remove(String id);

    @Override
    void close();
}
