package rebound.store;

/**
 * A change the store refused or failed to save: a record over {@link MapDbMemberStore#LARGEST_RECORD}
 * bytes, a disk too full to commit safely, a failed commit, a PostgreSQL database that is down or
 * cannot be reached. Nothing of the member changed; the caller tells the member to try again later.
 */
public final class NotSaved extends IllegalStateException {

    public NotSaved(String message) {
        super(message);
    }

    public NotSaved(String message, Throwable cause) {
        super(message, cause);
    }
}
