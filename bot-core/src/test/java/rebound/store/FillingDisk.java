package rebound.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;
import org.mapdb.DBException;
import org.mapdb.volume.Volume;
import org.mapdb.volume.VolumeFactory;

/**
 * MapDB volumes on a disk that fills: every byte written to any of them (the data file, the log
 * files) counts against one budget, and a write past it throws what a full disk throws,
 * {@code IOException: No space left on device}, writing nothing.
 */
final class FillingDisk extends DelegatingVolumeFactory {

    private final AtomicLong left;

    FillingDisk(VolumeFactory real, long bytes) {
        super(real);
        this.left = new AtomicLong(bytes);
    }

    /** Leaves the disk no room at all from now on. */
    void fill() {
        left.set(0);
    }

    /** Gives the disk more room (an operator freed space). */
    void free(long bytes) {
        left.addAndGet(bytes);
    }

    @Override
    public Volume makeVolume(String file, boolean readOnly, long fileLockWait, int sliceShift, long initSize,
            boolean fixedSize) {
        return new Filling(real.makeVolume(file, readOnly, fileLockWait, sliceShift, initSize, fixedSize));
    }


    private void take(long bytes) {
        if (left.addAndGet(-bytes) < 0) {
            left.addAndGet(bytes);
            throw new DBException.VolumeIOError(new IOException("No space left on device"));
        }
    }

    /** The volume it wraps, every byte written counted against the disk's room first. */
    private final class Filling extends DelegatingVolume {

        Filling(Volume v) {
            super(v);
        }

        @Override
        public void putLong(long offset, long value) {
            take(8);
            data.putLong(offset, value);
        }

        @Override
        public void putInt(long offset, int value) {
            take(4);
            data.putInt(offset, value);
        }

        @Override
        public void putByte(long offset, byte value) {
            take(1);
            data.putByte(offset, value);
        }

        @Override
        public void putData(long offset, byte[] src, int srcPos, int srcSize) {
            take(srcSize);
            data.putData(offset, src, srcPos, srcSize);
        }

        @Override
        public void putData(long offset, ByteBuffer buf) {
            take(buf.remaining());
            data.putData(offset, buf);
        }

        @Override
        public void clear(long startOffset, long endOffset) {
            take(endOffset - startOffset);
            data.clear(startOffset, endOffset);
        }
    }
}
