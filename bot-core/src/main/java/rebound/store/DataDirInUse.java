package rebound.store;

import java.nio.file.Path;

/** Another Rebound process already has this data directory open. */
public final class DataDirInUse extends RuntimeException {

    public DataDirInUse(Path dir) {
        super("The data directory " + dir.toAbsolutePath() + " is in use by another Rebound process. "
                + "Stop that process first, or start this one with another --data directory.");
    }
}
