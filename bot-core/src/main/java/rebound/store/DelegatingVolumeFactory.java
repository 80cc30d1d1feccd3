package rebound.store;

import org.mapdb.volume.VolumeFactory;

/**
 * A factory of MapDB volumes that makes them with another ({@link #real}) and wraps what it makes:
 * the journal ({@link RedoJournal}) and the tests' failing disks. Asking whether a file exists, and
 * whether read-only volumes are handled, goes to the real factory.
 */
abstract class DelegatingVolumeFactory extends VolumeFactory {

    /** The factory that makes the volumes this one wraps. */
    protected final VolumeFactory real;

    protected DelegatingVolumeFactory(VolumeFactory real) {
        this.real = real;
    }

    @Override
    public boolean exists(String file) {
        return real.exists(file);
    }

    @Override
    public boolean handlesReadonly() {
        return real.handlesReadonly();
    }
}
